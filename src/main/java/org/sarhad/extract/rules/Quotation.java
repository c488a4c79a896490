package org.sarhad.extract.rules;

/**
 * Quotation marks as pairs: typographic double quotes and guillemets (“…”, «…»), which say on which side they stand,
 * and the straight double quote, whose side its neighbours tell: after a space or a line start and before a word it
 * opens, else it closes.
 */
final class Quotation {
    private static final String OPENING = "\u201C\u00AB";
    private static final String CLOSING = "\u201D\u00BB";
    /** A quotation longer than this is taken as unbalanced marks, not speech. */
    private static final int LONGEST = 1500;

    private Quotation() {
    }

    static boolean isOpening(char c) {
        return OPENING.indexOf(c) >= 0;
    }

    /** Whether the mark at {@code i} opens a quotation: a typographic opening mark, or a straight one before a word. */
    static boolean opensAt(String text, int i) {
        char c = text.charAt(i);
        if (c != '"') {
            return isOpening(c);
        }
        boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
        return spaceBefore && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** Any quotation mark, straight ones included. */
    static boolean isMark(char c) {
        return OPENING.indexOf(c) >= 0 || CLOSING.indexOf(c) >= 0 || c == '"';
    }

    /**
     * The offset of the opening mark of a quotation still open at {@code at} (opened before it, not yet closed), or
     * -1 when no quotation is open there. A paragraph break closes a quotation, unless the paragraph left it open
     * and the next one opens again with a mark: the way a speaker's words run over several paragraphs.
     */
    static int openedBefore(String text, int at) {
        int open = openedInParagraph(text, at);
        if (open < 0) {
            return -1;
        }
        int earlier = continuedFrom(text, open);
        return earlier < 0 ? open : earlier;
    }

    /**
     * The opening mark of the quotation that the paragraph opened by {@code mark} goes on with (the earlier
     * paragraphs left it open), or -1 when the mark opens a quotation of its own.
     */
    static int continuedFrom(String text, int mark) {
        int earliest = -1;
        int open = mark;
        for (int hops = 0; hops < 4; hops++) {
            int breakAt = paragraphBreakBefore(text, open);
            open = breakAt < 0 ? -1 : openedInParagraph(text, breakAt);
            if (open < 0) {
                break;
            }
            earliest = open;
        }
        return earliest;
    }

    private static int openedInParagraph(String text, int at) {
        for (int i = at - 1; i >= 0 && at - i <= LONGEST; i--) {
            char c = text.charAt(i);
            if (CLOSING.indexOf(c) >= 0 || c == '\n' && i > 0 && text.charAt(i - 1) == '\n') {
                return -1;
            }
            if (OPENING.indexOf(c) >= 0 || c == '"') {
                return opensAt(text, i) ? i : -1;
            }
        }
        return -1;
    }

    /**
     * Where the paragraph before {@code mark} ends when the mark opens its paragraph (after a blank line), else -1.
     */
    private static int paragraphBreakBefore(String text, int mark) {
        int i = mark - 1;
        int newlines = 0;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            newlines += text.charAt(i) == '\n' ? 1 : 0;
            i--;
        }
        return newlines >= 2 && i >= 0 ? i + 1 : -1;
    }
}
