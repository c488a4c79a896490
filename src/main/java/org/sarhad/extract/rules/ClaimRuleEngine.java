package org.sarhad.extract.rules;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.sarhad.extract.Span;
import org.sarhad.extract.Stance;
import org.sarhad.extract.doc.Edge;
import org.sarhad.extract.doc.Sentence;
import org.sarhad.extract.doc.Token;

/**
 * The one engine for claim rules: for each token of a parsed sentence, the first rule whose trigger it is yields an
 * {@link Attribution}. Knows grammar only through the rules and the lexicon.
 */
public final class ClaimRuleEngine {
    /** Dependents that never belong to a claimant phrase: clauses about it and loose punctuation. */
    private static final List<String> CLAIMANT_CUT = List.of("acl", "punct", "advmod", "cc", "conj", "parataxis", "case",
            "nmod:tmod", "obl:tmod", "nmod:on", "nmod:npmod");

    private final Lexicon lexicon;
    private final List<ClaimRule> rules;

    public ClaimRuleEngine(Lexicon lexicon, List<ClaimRule> rules) {
        this.lexicon = lexicon;
        this.rules = List.copyOf(rules);
    }

    public static ClaimRuleEngine standard() {
        return new ClaimRuleEngine(Lexicon.standard(), ClaimRules.standard());
    }

    /** Whether a sentence with these tokens can give any claim (and so deserves a parse). */
    public boolean mayFire(List<Token> tokens) {
        for (Token t : tokens) {
            for (ClaimRule r : rules) {
                if (triggers(r, t)) {
                    return true;
                }
            }
        }
        return false;
    }

    public List<Attribution> read(Sentence s) {
        List<Attribution> out = new ArrayList<>();
        if (!s.parsed() || s.furniture()) {
            return out;
        }
        for (Token t : s.tokens()) {
            if (lexicon.negated(s, t.index(), "mark", "advmod", "neg")) {
                continue;
            }
            for (ClaimRule r : rules) {
                Optional<Attribution> a = triggers(r, t) ? apply(r, s, t) : Optional.empty();
                if (a.isPresent()) {
                    out.add(a.get());
                    break;
                }
            }
        }
        List<Attribution> kept = new ArrayList<>();
        for (Attribution a : out) {
            Attribution b = out.stream().filter(x -> x != a && endsWithReport(s, a, x)).findFirst().orElse(null);
            Attribution own = b == null ? a : withoutReport(s, a, b);
            if (own != null) {
                kept.add(own);
            }
        }
        return kept;
    }

    /**
     * A content that ends with another attribution's reporting verb, its speaker just before it after a comma ("...,
     * the agency reported"): that attribution's reporting clause, hung inside this content by the parser.
     */
    private static boolean endsWithReport(Sentence s, Attribution a, Attribution b) {
        int last = -1;
        for (Token t : s.tokens()) {
            if (a.content().contains(t.span()) && !t.tag().equals(".") && !t.tag().equals(",")) {
                last = t.index();
            }
        }
        if (last < 0 || !s.token(last).span().equals(b.trigger()) || !a.content().contains(b.claimant())) {
            return false;
        }
        // set off by a comma (", X said"); "a charge X denies" is a comment noun's phrase, cut elsewhere
        return s.tokenAt(b.claimant().start()).map(t -> t.index() > 0 && s.token(t.index() - 1).tag().equals(","))
                .orElse(false);
    }

    /**
     * The content without the other attribution's reporting clause; none when that clause was its head: in "X lodged a
     * protest and demanded a meeting, a spokesman said" misparsed as X demanding "a meeting, a spokesman said", X
     * demanded nothing the text reports as speech.
     */
    private static Attribution withoutReport(Sentence s, Attribution a, Attribution b) {
        int end = a.content().start();
        for (Token t : s.tokens()) {
            if (a.content().contains(t.span()) && t.span().end() <= b.claimant().start() && !t.tag().equals(",")) {
                end = t.span().end();
            }
        }
        Span content = new Span(a.content().start(), end);
        if (end <= a.content().start() || !content.contains(s.token(a.contentHead()).span())) {
            return null;
        }
        return new Attribution(a.claimant(), a.claimantHead(), content, a.contentHead(), a.stance(), a.trigger(),
                a.rule());
    }

