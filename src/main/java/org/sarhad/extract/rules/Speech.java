package org.sarhad.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sarhad.extract.Span;

/** Locates the parts of one reported-speech construction: the subject before the verb and the reported clause. */
final class Speech {
    private static final Pattern BOUNDARY = Pattern.compile("[,;:\u201C\u201D\"\u2014\n]|\\b(?:that|while|but|whereas|"
            + "which|who|as|after|when|because|although|and then)\\b");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?:which|that|who)\\s+(?:it|they|he|she)\\s+$");
    private static final Pattern APPOSITIVE = Pattern.compile("^(?:a|an|the|[a-z]+ (?:of|for))\\b");
    private static final Pattern ADVERB_ONLY = Pattern.compile("(?i)(?:however|meanwhile|also|though|too|in turn|"
            + "in response|instead|but|and)");
    private static final Pattern COORDINATED = Pattern.compile("(?i)\\b(?:and|but)\\s+(?:also\\s+)?$");
    private static final Pattern ADJUNCT = Pattern.compile("(?i)^\\s*(?:[,.]|$|(?:on|in|at|during|to|late|early|"
            + "earlier|later|last)\\b[^,]{0,60}(?:[,.]\\s*$|$|,\\s*(?:according|citing|quoting)))");
    private static final Pattern INVERTED = Pattern.compile("(?:[,.]?[\u201D\"]|,)\\s*$");
    private static final Pattern NEGATED = Pattern.compile("(?i)\\b(?:not|never|yet to|n't)\\s+(?:\\w+\\s+)?$");
    private static final Pattern TRAILING_AUX = Pattern.compile("(?i)(?:\\s+(?:has|have|had|also|once again|again|"
            + "repeatedly|further|later|earlier|then|reportedly|officially|previously|however|meanwhile|"
            + "on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in a statement|in a tweet|on x|"
            + "not yet|did not|yet|immediately|separately|publicly|strongly))+\\s*$");
    private static final Pattern LEADING = Pattern.compile("(?i)^(?:\\s*(?:meanwhile|however|earlier|but|and|also|then|"
            + "at the time|at the same time|in a statement|in a post on x|in the past|so far|"
            + "on (?:monday|tuesday|wednesday|thursday|friday|"
            + "saturday|sunday)|two days ago|yesterday|today|on [a-z]+ \\d+),?\\s+)+");
    private static final Pattern PASSIVE = Pattern.compile("(?i)\\b(?:is|are|was|were|been|be|being)\\s+$");
    private static final Pattern CONTENT_START = Pattern.compile("(?i)^[\\s,:]*(?:on (?:monday|tuesday|wednesday|"
            + "thursday|friday|saturday|sunday)\\s*)?(?:in a statement\\s*)?(?:that\\s+)?[\\s:\u201C\"]*");
    private static final Pattern CLAUSE_END = Pattern.compile(",\\s*(?:while|but|whereas|and accus|and said)|;|"
            + "\\s+while\\s+|\\s+and\\s+(?=accuses|accused|rejects|denies|blames)");

    private Speech() {
    }

    /**
     * The subject extent before a verb starting at {@code verb} within {@code sentence}, or null. Walks back over
     * clause boundaries past empty segments, adverbs and lower-case appositives ("X, a local official, said").
     */
    static Span subject(String text, Span sentence, int verb) {
        String before = text.substring(sentence.start(), verb);
        String tail = before.substring(Math.max(0, before.length() - 40));
        if (PASSIVE.matcher(tail).find() || RELATIVE.matcher(tail).find() || NEGATED.matcher(tail).find()) {
            return null;
        }
        List<Integer> cuts = new ArrayList<>(List.of(0));
        Matcher b = BOUNDARY.matcher(before);
        while (b.find()) {
            cuts.add(b.end());
        }
        int end = before.length();
        boolean skipped = false;
        for (int k = cuts.size() - 1; k >= 0; k--) {
            Span seg = clean(before, cuts.get(k), end);
            if (seg == null) {
                skipped = true;
                continue;
            }
            String t = before.substring(seg.start(), seg.end());
            boolean appositive = skipped && Character.isLowerCase(t.charAt(0)) && k > 0
                    && before.charAt(cuts.get(k) - 1) == ',' && APPOSITIVE.matcher(t).find();
            if (appositive) {
                Span head = clean(before, cuts.get(k - 1), cuts.get(k));
                if (head != null && !before.substring(head.start(), head.end()).equals(
                        before.substring(head.start(), head.end()).toLowerCase(java.util.Locale.ROOT))) {
                    return new Span(sentence.start() + head.start(), sentence.start() + seg.end());
                }
            }
            return new Span(sentence.start() + seg.start(), sentence.start() + seg.end());
        }
        return null;
    }

    private static Span clean(String before, int from, int to) {
        String seg = before.substring(from, to);
        Matcher aux = TRAILING_AUX.matcher(seg);
        int end = aux.find() ? aux.start() : seg.length();
        Matcher lead = LEADING.matcher(seg.substring(0, end));
        int start = lead.find() ? lead.end() : 0;
        String strip = " ,\n\t\r\"\u201C\u201D";
        while (start < end && strip.indexOf(seg.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && strip.indexOf(seg.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end <= start || ADVERB_ONLY.matcher(seg.substring(start, end)).matches()) {
            return null;
        }
        return new Span(from + start, from + end);
    }

    /** "“...,” said X" or "..., said X": the speaker follows the verb. */
    static boolean inverted(String text, Span sentence, int verb) {
        String before = text.substring(Math.max(sentence.start(), verb - 8), verb);
        return INVERTED.matcher(before).find();
    }

    /** "... but said", "... and denied": a second verb of the same speaker. */
    static boolean coordinated(String text, Span sentence, int verb) {
        String before = text.substring(Math.max(sentence.start(), verb - 16), verb);
        return COORDINATED.matcher(before).find();
    }

    /** Only an adjunct follows the verb ("said in a statement.", "said on Sunday."): the words came before. */
    static boolean adjunctOnly(String text, int verbEnd, int sentenceEnd) {
        return ADJUNCT.matcher(text.substring(verbEnd, sentenceEnd)).find();
    }

    /** A headline: the title itself, or a line without final punctuation. */
    static boolean headline(String text, Span s, String title) {
        String t = s.of(text).strip();
        if (title != null && !title.isBlank() && t.equalsIgnoreCase(title.strip())) {
            return true;
        }
        boolean lineEnd = s.end() >= text.length() || text.charAt(s.end()) == '\n'
                || text.startsWith("\r\n", s.end());
        return lineEnd && !t.isEmpty() && ".!?\"\u201D\u2019)'".indexOf(t.charAt(t.length() - 1)) < 0;
    }

    /** The reported clause after the verb, up to the end of the sentence or of the coordinated clause. */
    static Span after(String text, Span sentence, int verbEnd) {
        String rest = text.substring(verbEnd, sentence.end());
        Matcher m = CONTENT_START.matcher(rest);
        int s = m.find() ? m.end() : 0;
        Matcher e = CLAUSE_END.matcher(rest);
        int end = rest.length();
        while (e.find()) {
            if (e.start() > s + 10) {
                end = e.start();
                break;
            }
        }
        return trim(text, verbEnd + s, verbEnd + end);
    }

    /** The reported clause before "..., X said": from the sentence start (or opening quote) to the comma. */
    static Span before(String text, Span sentence, int subjectStart) {
        return trim(text, sentence.start(), subjectStart);
    }

    static Span trim(String text, int s, int e) {
        String strip = " ,.:;\"\u201C\u201D\u2018\u2019'\n\t";
        while (s < e && strip.indexOf(text.charAt(s)) >= 0) {
            s++;
        }
        while (e > s && strip.indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return new Span(s, e);
    }
}
