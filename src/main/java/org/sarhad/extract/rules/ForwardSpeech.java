package org.sarhad.extract.rules;

import java.util.List;
import java.util.Optional;
import org.sarhad.extract.Span;
import org.sarhad.extract.doc.Sentence;
import org.sarhad.extract.doc.Token;

/**
 * "X said (that) Y" where the parser found no clause under the verb (it read "Authorities say leaders and fighters
 * have ..." as objects): the reported clause is the rest of the sentence, when it holds a finite verb of its own.
 * Only for a trigger with a subject (for a participle, the subject of the reporting verb before it) and without any
 * clausal complement.
 */
final class ForwardSpeech {
    private ForwardSpeech() {
    }

    /**
     * ", adding that ...", ", saying ..." that the parser hung off the wrong word: the speaker is the subject of the
     * nearest reporting verb before the participle.
     */
    private static List<Token> speakerBefore(Sentence s, int participle, Lexicon lexicon) {
        for (int i = participle - 1; i >= 0; i--) {
            Token t = s.token(i);
            if (t.isVerb() && !t.tag().equals("VBG") && lexicon.reportingStance(t.lemma()) != null) {
                return s.children(i, "nsubj");
            }
        }
        return List.of();
    }

    static Optional<Attribution> read(Sentence s, Token verb, ClaimRule rule, Lexicon lexicon) {
        int v = verb.index();
        if (s.has(v, "ccomp") || s.has(v, "xcomp") || s.has(v, "parataxis")) {
            return Optional.empty();
        }
        List<Token> subjects = s.children(v, "nsubj");
        if (subjects.isEmpty() && verb.tag().equals("VBG")) {
            subjects = speakerBefore(s, v, lexicon);
        }
        if (subjects.isEmpty() || subjects.get(0).index() > v) {
            return Optional.empty();
        }
        List<Token> ts = s.tokens();
        int start = v + 1;
        while (start < ts.size() && (ts.get(start).tag().startsWith("RB") || ts.get(start).lemma().equals("that")
                || ts.get(start).word().equals(",") || ts.get(start).word().equals(":"))) {
            start++;
        }
        for (int i = start; i < Math.min(ts.size(), start + 12); i++) {
            if (ts.get(i).lemma().equals("that") && ts.get(i).tag().equals("IN")) {
                start = i + 1;
                break;
            }
        }
        boolean finite = false;
        for (int i = start + 1; i < ts.size(); i++) {
            finite |= ts.get(i).isFinite();
        }
        int end = ts.size();
        for (int i = start + 1; i + 2 < ts.size(); i++) {
            boolean comment = lexicon.is("comment-noun", ts.get(i + 1).lemma())
                    || ts.get(i + 1).tag().equals("DT") && lexicon.is("comment-noun", ts.get(i + 2).lemma());
            Token next = ts.get(i + 1);
            boolean tail = next.tag().equals("VBG") && (lexicon.reportingStance(next.lemma()) != null
                    || lexicon.is("naming-verb", next.lemma()));
            if (ts.get(i).word().equals(",") && (comment || tail)) {
                // "..., a charge Y denies" comments on the claim; "..., calling it aggression" is a claim of its own
                end = i;
                break;
            }
        }
        while (end > start && !Character.isLetterOrDigit(ts.get(end - 1).word().charAt(0))) {
            end--;
        }
        if (!finite || end - start < 3) {
            return Optional.empty();
        }
        Token who = subjects.get(0);
        Span claimant = s.extent(s.subtree(who.index(), e -> e.is("acl") || e.is("punct") || e.is("case"),
                new java.util.BitSet()));
        Span content = new Span(ts.get(start).span().start(), ts.get(end - 1).span().end());
        return Optional.of(new Attribution(claimant, who.span(), content, start,
                rule.stance() != null ? rule.stance() : lexicon.reportingStance(verb.lemma()), verb.span(), rule));
    }
}
