package org.sarhad.extract.rules;

/**
 * Folds text for matching without losing offsets: lower case, curly quotes to straight ones, every dash and hyphen
 * to a space, runs of white space to one space. {@link #origin(int)} maps a folded index back to the original.
 */
public final class TextFold {
    private final String folded;
    private final int[] origin;
    private final int length;

    private TextFold(String folded, int[] origin, int length) {
        this.folded = folded;
        this.origin = origin;
        this.length = length;
    }

    public static TextFold of(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            char c = foldChar(text.charAt(i));
            if (c == ' ' && (sb.length() == 0 || sb.charAt(sb.length() - 1) == ' ')) {
                continue;
            }
            origin[sb.length()] = i;
            sb.append(c);
        }
        origin[sb.length()] = text.length();
        return new TextFold(sb.toString(), origin, text.length());
    }

    /** The folded form of a name, as used for dictionary keys. */
    public static String key(String name) {
        return of(name).folded().strip();
    }

    public static char foldChar(char c) {
        switch (c) {
            case '\u2018': case '\u2019': case '\u201B': case '`': case '\u00B4': case '\u02BC':
                return '\'';
            case '\u201C': case '\u201D': case '\u201E': case '\u00AB': case '\u00BB':
                return '"';
            case '-': case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015':
            case '\u2212': case '\u00A0': case '\n': case '\r': case '\t': case '\u2009': case '\u202F':
                return ' ';
            default:
                return Character.toLowerCase(c);
        }
    }

    public String folded() {
        return folded;
    }

    /** Original index of folded index {@code i}; {@code folded().length()} maps to the text length. */
    public int origin(int i) {
        return i >= folded.length() ? length : origin[i];
    }

    /** Original end (exclusive) of a folded range ending (exclusive) at {@code end}. */
    public int originEnd(int end) {
        return end == 0 ? 0 : origin[end - 1] + 1;
    }
}
