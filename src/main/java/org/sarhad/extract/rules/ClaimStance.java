package org.sarhad.extract.rules;

import java.util.List;
import org.sarhad.extract.Dictionary;
import org.sarhad.extract.Mention;
import org.sarhad.extract.Span;
import org.sarhad.extract.Stance;
import org.sarhad.extract.doc.Sentence;
import org.sarhad.extract.doc.Token;

/**
 * Refines a reporting verb's stance from the reported clause's syntax: a clause calling a claim untrue rejects it; a
 * clause whose hostile predicate has another party as its agent ("X said Y's forces fired first") accuses that party.
 */
final class ClaimStance {
    /** Relations that lead from a predicate to its agent: the active subject, the passive "by", "fire from". */
    private static final List<String> AGENT = List.of("nsubj", "obl:agent", "obl:by", "nmod:agent", "obl:from",
            "nmod:from", "nmod:by", "amod", "compound", "nmod:poss");

    private final Lexicon lexicon;
    private final Dictionary dictionary;
    private final List<Name> names;

    ClaimStance(Lexicon lexicon, Dictionary dictionary, List<Name> names) {
        this.lexicon = lexicon;
        this.dictionary = dictionary;
        this.names = names;
    }

    Stance refine(Attribution a, Sentence s, Span content, Mention claimant, boolean ownsAct) {
        Stance stance = a.stance();
        if (stance != Stance.ASSERTS || ownsAct) {
            return stance;
        }
        Stance nested = lexicon.reportingStance(s.token(a.contentHead()).lemma());
        if (nested != null && nested != Stance.ASSERTS && s.token(a.contentHead()).isVerb()) {
            return nested;
        }
        List<Token> inside = s.tokensIn(content);
        for (Token t : inside) {
            // "baseless", and "the reports do not correspond to reality", "the claim is not true"
            boolean untrue = lexicon.is("dismissal", t.lemma())
                    || lexicon.is("truth", t.lemma()) && lexicon.negated(s, t.index(), "advmod");
            if (untrue && depth(s, a.contentHead(), t.index()) <= 2) {
                return Stance.REJECTS;
            }
        }
        Token head = s.token(a.contentHead());
        if (lexicon.is("killing", head.lemma()) && !s.children(head.index(), "nsubj:pass").isEmpty()) {
            return stance; // "23 of its soldiers were killed in attacks by X": a toll, whoever the text blames
        }
        String own = country(claimant);
        Token verb = s.tokenAt(a.trigger().start()).orElse(null);
        if (presses(s, verb, claimant, own)) {
            return Stance.ACCUSES; // "urged Kabul to stop the attacks": pressing another party to act blames it
        }
        if (unlawfulAct(s, head)) {
            return Stance.ACCUSES;
        }
        // "officials said", "reports say": a source of no known side reports an act, it blames no one
        boolean neutral = own == null && claimant.entityRef() == null && s.tokenAt(a.claimantHead().start())
                .map(h -> lexicon.is("neutral-source", h.lemma())).orElse(false);
        for (Token t : inside) {
            if (lexicon.is("wrongdoing", t.lemma()) || t.isVerb() && topOf(s, t, content) && presses(s, t, claimant, own)) {
                return Stance.ACCUSES;
            }
            if (!neutral && hostile(s, t) && agentIsOtherParty(s, t, claimant, own)) {
                return Stance.ACCUSES;
            }
            if (militantBaseAbroad(s, t, own) || civiliansKilledByUnnamed(s, t, claimant, own)) {
                return Stance.ACCUSES;
            }
        }
        return stance;
    }

    /**
     * "the strikes killed three women and two children", said by a party: an attack nobody is named for that killed
     * civilians charges whoever struck, as the claimant's side does not say so of its own strikes.
     */
    private boolean civiliansKilledByUnnamed(Sentence s, Token t, Mention claimant, String own) {
        int head = s.parent(t.index());
        if (own == null || head < 0 || !t.isNoun() || !lexicon.is("hostile-act", t.lemma())
                || !s.children(head, "nsubj").contains(t) || !lexicon.is("killing", s.token(head).lemma())) {
            return false;
        }
        for (String rel : AGENT) {
            for (Token agent : s.children(t.index(), rel)) {
                if (!otherParty(s, agent.index(), claimant, own) && names.stream().anyMatch(n -> n.isActor()
                        && s.extent(s.subtree(agent.index(), e -> false, new java.util.BitSet())).contains(n.span()))) {
                    return false; // "our strikes", "Ruritanian strikes killed...": the act is the claimant's side's
                }
            }
        }
        return s.children(head, "obj").stream().anyMatch(o -> lexicon.is("victim-civilian", o.lemma()));
    }

