package org.sarhad.extract.rules;

/**
 * Quotation marks as pairs: typographic double quotes and guillemets (“…”, «…»), which say on which side they stand,
 * unlike the straight quote.
 */
final class Quotation {
    private static final String OPENING = "\u201C\u00AB";
    private static final String CLOSING = "\u201D\u00BB";
    /** A quotation longer than this is taken as unbalanced marks, not speech. */
    private static final int LONGEST = 1500;

    private Quotation() {
    }

    /**
     * The offset of the opening mark of a quotation still open at {@code at} (opened before it, not yet closed), or
     * -1 when no quotation is open there. A paragraph break closes any quotation.
     */
    static int openedBefore(String text, int at) {
        for (int i = at - 1; i >= 0 && at - i <= LONGEST; i--) {
            char c = text.charAt(i);
            if (CLOSING.indexOf(c) >= 0 || c == '\n' && i > 0 && text.charAt(i - 1) == '\n') {
                return -1;
            }
            if (OPENING.indexOf(c) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
