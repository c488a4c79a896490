package org.sarhad.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sarhad.extract.Span;
import org.sarhad.extract.doc.Sentence;
import org.sarhad.extract.doc.Token;

/**
 * Incident triggers: the words that say something happened (crossed the border, killed, clash, attack, suicide
 * bombing, airstrike, seized, detained, smuggling, protest), each with the incident type it suggests. The phrases,
 * the cues that suppress them and which trigger wins are lexicon data ({@code ontology/lexicon.ttl}); this class
 * matches them on a clause's tokens. Negated, hypothetical and aggregate uses ("denied any clashes", "plan attacks",
 * "a spate of attacks") do not fire.
 */
public final class Triggers {
    /** Trigger kinds: the incident types a trigger can suggest, plus a bare violent outcome (killing). */
    public enum Kind {
        CT_OPERATION("counter-terrorism-operation"), AIRSTRIKE("airstrike"), BOMBING("bombing"), ATTACK("attack"),
        SMUGGLING("smuggling"), CLASH("armed-clash"), KILL("cue:killing"), SEIZURE("weapons-seizure"),
        ARREST("arrest"), CROSSING("border-crossing"), PROTEST("protest");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The lexicon key: the incident-type notation, or the cue for a bare killing. */
        public String key() {
            return key;
        }

        /** The incident type it suggests: a bare killing types an event as an armed clash. */
        public String type() {
            return this == KILL ? CLASH.key : key;
        }

        /** Rank in the lexicon's trigger precedence (0 strongest). */
        public int rank() {
            return Lexicon.standard().precedence(key);
        }

        /** Triggers ranked up to a bare killing make an event violent on their own. */
        public boolean violent() {
            return rank() <= KILL.rank();
        }

        /** Stronger than a bare killing: it can type an event. */
        public boolean typing() {
            return rank() < KILL.rank();
        }
    }

    /** One trigger occurrence in a clause. */
    public record Trigger(Kind kind, int start, int end, String rule, String word) {
        /** "smugglers", "traffickers": the trigger names who was involved, not what happened. */
        public boolean actorNoun() {
            String w = word.toLowerCase(Locale.ROOT);
            return kind == Kind.SMUGGLING && (w.endsWith("er") || w.endsWith("ers"));
        }

        public boolean plural() {
            return word.endsWith("s") || word.endsWith("es");
        }
    }

    /** How many words before a trigger its negation, hypothetical or aggregate cue may stand. */
    private static final int WINDOW = 4;

    private final Lexicon lexicon;
    private final List<Kind> byPrecedence;

    Triggers(Lexicon lexicon) {
        this.lexicon = lexicon;
        List<Kind> kinds = new ArrayList<>(List.of(Kind.values()));
        for (Kind k : kinds) {
            if (lexicon.precedence(k.key()) < 0) {
                throw new IllegalStateException("trigger kind " + k.key() + " is missing from cue:trigger-precedence");
            }
        }
        kinds.sort(java.util.Comparator.comparingInt(k -> lexicon.precedence(k.key())));
        this.byPrecedence = List.copyOf(kinds);
    }

