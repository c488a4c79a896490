package org.sarhad.cli;

import java.util.Locale;

/**
 * One line of progress: {@code [=====>     ] 42/100 42%  3.1 articles/s  ETA 0:19}. The total is an estimate
 * (an input may hold fewer or more articles than counted), so the bar never passes full and never wraps back.
 */
final class ProgressBar {
    private final long total;
    private final long startNanos;

    ProgressBar(long total, long startNanos) {
        this.total = total;
        this.startNanos = startNanos;
    }

    String render(long done, long nowNanos, int columns) {
        double secs = Math.max(1e-3, (nowNanos - startNanos) / 1e9);
        double rate = done / secs;
        long shownTotal = Math.max(total, done);
        double fraction = shownTotal == 0 ? 0 : (double) done / shownTotal;
        String tail = String.format(Locale.ROOT, " %d/%d %3d%%  %.1f articles/s  ETA %s", done, shownTotal,
            Math.round(fraction * 100), rate, eta(shownTotal - done, rate));
        int width = Math.max(10, Math.min(40, columns - tail.length() - 3));
        int filled = (int) Math.floor(fraction * width);
        String bar = "=".repeat(Math.max(0, filled - 1)) + (filled > 0 ? (filled == width ? "=" : ">") : "")
            + " ".repeat(width - filled);
        return "[" + bar + "]" + tail;
    }

    static String eta(long remaining, double rate) {
        if (rate <= 0) {
            return "--:--";
        }
        long s = Math.round(remaining / rate);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
            : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
