package org.sarhad.extract.rules;

import java.util.List;
import java.util.Optional;
import org.sarhad.extract.Span;
import org.sarhad.extract.doc.Sentence;
import org.sarhad.extract.doc.Token;

/**
 * "Y, X said (on Friday)." and "“Y,” said X, the head of Z." read from token order: the parser often hangs a long
 * reported clause off the final "said" wrongly, but the construction is plain in the word sequence. Fires only when
 * the reporting verb closes the sentence: after the speaker come at most an appositive, an adjunct and the stop.
 */
final class InvertedSpeech {
    private InvertedSpeech() {
    }

    static Optional<Attribution> read(Sentence s, Token verb, ClaimRule rule, Lexicon lexicon) {
        List<Token> ts = s.tokens();
        int v = verb.index();
        int afterEnd = clauseEnd(ts, v + 1);
        int comma = lastBoundaryBefore(ts, v);
        if (comma < 2) {
            return Optional.empty();
        }
        Span claimant;
        Span head;
        boolean adjacent = true;
        for (int i = comma + 1; i < v; i++) {
            adjacent &= isPunct(ts.get(i));
        }
        if (adjacent && lexicon.is("addressee-verb", verb.lemma())) {
            return Optional.empty(); // "..., told Reuters": who follows is the one told, not the speaker
        }
        if (adjacent) {
            // "..., said X": the speaker follows
            int end = speakerEnd(ts, v + 1, afterEnd);
            if (end <= v + 1 || !tailOnly(ts, end)) {
                return Optional.empty();
            }
            claimant = span(ts, v + 1, end);
            head = ts.get(end - 1).span();
        } else {
            // "..., X said": the speaker stands between the boundary and the verb
            int first = comma + 1;
            while (first < v && isPunct(ts.get(first))) {
                first++;
            }
            for (int i = first; i < v; i++) {
                if (!nominal(ts.get(i), i == first)) {
                    return Optional.empty();
                }
            }
            if (!adjunctOnly(ts, v + 1) || v - first > ClaimFilters.LONGEST_CLAIMANT) {
                return Optional.empty();
            }
            comma = first - 1;
            int last = v - 1;
            while (last > comma && (ts.get(last).tag().startsWith("RB") || auxiliary(ts.get(last)))) {
                last--;
            }
            if (last <= comma) {
                return Optional.empty();
            }
            claimant = span(ts, first, last + 1);
            head = ts.get(last).span();
        }
        int start = datelineEnd(ts);
        if (start >= comma) {
            return Optional.empty();
        }
        Span content = span(ts, start, comma);
        return Optional.of(new Attribution(claimant, head, content, contentHead(s, start, comma),
                rule.stance() != null ? rule.stance() : lexicon.reportingStance(verb.lemma()), verb.span(), rule));
    }

    /**
     * The reported clause's head: its first verb whose parent lies outside it, "killed" in "Three soldiers were
     * killed when militants attacked ..." (the main clause leads); the clause's first token without a parse.
     */
    private static int contentHead(Sentence s, int from, int to) {
        if (!s.parsed()) {
            return from;
        }
        for (int i = from; i < to; i++) {
            int p = s.parent(i);
            if ((p < from || p >= to) && s.token(i).isVerb()) {
                return i;
            }
        }
        return from;
    }

    /** Words a speaker phrase is made of: "the mayor's office of the city", "authorities on both sides". */
    private static boolean nominal(Token t, boolean first) {
        String tag = t.tag();
        if (first && (tag.equals("IN") || tag.equals("CC") || tag.startsWith("W") || tag.equals("TO"))) {
            return false;
        }
        return tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("DT") || tag.equals("POS")
                || tag.startsWith("PRP") || tag.equals("CD") || tag.equals("IN") || tag.equals("HYPH")
                || tag.equals("VBN") || tag.startsWith("RB") || auxiliary(t) || t.word().equals("-")
                || tag.equals("-LRB-") || tag.equals("-RRB-");
    }

    /** After "X said" only the stop, a comma, or an adjunct opened by a preposition or an adverb. */
    private static boolean adjunctOnly(List<Token> ts, int from) {
        if (from >= ts.size()) {
            return true;
        }
        Token t = ts.get(from);
        boolean opens = isPunct(t) || t.tag().equals("IN") || t.tag().equals("TO") || t.tag().startsWith("RB")
                || t.tag().equals("NNP") && from + 1 < ts.size() && isPunct(ts.get(from + 1))
                && t.lemma().endsWith("day");
        return opens && tailOnly(ts, from);
    }

    /** "PESHAWAR, Feb 20 (DNA):", "DUSHANBE (Agency - date)": a dateline before the reported words. */
    private static int datelineEnd(List<Token> ts) {
        String w = ts.get(0).word();
        if (w.length() < 3 || !w.equals(w.toUpperCase(java.util.Locale.ROOT)) || !Character.isLetter(w.charAt(0))) {
            return 0;
        }
        for (int i = 1; i < Math.min(ts.size(), 16); i++) {
            String x = ts.get(i).word();
            if (x.equals(")") || x.equals(":") || x.equals("–") || x.equals("—") || x.equals("--")) {
                return i + 1 < ts.size() && ts.get(i + 1).word().equals(":") ? i + 2 : i + 1;
            }
        }
        return 0;
    }

    private static boolean auxiliary(Token t) {
        return t.lemma().equals("have") || t.lemma().equals("be") || t.tag().equals("MD");
    }

    /** The last comma or closing quotation mark before the verb's speaker, or -1. */
    private static int lastBoundaryBefore(List<Token> ts, int v) {
        for (int i = v - 1; i >= 0; i--) {
            String w = ts.get(i).word();
            if (w.equals(",") || w.equals("\u201D") || w.equals("''") || w.equals("\"")) {
                int j = i;
                while (j > 0 && isPunct(ts.get(j - 1))) {
                    j--;
                }
                return j == i ? i : j;
            }
        }
        return -1;
    }

    private static int clauseEnd(List<Token> ts, int from) {
        int i = from;
        while (i < ts.size() && !ts.get(i).word().equals(".")) {
            i++;
        }
        return i;
    }

    /** A speaker after the verb: up to a comma (an appositive follows), a preposition or the stop. */
    private static int speakerEnd(List<Token> ts, int from, int end) {
        int i = from;
        while (i < end && !isPunct(ts.get(i)) && !ts.get(i).tag().equals("IN") && !ts.get(i).isVerb()) {
            i++;
        }
        return i;
    }

    /**
     * After the speaker only an appositive, a relative clause about the speaker (", who was wounded"), a dated or
     * placed adjunct and the closing stop may follow.
     */
    private static boolean tailOnly(List<Token> ts, int from) {
        for (int i = from; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (t.tag().equals("WP") && i > from && ts.get(i - 1).word().equals(",")) {
                return true;
            }
            if (t.isVerb() && !t.tag().equals("VBN") && !t.tag().equals("VBG")
                    || t.lemma().equals("that") && t.tag().equals("IN")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPunct(Token t) {
        return !Character.isLetterOrDigit(t.word().charAt(0));
    }

    private static Span span(List<Token> ts, int from, int to) {
        return new Span(ts.get(from).span().start(), ts.get(to - 1).span().end());
    }
}