    private boolean triggers(ClaimRule r, Token t) {
        if (!t.tag().startsWith(r.triggerTag())) {
            return false;
        }
        if (r.trigger().equals(ClaimRule.REPORTING_VERB)) {
            Stance st = lexicon.reportingStance(t.lemma());
            return st != null && (r.stances().isEmpty() || r.stances().contains(st));
        }
        return lexicon.is(r.trigger(), t.lemma()) || lexicon.is(r.trigger(), t.word().toLowerCase(java.util.Locale.ROOT));
    }

    private Optional<Attribution> apply(ClaimRule r, Sentence s, Token t) {
        if (r.requires() != null && r.requires().follow(s, t.index(), lexicon).isEmpty()) {
            return Optional.empty();
        }
        if (r.shape().equals(ClaimRule.INVERTED)) {
            return InvertedSpeech.read(s, t, r, lexicon);
        }
        if (r.shape().equals(ClaimRule.FORWARD)) {
            return ForwardSpeech.read(s, t, r, lexicon);
        }
        Optional<Integer> spoken = r.claimant().follow(s, t.index(), lexicon);
        Optional<Integer> who = spoken.map(h -> source(s, h));
        Optional<Integer> what = r.content().follow(s, t.index(), lexicon);
        if (who.isEmpty() || what.isEmpty() || who.get() == t.index() || comment(s, t.index(), what.get())) {
            return Optional.empty();
        }
        int head = who.get();
        Span claimant = s.extent(s.subtree(head, e -> cut(e, CLAIMANT_CUT) || leadingSourceVerb(s, e), none(s)));
        Span cited = citedInside(s, claimant);
        if (cited != null) {
            claimant = cited;
        }
        BitSet exclude = none(s);
        if (what.get() != t.index()) {
            exclude.set(t.index());
        }
        if (!r.keepClaimant() && !s.dominates(spoken.get(), what.get())) {
            exclude.set(spoken.get());
            exclude.set(head);
        }
        int root = what.get();
        BitSet clause = s.subtree(root, e -> cut(e, r.cut()) || e.is("nsubj") && root == t.index()
                || nestedReport(s, e, t.index()), exclude);
        dropComments(s, clause);
        if (root == t.index()) {
            dropLeadingAdjuncts(s, t.index(), clause);
        }
        dropLeadingComplementizer(s, clause);
        Span content = s.extent(clause);
        if (claimant == null || content == null) {
            return Optional.empty();
        }
        Stance stance = r.stance() != null ? r.stance() : lexicon.reportingStance(t.lemma());
        return Optional.of(new Attribution(claimant, s.token(head).span(), content, what.get(), stance, t.span(), r));
    }

    /**
     * ", a claim denied by Y", ", a charge Y rejects": a phrase set off by a comma after the clause that opens with a
     * comment noun comments on what was said and is no part of it, whichever relation the parser gave it.
     */
    private boolean comment(Sentence s, int head, int dependent) {
        if (dependent < head) {
            return false;
        }
        int first = dependent;
        for (int i = head + 1; i < dependent; i++) {
            if (s.dominates(dependent, i)) {
                first = i;
                break;
            }
        }
        if (first == 0 || !s.token(first - 1).word().equals(",")) {
            return false;
        }
        for (int i = first; i <= dependent; i++) {
            Token w = s.token(i);
            if (w.isNoun() && s.dominates(dependent, i)) {
                return lexicon.is("comment-noun", w.lemma());
            }
        }
        return false;
    }

    /**
     * "X, in turn, blamed Y for Z", "while X rejected the claims": where the verb itself is the content, the adjuncts and
     * subordinators before it are the narration around what X did, not part of it; a negation ("never confirmed") is.
     */
    private void dropLeadingAdjuncts(Sentence s, int verb, BitSet clause) {
        for (Edge e : s.edges()) {
            boolean adjunct = e.is("advmod") || e.is("obl") || e.is("mark") || e.is("cc") || e.is("advcl")
                    || e.is("punct") || e.is("dep");
            if (e.head() == verb && e.dependent() < verb && adjunct && s.parent(e.dependent()) == verb) {
                BitSet under = s.subtree(e.dependent(), x -> false, none(s));
                if (under.stream().noneMatch(i -> lexicon.is("negation", s.token(i).lemma()))) {
                    clause.andNot(under);
                }
            }
        }
    }