    /**
     * "urged Kabul to act", and in the reported clause "Iran expects Pakistan to crack down", "Pakistan had been warned
     * that...": the party pressed is the object, or the subject of the passive.
     */
    private boolean presses(Sentence s, Token verb, Mention claimant, String own) {
        if (verb == null || !lexicon.is("demand", verb.lemma())) {
            return false;
        }
        return java.util.stream.Stream.concat(s.children(verb.index(), "obj").stream(),
                s.children(verb.index(), "nsubj:pass").stream()).anyMatch(o -> otherParty(s, o.index(), claimant, own));
    }

    /** A hostile predicate: "fired", "the attack", or a light verb with one ("opened fire", "carried out strikes"). */
    private boolean hostile(Sentence s, Token t) {
        int head = s.parent(t.index());
        // "exchanged fire" blames neither side; "repelling an attack" reports a defence, not a charge
        if (lexicon.is("reciprocal", t.lemma()) || head >= 0 && (lexicon.is("reciprocal", s.token(head).lemma())
                || t.isNoun() && lexicon.is("repelled", s.token(head).lemma()))) {
            return false;
        }
        if (lexicon.is("hostile-act", t.lemma()) && (t.isVerb() || t.isNoun())) {
            return true;
        }
        if (t.isVerb() && lexicon.is("obligation", t.lemma()) && lexicon.negated(s, t.index(), "advmod")) {
            return true;
        }
        return t.isVerb() && s.children(t.index(), "obj").stream()
                .anyMatch(o -> lexicon.is("hostile-act", o.lemma()) || lexicon.is("weapon", o.lemma()));
    }

