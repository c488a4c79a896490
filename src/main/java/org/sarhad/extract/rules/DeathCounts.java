package org.sarhad.extract.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sarhad.extract.Span;
import org.sarhad.extract.doc.Sentence;
import org.sarhad.extract.doc.Token;

/**
 * Deaths read off the parse: the victims of a killing word (the passive subject of "were killed", the object of
 * "killed", the subject of "died", the "of" phrase of "the deaths of") counted by their numeral, side by side ("two
 * soldiers and an officer" is three). Figures given only as a bound ("more than 200") are not the article's own count
 * and are left out; so are the wounded, whom a string pattern reading "one killed and 24 wounded" cannot tell apart.
 * A total is one side's account unless a side's dead belong to the party whose fire made that total: "shelling from
 * Afghan forces killed six people" and "one Taliban fighter was killed" are seven dead, not six.
 */
final class DeathCounts {
    enum Side { TOTAL, SECURITY, MILITANT, CIVILIAN }

    /**
     * Per side, the first count of the clauses (the lead figure stands), or null when the parse gave no count.
     *
     * @param outsideTotal the sides whose dead are of the party that killed the total's victims, so not among them
     */
    record Count(Map<Side, Integer> bySide, Set<Side> outsideTotal) {
        Integer total() {
            int sides = bySide.getOrDefault(Side.SECURITY, 0) + bySide.getOrDefault(Side.MILITANT, 0)
                    + bySide.getOrDefault(Side.CIVILIAN, 0);
            int total = bySide.getOrDefault(Side.TOTAL, 0);
            int outside = total == 0 ? 0 : outsideTotal.stream().mapToInt(x -> bySide.getOrDefault(x, 0)).sum();
            return Math.max(total + outside, sides);
        }
    }

    private final Lexicon lexicon;

    DeathCounts(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Count count(List<Sentence> sentences, List<Span> clauses, List<Name> names) {
        Map<Side, Integer> best = new EnumMap<>(Side.class);
        Set<String> killers = new HashSet<>();
        Map<Side, Set<String>> victimParties = new EnumMap<>(Side.class);
        boolean any = false;
        for (Span clause : clauses) {
            for (Sentence s : sentences) {
                if (!s.parsed() || !s.span().contains(clause) && !clause.contains(s.span())) {
                    continue;
                }
                Map<Side, Integer> local = new EnumMap<>(Side.class);
                for (Token t : s.tokens()) {
                    boolean killing = lexicon.is("killing", t.lemma()) && !lexicon.negated(s, t.index(), "advmod");
                    if (clause.contains(t.span()) && killing) {
                        Map<Side, Integer> one = new EnumMap<>(Side.class);
                        any |= victims(s, t, one);
                        one.forEach((side, n) -> local.merge(side, n, Integer::sum));
                        for (Side side : one.keySet()) {
                            if (side == Side.TOTAL) {
                                killers.addAll(parties(s, killerHeads(s, t), names));
                            } else {
                                victimParties.computeIfAbsent(side, x -> new HashSet<>())
                                        .addAll(parties(s, victimHeads(s, t), names));
                            }
                        }
                    }
                }
                local.forEach(best::putIfAbsent);
            }
        }
        Set<Side> outside = EnumSet.noneOf(Side.class);
        victimParties.forEach((side, parties) -> {
            if (parties.stream().anyMatch(killers::contains)) {
                outside.add(side);
            }
        });
        return any ? new Count(best, outside) : null;
    }

    /** "shelling from X killed", "X killed", "were killed by X": the phrases that name who killed. */
    private static List<Token> killerHeads(Sentence s, Token kill) {
        List<Token> out = new ArrayList<>(s.children(kill.index(), "nsubj"));
        out.addAll(s.children(kill.index(), "csubj"));
        out.addAll(s.children(kill.index(), "obl:agent"));
        out.addAll(s.children(kill.index(), "obl:by"));
        return out;
    }

    private static List<Token> victimHeads(Sentence s, Token kill) {
        List<Token> out = new ArrayList<>(s.children(kill.index(), "nsubj:pass"));
        out.addAll(s.children(kill.index(), "obj"));
        return out;
    }

    /** Relations inside a phrase that name its party: "Bordurian forces", "Borduria's troops", "fire from X". */
    private static final List<String> PARTY_PATH = List.of("amod", "compound", "nmod:poss", "nmod:from", "obl:from", "nmod:of",
            "flat", "appos", "conj");

    /**
     * The states of the parties the phrases under {@code heads} name, along their modifiers only: "six people in
     * Pinewood" names where, not whose.
     */
    private static Set<String> parties(Sentence s, List<Token> heads, List<Name> names) {
        Set<String> out = new HashSet<>();
        java.util.ArrayDeque<Token> todo = new java.util.ArrayDeque<>(heads);
        Set<Integer> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Token t = todo.pop();
            if (!seen.add(t.index())) {
                continue;
            }
            for (Name n : names) {
                if (n.countryCode() != null && n.span().contains(t.span())
                        && (n.isActor() || "Country".equals(n.type()))) {
                    out.add(n.countryCode());
                }
            }
            for (String rel : PARTY_PATH) {
                todo.addAll(s.children(t.index(), rel));
            }
        }
        return out;
    }

