package org.sarhad.server.limits;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;

/**
 * A string as the regex matcher reads it, one character at a time: a backtracking match can take exponential time
 * on a short input, and reading the cancel signal here is the only place such a match can be stopped.
 */
final class CancellableText implements CharSequence {
    /** Reads between two looks at the signal: cheap next to the matcher's own work. */
    private static final int CHECK_EVERY = 4096;

    private final String text;
    private final AtomicBoolean cancelled;
    private int reads;

    private CancellableText(String text, AtomicBoolean cancelled) {
        this.text = text;
        this.cancelled = cancelled;
    }

    /** The text itself when there is no signal to watch. */
    static CharSequence of(String text, AtomicBoolean cancelled) {
        return cancelled == null ? text : new CancellableText(text, cancelled);
    }

    @Override
    public char charAt(int index) {
        if (++reads >= CHECK_EVERY) {
            reads = 0;
            if (cancelled.get() || Thread.currentThread().isInterrupted()) {
                throw new QueryCancelledException();
            }
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