    /** Whether some incident trigger's words occur in the tokens. */
    boolean occurIn(List<Token> tokens) {
        for (Kind k : Kind.values()) {
            if (any(k.key(), tokens, 0, tokens.size(), t -> false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Triggers in the clause {@code [from, to)} of {@code sentence}, in text order. {@code places} tells which tokens
     * lie inside place names; {@code airContext} says the article speaks of air strikes, so a bare "strike" is one.
     */
    List<Trigger> find(Sentence sentence, Span clause, LemmaPhrase.PlaceTest places, boolean airContext) {
        List<Token> ts = sentence.tokens();
        int from = 0;
        while (from < ts.size() && ts.get(from).span().start() < clause.start()) {
            from++;
        }
        int to = from;
        while (to < ts.size() && ts.get(to).span().end() <= clause.end()) {
            to++;
        }
        List<Trigger> out = new ArrayList<>();
        if (any("cue:generic-statement", ts, from, to, places)) {
            return out;
        }
        boolean stateAir = any("cue:state-air-power", ts, from, to, places);
        boolean[] used = new boolean[ts.size()];
        for (Kind k : byPrecedence) {
            for (int i = from; i < to; i++) {
                int end = longest(k.key(), ts, i, to, places);
                if (end < 0 || taken(used, i, end) || suppressed(k, ts, from, i, end, places)) {
                    continue;
                }
                mark(used, i, end);
                Kind kind = refine(k, ts, from, i, stateAir);
                if (kind == Kind.ATTACK && byStateForces(sentence, end - 1, places)) {
                    kind = Kind.CLASH;
                } else if (kind == Kind.CLASH && longest("cue:one-sided-fire", ts, i, end, places) == end
                        && byAssailants(sentence, i)) {
                    kind = Kind.ATTACK;
                } else if (kind == Kind.ATTACK && (airContext || stateAir) && byState(sentence, end - 1, places)) {
                    kind = Kind.AIRSTRIKE;
                }
                out.add(trigger(kind, ts, i, end));
            }
        }
        bareStrikes(ts, from, to, used, out, airContext || stateAir, places);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** "Iranian strike", "the strikes" in an article about air strikes: a bare strike by a state is an airstrike. */
    private void bareStrikes(List<Token> ts, int from, int to, boolean[] used, List<Trigger> out, boolean air,
            LemmaPhrase.PlaceTest places) {
        for (int i = from; i < to; i++) {
            Token t = ts.get(i);
            // "Strikes also hit the valley": opening a clause, with no subject before it, "strikes" is the noun the
            // tagger can take for a verb
            boolean opening = i == from && t.tag().equals("VBZ") && t.word().equalsIgnoreCase("strikes");
            boolean strike = t.lemma().equals("strike") && t.isNoun() || opening || t.word().equalsIgnoreCase("bombed");
            boolean byState = i > from && places.inPlace(ts.get(i - 1)) && ts.get(i - 1).tag().startsWith("JJ")
                    || i > from && places.inPlace(ts.get(i - 1)) && ts.get(i - 1).isProperNoun();
            if (strike && !used[i] && (air || byState) && !suppressed(Kind.AIRSTRIKE, ts, from, i, i + 1, places)) {
                used[i] = true;
                out.add(trigger(Kind.AIRSTRIKE, ts, i, i + 1));
            }
        }
    }

    private Trigger trigger(Kind k, List<Token> ts, int i, int end) {
        Span s = new Span(ts.get(i).span().start(), ts.get(end - 1).span().end());
        StringBuilder word = new StringBuilder();
        for (int j = i; j < end; j++) {
            word.append(j > i ? " " : "").append(ts.get(j).word());
        }
        return new Trigger(k, s.start(), s.end(), "trigger:" + k.type(), word.toString());
    }

    /**
     * "repelling an attack" is a two-sided fight; a drone attack is an airstrike only where a state's aircraft fly,
     * and an attack in a clause naming aircraft or missiles is one ("aircraft struck homes").
     */
    private Kind refine(Kind k, List<Token> ts, int from, int i, boolean stateAir) {
        if (k == Kind.ATTACK && before(ts, from, i, "repelled")) {
            return Kind.CLASH;
        }
        if (k == Kind.AIRSTRIKE && ts.get(i).lemma().equals("drone") && !stateAir) {
            return Kind.ATTACK;
        }
        return k == Kind.ATTACK && stateAir ? Kind.AIRSTRIKE : k;
    }

    /**
     * "shelling from Afghan forces", "came under attack from the Afghan side": fire between two states' forces is an
     * armed clash, not an attack (which militants make). Needs the parse; false without one.
     */
    private boolean byStateForces(Sentence s, int trigger, LemmaPhrase.PlaceTest places) {
        if (!s.parsed()) {
            return false;
        }
        List<Token> agents = new ArrayList<>();
        for (String rel : List.of("nmod:from", "obl:from", "nmod:by", "obl:agent")) {
            agents.addAll(s.children(trigger, rel));
        }
        if (s.token(trigger).isVerb()) {
            agents.addAll(s.children(trigger, "nsubj"));
        }
        for (Token a : agents) {
            boolean force = lexicon.is("state-force", a.lemma());
            boolean national = s.tokens().stream().anyMatch(t -> s.dominates(a.index(), t.index()) && t != a
                    && places.inPlace(t));
            if (force && national) {
                return true;
            }
        }
        return false;
    }

    /**
     * "terrorists opened fire on the troops": militants or gunmen who fire first assault a target, while forces who
     * open fire on each other clash. Needs the parse; false without one.
     */
    private boolean byAssailants(Sentence s, int verb) {
        return s.parsed() && s.children(verb, "nsubj").stream().anyMatch(a -> lexicon.is("assailant", a.lemma()));
    }

    /**
     * "Tehran's attacks in Iraq", "Iran attacked": a state itself, not its forces nor militants, as the attacker; in an
     * article about air strikes its attack is one. Needs the parse; false without one.
     */
    private static boolean byState(Sentence s, int trigger, LemmaPhrase.PlaceTest places) {
        if (!s.parsed()) {
            return false;
        }
        List<Token> agents = new ArrayList<>();
        for (String rel : List.of("nmod:poss", "amod", "nmod:by", "obl:agent", "obl:by")) {
            agents.addAll(s.children(trigger, rel));
        }
        if (s.token(trigger).isVerb()) {
            agents.addAll(s.children(trigger, "nsubj"));
        }
        return agents.stream().anyMatch(places::inPlace);
    }

    private boolean suppressed(Kind k, List<Token> ts, int from, int i, int end, LemmaPhrase.PlaceTest places) {
        if (startsNonTrigger(ts, i, places) || before(ts, from, i, "trigger-negation")) {
            return true;
        }
        Token head = ts.get(end - 1);
        // counts of events ("a spate of attacks", "two clashes"), not of crossings, deaths, arrests or seizures
        boolean eventNoun = head.isNoun() && (k.typing() || k == Kind.PROTEST);
        if (eventNoun && before(ts, from, i, "aggregate")) {
            return true;
        }
        boolean plural = head.tag().equals("NNS") || head.tag().equals("NNPS");
        if (eventNoun && plural && numberBefore(ts, from, i)) {
            return true;
        }
        if (k == Kind.CT_OPERATION && plural) {
            return true;
        }
        return k != Kind.CROSSING && !ts.get(i).lemma().equals("kill") && before(ts, from, i, "hypothetical");
    }

    private boolean startsNonTrigger(List<Token> ts, int i, LemmaPhrase.PlaceTest places) {
        for (LemmaPhrase p : lexicon.phrases("cue:not-a-trigger")) {
            for (int start = Math.max(0, i - 2); start <= i; start++) {
                int end = p.matchAt(ts, start, ts.size(), places);
                if (end > i) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A cue lemma among the few words before position {@code i}, not across a comma or semicolon. */
    private boolean before(List<Token> ts, int from, int i, String cue) {
        for (int j = i - 1; j >= Math.max(from, i - WINDOW); j--) {
            String w = ts.get(j).word();
            if (w.equals(",") || w.equals(";") || w.equals(":")) {
                return false;
            }
            if (lexicon.is(cue, ts.get(j).lemma()) || lexicon.is(cue, w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean numberBefore(List<Token> ts, int from, int i) {
        for (int j = i - 1; j >= Math.max(from, i - 2); j--) {
            if (ts.get(j).tag().equals("CD")) {
                return true;
            }
        }
        return false;
    }

    private int longest(String key, List<Token> ts, int i, int to, LemmaPhrase.PlaceTest places) {
        int best = -1;
        for (LemmaPhrase p : lexicon.phrases(key)) {
            best = Math.max(best, p.matchAt(ts, i, to, places));
        }
        return best;
    }

    private boolean any(String key, List<Token> ts, int from, int to, LemmaPhrase.PlaceTest places) {
        for (LemmaPhrase p : lexicon.phrases(key)) {
            if (p.occursIn(ts, from, to, places)) {
                return true;
            }
        }
        return false;
    }

    private static boolean taken(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            if (used[i]) {
                return true;
            }
        }
        return false;
    }

    private static void mark(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            used[i] = true;
        }
    }
}