    /** Adds the victims' counts of one killing word; whether it found any counted victim. */
    private boolean victims(Sentence s, Token kill, Map<Side, Integer> into) {
        List<Token> heads = new ArrayList<>();
        heads.addAll(s.children(kill.index(), "nsubj:pass"));
        if (kill.isNoun()) {
            // "the deaths of two children", "the killing of a guard": the victims are the noun's "of" phrase
            heads.addAll(s.children(kill.index(), "nmod:of"));
        }
        if (heads.isEmpty()) {
            boolean intransitive = kill.lemma().equals("die") || kill.lemma().equals("dead")
                    || kill.lemma().equals("perish");
            heads.addAll(s.children(kill.index(), intransitive ? "nsubj" : "obj"));
        }
        if (heads.isEmpty() && kill.isNoun() && kill.lemma().equals("death") && !s.children(kill.index(), "nummod")
                .isEmpty()) {
            // "resulting in one death", "caused three deaths": the noun counts the dead itself
            return count(s, List.of(kill), into);
        }
        if (heads.isEmpty() && kill.lemma().equals("dead") && s.parent(kill.index()) >= 0) {
            // "two policemen were shot dead", "gunmen shot dead a guard": the victims are the verb's; "the dead
            // soldiers": the noun itself
            int verb = s.parent(kill.index());
            heads.addAll(s.children(verb, "nsubj:pass"));
            heads.addAll(s.children(verb, "obj"));
            if (heads.isEmpty()) {
                // "left two children dead and three injured": "dead" qualifies its own noun, not the conjuncts
                return count(s, List.of(s.token(verb)), into);
            }
        }
        // enhanced++ repeats a shared object on every conjunct: count the tree's own dependents only
        heads.removeIf(h -> s.parent(h.index()) != kill.index() && !kill.lemma().equals("dead"));
        List<Token> victims = new ArrayList<>();
        heads.stream().distinct().forEach(h -> withConjuncts(s, h).forEach(victims::add));
        if (kill.isVerb() && !victims.isEmpty()) {
            // "killing a guard and one police officer", the second victim parsed as a conjunct of the verb
            for (Token c : s.children(kill.index(), "conj")) {
                if (c.isNoun() && s.parent(c.index()) == kill.index() && !victims.contains(c) && person(c)) {
                    victims.add(c);
                }
            }
        }
        return count(s, victims, into);
    }

    private boolean count(Sentence s, List<Token> victims, Map<Side, Integer> into) {
        boolean found = false;
        for (Token v : victims) {
            Integer n = number(s, v);
            if (n != null && n > 0 && n < 10_000) {
                into.merge(side(v), n, Integer::sum);
                found = true;
            } else if (n != null && n == 0) {
                found = true;
            }
        }
        return found;
    }

    private static List<Token> withConjuncts(Sentence s, Token head) {
        List<Token> out = new ArrayList<>(List.of(head));
        for (Token c : s.children(head.index(), "conj")) {
            if (s.parent(c.index()) == head.index() && !out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The numeral of a victim noun ("three soldiers", "killing three", "an officer"), or null; a bound is null. */
    private Integer number(Sentence s, Token v) {
        if (v.tag().equals("CD")) {
            return bounded(s, v) ? null : Numbers.parseInt(v.word());
        }
        for (Token n : s.children(v.index(), "nummod")) {
            return bounded(s, n) ? null : Numbers.parseInt(n.word());
        }
        for (Token d : s.children(v.index(), "det")) {
            if (d.lemma().equals("a") || d.lemma().equals("an")) {
                return 1;
            }
        }
        return null;
    }

    /** "more than 200", "over 50", "dozens": a bound or an estimate, not a count. */
    private static boolean bounded(Sentence s, Token number) {
        for (Token m : s.children(number.index(), "advmod")) {
            String l = m.lemma();
            if (l.equals("more") || l.equals("over") || l.equals("than") || l.equals("nearly") || l.equals("almost")) {
                return true;
            }
        }
        for (Token m : s.children(number.index(), "fixed")) {
            if (m.lemma().equals("than")) {
                return true;
            }
        }
        int i = number.index();
        return i >= 2 && s.token(i - 1).lemma().equals("than") && s.token(i - 2).lemma().equals("more");
    }

    /** A noun for people the text counts among the dead: a victim cue of any side, or an assailant. */
    private boolean person(Token v) {
        String l = v.lemma();
        return lexicon.is("victim-security", l) || lexicon.is("victim-civilian", l) || lexicon.is("victim-any", l)
                || lexicon.is("assailant", l);
    }

    /** The side a victim noun belongs to, from the lexicon's victim cues; a bare number is a total. */
    private Side side(Token v) {
        String l = v.lemma();
        if (v.tag().equals("CD")) {
            return Side.TOTAL;
        }
        if (lexicon.is("victim-security", l)) {
            return Side.SECURITY;
        }
        if (lexicon.is("victim-civilian", l)) {
            return Side.CIVILIAN;
        }
        return lexicon.is("victim-any", l) ? Side.TOTAL : Side.MILITANT;
    }
}