    /** A comment phrase at any depth of the clause ("arming militants, a charge Y denies") is cut with its words. */
    private void dropComments(Sentence s, BitSet clause) {
        for (Edge e : s.edges()) {
            if (e.head() >= 0 && clause.get(e.head()) && clause.get(e.dependent()) && s.parent(e.dependent()) == e.head()
                    && comment(s, e.head(), e.dependent())) {
                BitSet under = s.subtree(e.dependent(), x -> false, none(s));
                clause.andNot(under);
                int first = under.nextSetBit(0);
                if (first > 0 && s.token(first - 1).word().equals(",")) {
                    clause.clear(first - 1);
                }
            }
        }
    }

    /** ", adding that ...", ", saying ...": a reporting verb under the clause starts a claim of its own. */
    private boolean nestedReport(Sentence s, Edge e, int trigger) {
        Token d = s.token(e.dependent());
        return e.dependent() != trigger && d.isVerb() && d.index() > trigger && lexicon.reportingStance(d.lemma()) != null
                && (e.is("advcl") || e.is("conj") || e.is("parataxis") || e.is("dep"));
    }

    /**
     * "that" opening the reported clause, or the relative pronoun of "which was claimed by", however the parser
     * labelled it, is not part of what was said.
     */
    private static void dropLeadingComplementizer(Sentence s, BitSet clause) {
        int first = clause.nextSetBit(0);
        boolean opener = first >= 0 && (s.token(first).lemma().equals("that") || s.token(first).tag().startsWith("W"));
        if (opener && clause.nextSetBit(first + 1) > first) {
            clause.clear(first);
        }
    }

    /** "a statement from the ministry said": the party behind a reporting noun speaks, not the document. */
    private int source(Sentence s, int head) {
        if (!lexicon.is("reporting-noun", s.token(head).lemma())) {
            return head;
        }
        for (Token acl : s.children(head, "acl")) {
            for (Token agent : s.children(acl.index(), "obl:agent")) {
                return agent.index();
            }
        }
        for (Edge e : s.edges()) {
            if (e.head() == head && (e.is("nmod") || e.is("nmod:poss")) && s.parent(e.dependent()) == head) {
                for (Token c : s.children(e.dependent(), "case")) {
                    if (lexicon.is("source-link", c.lemma())) {
                        return e.dependent();
                    }
                }
                if (e.relation().equals("nmod:poss")) {
                    return e.dependent();
                }
            }
        }
        return head;
    }

    /**
     * "Quoting the committee, local outlets reported": when the parser folds the opening participle phrase into the
     * subject, the party quoted is the claimant (the outlets only relay it): the words between the participle and
     * the comma. Null when the claimant phrase does not open with such a participle.
     */
    private Span citedInside(Sentence s, Span claimant) {
        if (claimant == null) {
            return null;
        }
        Token first = s.tokenAt(claimant.start()).orElse(null);
        if (first != null && first.index() > 0 && !isSourceParticiple(first)) {
            first = s.token(first.index() - 1);
        }
        if (first == null || !isSourceParticiple(first)) {
            return null;
        }
        int from = first.index() + 1;
        int to = from;
        while (to < s.tokens().size() && !s.token(to).word().equals(",") && s.token(to).span().end() <= claimant.end()) {
            to++;
        }
        return to > from ? new Span(s.token(from).span().start(), s.token(to - 1).span().end()) : null;
    }

    private boolean isSourceParticiple(Token t) {
        return t.tag().equals("VBG") && lexicon.is("source-verb", t.lemma());
    }

    /** "Citing sources, X reported": a participle the parser hung on the claimant is not part of its name. */
    private boolean leadingSourceVerb(Sentence s, Edge e) {
        return e.is("amod") && lexicon.is("source-verb", s.token(e.dependent()).lemma());
    }


    private static boolean cut(Edge e, List<String> relations) {
        for (String r : relations) {
            if (e.is(r)) {
                return true;
            }
        }
        return false;
    }

    private static BitSet none(Sentence s) {
        return new BitSet(s.tokens().size());
    }
}
