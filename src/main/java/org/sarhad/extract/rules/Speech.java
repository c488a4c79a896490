package org.sarhad.extract.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sarhad.extract.Span;

/** Locates the parts of one reported-speech construction: the subject before the verb and the reported clause. */
final class Speech {
    private static final Pattern BOUNDARY = Pattern.compile("[,;:\u201C\u201D\"(\u2014]|\\b(?:that|while|but|whereas|"
            + "which|who|as|after|when|because|although|however|meanwhile)\\b");
    private static final Pattern TRAILING_AUX = Pattern.compile("(?i)(?:\\s+(?:has|have|had|also|once again|again|"
            + "repeatedly|further|later|earlier|then|reportedly|officially|previously|however|meanwhile|"
            + "on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in a statement|in a tweet|on x|"
            + "not yet|did not|yet|immediately|separately|publicly|strongly))+\\s*$");
    private static final Pattern LEADING = Pattern.compile("(?i)^(?:\\s*(?:meanwhile|however|earlier|but|and|also|then|"
            + "at the time|at the same time|in a statement|in a post on x|on (?:monday|tuesday|wednesday|thursday|friday|"
            + "saturday|sunday)|two days ago|yesterday|today|on [a-z]+ \\d+),?\\s+)+");
    private static final Pattern PASSIVE = Pattern.compile("(?i)\\b(?:is|are|was|were|been|be|being)\\s+$");
    private static final Pattern CONTENT_START = Pattern.compile("(?i)^[\\s,:]*(?:on (?:monday|tuesday|wednesday|"
            + "thursday|friday|saturday|sunday)\\s*)?(?:in a statement\\s*)?(?:that\\s+)?[\\s:\u201C\"]*");
    private static final Pattern CLAUSE_END = Pattern.compile(",\\s*(?:while|but|whereas|and accus|and said)|;|"
            + "\\s+while\\s+|\\s+and\\s+(?=accuses|accused|rejects|denies|blames)");

    private Speech() {
    }

    /** The subject extent before a verb starting at {@code verb} within {@code sentence}, or null. */
    static Span subject(String text, Span sentence, int verb) {
        String before = text.substring(sentence.start(), verb);
        if (PASSIVE.matcher(before).find()) {
            return null;
        }
        int cut = 0;
        int previous = 0;
        Matcher b = BOUNDARY.matcher(before);
        while (b.find()) {
            if (before.substring(b.end()).strip().length() > 0) {
                previous = cut;
                cut = b.end();
            }
        }
        String tail = before.substring(cut).strip();
        boolean appositive = cut > 0 && before.charAt(cut - 1) == ',' && tail.endsWith(",")
                && (tail.isEmpty() || Character.isLowerCase(tail.charAt(0)));
        if (appositive) {
            cut = previous;
        }
        String seg = before.substring(cut);
        Matcher aux = TRAILING_AUX.matcher(seg);
        int end = aux.find() ? aux.start() : seg.length();
        Matcher lead = LEADING.matcher(seg.substring(0, end));
        int start = lead.find() ? lead.end() : 0;
        while (start < end && Character.isWhitespace(seg.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(seg.charAt(end - 1)) || seg.charAt(end - 1) == ',')) {
            end--;
        }
        if (end <= start) {
            return null;
        }
        return new Span(sentence.start() + cut + start, sentence.start() + cut + end);
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