    private boolean agentIsOtherParty(Sentence s, Token t, Mention claimant, String own) {
        for (String rel : AGENT) {
            // "fire from X", "Afghan shells", "Iran's strike": a noun's agent is its modifier
            boolean nounOnly = rel.endsWith(":from") || rel.equals("nmod:by") || rel.equals("amod")
                    || rel.equals("compound") || rel.equals("nmod:poss");
            if (nounOnly && !t.isNoun()) {
                continue;
            }
            for (Token agent : s.children(t.index(), rel)) {
                // "nsubj" reaches no passive subject (Edge.is), so the agent is never what was acted on
                if (otherParty(s, agent.index(), claimant, own) || placedAbroad(s, t, agent, own)) {
                    return true;
                }
            }
        }
        // "soldiers from X crossed the border to rob the villagers": an open clause's act is its controller's, and
        // the parser often takes the object ("the border") for the controller
        int head = s.parent(t.index());
        if (t.isVerb() && head >= 0 && s.children(head, "xcomp").contains(t) && s.token(head).isVerb()) {
            for (Token agent : s.children(head, "nsubj")) {
                if (otherParty(s, agent.index(), claimant, own)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "the TTP operates from Afghan soil", "bases in Afghanistan", "the high command based in Afghanistan": militants'
     * ground placed in another state than the claimant's charges that state. Strikes on such bases ("targeted hideouts
     * in X") report an operation instead.
     */
    private boolean militantBaseAbroad(Sentence s, Token t, String own) {
        if (own == null || !lexicon.is("militant-ground", t.lemma())) {
            return false;
        }
        int head = s.parent(t.index());
        if (head >= 0 && lexicon.is("hostile-act", s.token(head).lemma())) {
            return false;
        }
        List<Token> places = new java.util.ArrayList<>();
        for (String rel : List.of("amod", "compound", "nmod:in", "obl:in", "nmod:from", "obl:from", "nmod:inside",
                "obl:inside")) {
            places.addAll(s.children(t.index(), rel));
        }
        if (head >= 0 && s.children(head, "case").contains(t)) {
            places.add(s.token(head)); // "based in Afghanistan" parsed as one preposition
        }
        if (head >= 0 && s.children(head, "obj").contains(t)) {
            places.addAll(s.children(head, "obl:in")); // "established bases in Afghanistan": the place hangs on the verb
        }
        for (Token place : places) {
            for (Name n : names) {
                if (n.span().contains(place.span()) && n.countryCode() != null && !n.countryCode().equals(own)
                        && (n.isPlace() || "State".equals(n.type()) || "Country".equals(n.type()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "given shelter by the authorities in Afghanistan", where the parser hangs the place on the verb: a generic agent
     * (authorities, forces) placed in another state than the claimant's.
     */
    private boolean placedAbroad(Sentence s, Token predicate, Token agent, String own) {
        if (own == null || !(lexicon.is("speaker-noun", agent.lemma()) || lexicon.is("organisation-noun", agent.lemma()))) {
            return false;
        }
        for (Token place : s.children(predicate.index(), "obl:in")) {
            for (Name n : names) {
                if (n.span().contains(place.span()) && "Country".equals(n.type()) && n.countryCode() != null
                        && !n.countryCode().equals(own)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "the plane illegally crossed the border", "is attempting to illegally seize", "the illegal act took place": the
     * reported clause's predicate (or the act it says happened) is called unlawful. What the clause says was stopped
     * or punished ("illegal activities were prevented", "jailed for illegal possession") is no charge.
     */
    private boolean unlawfulAct(Sentence s, Token head) {
        List<Token> predicates = new java.util.ArrayList<>(List.of(head));
        predicates.addAll(s.children(head.index(), "xcomp"));
        for (Token p : predicates) {
            if (s.children(p.index(), "advmod").stream().anyMatch(m -> lexicon.is("illegality", m.lemma()))) {
                return true;
            }
        }
        return s.children(head.index(), "nsubj").stream().anyMatch(subject -> s.children(subject.index(), "amod")
                .stream().anyMatch(m -> lexicon.is("illegality", m.lemma())));
    }

    /** The clause's own predicate, not one nested in it: its parent lies outside the reported span. */
    private static boolean topOf(Sentence s, Token t, Span content) {
        int parent = s.parent(t.index());
        return parent < 0 || !content.contains(s.token(parent).span());
    }

    private static int depth(Sentence s, int root, int node) {
        int d = 0;
        for (int at = node; at >= 0 && at != root && d <= s.tokens().size(); at = s.parent(at)) {
            d++;
        }
        return d;
    }

    /** A party named under the agent that is neither the claimant nor of the claimant's own state. */
    private boolean otherParty(Sentence s, int agent, Mention claimant, String own) {
        Span extent = s.extent(s.subtree(agent, e -> e.is("acl:relcl") || e.is("punct"), new java.util.BitSet()));
        for (Name n : names) {
            boolean party = n.isActor() || "Country".equals(n.type());
            if (!party || !extent.contains(n.span()) || n.label().equals(claimant.label())
                    || "MediaOutlet".equals(n.type())) {
                continue;
            }
            String theirs = n.countryCode();
            if (n.entry() != null && claimant.entityRef() != null && n.entry().iri().equals(claimant.entityRef())) {
                continue;
            }
            // an armed group is another party to its own state too: "Iran said Jaish al-Adl attacked the post"
            boolean rebel = "ArmedGroup".equals(n.type()) && n.entry() != null && !armedGroup(claimant);
            if (own == null || theirs == null || !own.equals(theirs) || rebel) {
                return theirs != null || n.entry() != null
                        || "ArmedGroup".equals(n.type()) && (properName(n) || branded(s, n));
            }
        }
        return false;
    }

    private boolean armedGroup(Mention m) {
        String type = m.entityRef() != null ? dictionary.get(m.entityRef()).map(e -> e.type()).orElse(null) : m.type();
        return "ArmedGroup".equals(type);
    }

    /** "the Hill Legion group" names a party; "gunmen", "the attackers" name no one the claim could blame. */
    private static boolean properName(Name n) {
        String label = n.label();
        return !label.isEmpty() && Character.isUpperCase(label.codePointAt(0));
    }

    private boolean branded(Sentence s, Name n) {
        return s.tokens().stream().anyMatch(t -> n.span().contains(t.span()) && lexicon.is("charged-label", t.lemma()));
    }

    private String country(Mention claimant) {
        if (claimant.entityRef() != null) {
            return dictionary.get(claimant.entityRef()).map(e -> e.countryCode()).orElse(null);
        }
        for (Name n : names) {
            if (claimant.span() != null && claimant.span().contains(n.span()) && n.countryCode() != null) {
                return n.countryCode();
            }
        }
        return null;
    }
}
