package org.sarhad.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.sarhad.pipeline.IngestListener;
import org.sarhad.pipeline.IngestSummary;
import org.sarhad.pipeline.MappedArticle;

/**
 * Per-article lines on stdout ({@code stored ID (N triples)} / {@code rejected ID (where): reason}), and on a
 * terminal a live progress line with articles/s on stderr.
 */
final class Progress implements IngestListener {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    private final long t0 = System.nanoTime();
    private int done;

    private Progress(PrintWriter out, PrintWriter err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    static Progress create(PrintWriter out, PrintWriter err) {
        return new Progress(out, err, System.console() != null && System.getenv("TERM") != null
                && !"dumb".equals(System.getenv("TERM")));
    }

    @Override
    public void stored(MappedArticle a, long triples) {
        line("stored " + a.article().id() + " (" + triples + " triples, " + a.reading().incidents().size()
                + " incidents, " + a.reading().claims().size() + " claims)");
    }

    @Override
    public void rejected(String articleId, String origin, String reason) {
        line("rejected " + (articleId != null ? articleId + " (" + origin + ")" : origin) + ": " + reason);
    }

    private void line(String s) {
        done++;
        if (terminal) {
            err.print("\r\u001b[2K");
            err.flush();
        }
        out.println(s);
        out.flush();
        if (terminal) {
            double secs = Math.max(1, System.nanoTime() - t0) / 1e9;
            int width = Math.min(30, done % 31);
            err.printf(Locale.ROOT, "[%-30s] %d articles  %.1f articles/s", "=".repeat(width), done, done / secs);
            err.flush();
        }
    }

    void finish(IngestSummary summary) {
        if (terminal) {
            err.print("\r\u001b[2K");
            err.flush();
        }
        out.println(summary.describe());
        out.println("time by stage: " + summary.times().describe());
        out.flush();
    }
}
