package org.sarhad.cli;

/**
 * Whether output goes to a person at a terminal: then, and only then, a progress bar and ANSI control codes are
 * written. {@code System.console()} is null whenever stdin or stdout is redirected (Java 17); a dumb or unset
 * {@code TERM} and {@code NO_COLOR} count as not a terminal too.
 */
final class Terminal {
    static final String CLEAR_LINE = "\u001b[2K";

    private Terminal() {
    }

    static boolean isInteractive() {
        String term = System.getenv("TERM");
        return System.console() != null && term != null && !"dumb".equals(term) && System.getenv("NO_COLOR") == null;
    }

    /** Columns of the terminal ({@code COLUMNS} when the shell exports it), 80 otherwise. */
    static int width() {
        try {
            return Math.max(40, Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80")));
        } catch (NumberFormatException e) {
            return 80;
        }
    }
}
