package org.sarhad.extract.rules;

import org.sarhad.extract.Span;

/** Two text facts the claim and frame readers share: which lines are headlines, and a span without its punctuation. */
final class Speech {
    private Speech() {
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

    static Span trim(String text, int s, int e) {
        String strip = " ,.:;\"\u201C\u201D\u2018\u2019\u00AB\u00BB'\n\t";
        while (s < e && strip.indexOf(text.charAt(s)) >= 0) {
            s++;
        }
        while (e > s && strip.indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return new Span(s, e);
    }
}
