package org.sarhad.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sarhad.extract.Span;

/**
 * Splits article text into sentences with offsets. Knows abbreviations and initials, closing quotes after the full
 * stop, headline lines without punctuation, datelines (a sentence of their own), and hard-wrapped text where line
 * breaks fall inside sentences.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "col", "lt", "maj", "capt",
            "sgt", "st", "no", "nos", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "u.s", "u.n", "a.m", "p.m", "e.g", "i.e", "gov", "sen", "rep", "prof", "mt", "approx", "art",
            "u.k", "inc", "corp", "co", "ltd", "jr", "sr", "brig", "adm", "cmdr", "pres");
    private static final String CLOSERS = "\"'\u201D\u2019)]";

    private SentenceSplitter() {
    }

    public static List<Span> split(String text) {
        boolean hardWrapped = hardWrapped(text);
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int end = -1;
            if (c == '.' || c == '!' || c == '?') {
                end = sentenceEnd(text, i);
            } else if (c == '\n' && lineBreakEnds(text, i, hardWrapped)) {
                end = i;
            }
            if (end > 0) {
                add(out, text, start, end);
                start = end;
                i = Math.max(i, end - 1);
            }
        }
        add(out, text, start, text.length());
        return List.copyOf(out);
    }

    /** Text wrapped at a fixed width breaks lines before lower-case continuations. */
    private static boolean hardWrapped(String text) {
        int count = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (text.charAt(i) == '\n' && i - text.lastIndexOf('\n', i - 1) > 40) {
                int j = skipSpace(text, i + 1);
                if (j < text.length() && Character.isLowerCase(text.charAt(j))
                        && ".!?:".indexOf(text.charAt(Math.max(0, i - 1))) < 0) {
                    count++;
                }
            }
        }
        return count >= 2;
    }

    private static boolean lineBreakEnds(String text, int i, boolean hardWrapped) {
        int n = skipSpace(text, i + 1);
        if (n < text.length() && Character.isLowerCase(text.charAt(n))) {
            return false;
        }
        if (!hardWrapped) {
            return true;
        }
        int p = i - 1;
        while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
            p--;
        }
        return p < 0 || ".!?:\"\u201D".indexOf(text.charAt(p)) >= 0;
    }

    /** Index just after a sentence-final mark (and closing quotes), or -1 when it does not end a sentence. */
    private static int sentenceEnd(String text, int i) {
        int j = i + 1;
        while (j < text.length() && (text.charAt(j) == '.' || CLOSERS.indexOf(text.charAt(j)) >= 0)) {
            j++;
        }
        if (j >= text.length()) {
            return j;
        }
        if (!Character.isWhitespace(text.charAt(j))) {
            return gluedSentenceStart(text, i, j) ? j : -1;
        }
        int k = skipSpace(text, j);
        if (k >= text.length() || !startsSentence(text, k)) {
            return -1;
        }
        return text.charAt(i) == '.' && isAbbreviation(text, i) ? -1 : j;
    }

    /**
     * "on Monday.According to", "the media.On Tuesday": a full stop glued to a capitalised word of four or more
     * letters, or of two or three before a space.
     */
    private static boolean gluedSentenceStart(String text, int dot, int j) {
        if (text.charAt(dot) != '.' || dot == 0 || !Character.isLowerCase(text.charAt(dot - 1))
                || !Character.isUpperCase(text.charAt(j)) || isAbbreviation(text, dot)) {
            return false;
        }
        int k = j;
        while (k < text.length() && Character.isLetter(text.charAt(k))) {
            k++;
        }
        // a short word glued on ("the media.On Tuesday") starts a sentence when a space follows it
        boolean word = k - j >= 4 || k - j >= 2 && k < text.length() && text.charAt(k) == ' ';
        return word && Character.isLowerCase(text.charAt(j + 1));
    }

    private static boolean startsSentence(String text, int k) {
        char n = text.charAt(k);
        return Character.isUpperCase(n) || Character.isDigit(n) || "\"\u201C\u2018'(\u2022-".indexOf(n) >= 0;
    }

    private static boolean isAbbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        String word = text.substring(s, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() <= 2 && Character.isUpperCase(word.charAt(0)) && !word.equals(word.toUpperCase(Locale.ROOT))) {
            return true;
        }
        return word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static int skipSpace(String text, int j) {
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static void add(List<Span> out, String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e <= s) {
            return;
        }
        Span sentence = new Span(s, e);
        int body = Dateline.bodyStart(text, sentence);
        if (body > 0) {
            add(out, text, s, body);
            sentence = new Span(body, e);
        }
        out.add(sentence);
    }
}
