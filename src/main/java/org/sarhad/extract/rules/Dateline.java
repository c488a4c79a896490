package org.sarhad.extract.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sarhad.extract.Span;

/**
 * A dateline: where and through whom a story was filed, before its first sentence ("PESHAWAR, Pakistan (AP) —",
 * "DERA ISMAIL KHAN:", "KABUL, Feb 20 (DNA):", "Dushanbe (Reuters) -", "AKIPRESS.COM -"). It names the filing desk,
 * not the event, and is not part of the sentence: left in, it becomes the subject or object of the parse.
 */
public final class Dateline {
    private static final String PLACE_IN_CAPITALS = "\\p{Lu}[\\p{Lu}.'\u2019-]+(?:\\s+\\p{Lu}[\\p{Lu}.'\u2019-]+){0,3}";
    private static final String PLACE = "\\p{Lu}[\\p{L}.'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]+){0,2}";
    private static final String QUALIFIER = "(?:,\\s+(?:\\p{Lu}[\\p{L}.]*\\.?(?:\\s+\\d{1,2})?|\\d{1,2}\\s+\\p{Lu}\\p{L}+)"
            + "(?:\\s+\\p{Lu}\\p{L}+)?)?";
    private static final String AGENCY = "\\s*\\((?:\\p{Lu}[\\p{L}.]*)(?:\\s+\\p{Lu}[\\p{L}.]*){0,2}\\)";
    private static final String SEPARATOR = "\\s*[\u2014\u2013:-]\\s+(?=[\\p{Lu}\\d\"\u201C\u2018'])";
    /** A place in capitals, or any capitalised place when an agency in brackets follows it. */
    private static final Pattern DATELINE = Pattern.compile("(?:" + PLACE_IN_CAPITALS + QUALIFIER + "(?:" + AGENCY
            + ")?|" + PLACE + QUALIFIER + AGENCY + ")" + SEPARATOR);
    private static final int LONGEST = 60;

    private Dateline() {
    }

    /** Where the sentence proper begins after a dateline at {@code sentence}'s start, or -1 when it has none. */
    public static int bodyStart(String text, Span sentence) {
        Matcher m = DATELINE.matcher(text);
        m.region(sentence.start(), Math.min(sentence.end(), sentence.start() + LONGEST + 4));
        if (!m.lookingAt() || m.end() >= sentence.end() || !standsAlone(text, sentence.start())) {
            return -1;
        }
        return m.end();
    }

    /** Whether {@code sentence} is a dateline and nothing else. */
    public static boolean is(String text, Span sentence) {
        Matcher m = DATELINE.matcher(text.substring(sentence.start(), sentence.end()) + " X");
        return m.lookingAt() && m.end() == sentence.end() - sentence.start() + 1 && standsAlone(text, sentence.start());
    }

    /** A dateline opens a paragraph: nothing but white space before it on its line. */
    private static boolean standsAlone(String text, int start) {
        for (int i = start - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
