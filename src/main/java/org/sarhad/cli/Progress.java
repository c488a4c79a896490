package org.sarhad.cli;

import java.io.PrintWriter;
import org.sarhad.pipeline.IngestListener;
import org.sarhad.pipeline.IngestSummary;
import org.sarhad.pipeline.MappedArticle;

/**
 * Per-article lines on stdout ({@code stored ID (N triples)} / {@code rejected ID (where): reason}), and, only
 * when stderr is a terminal, a progress bar there redrawn in place ({@link ProgressBar}); piped, nothing but the
 * lines and the summary.
 */
final class Progress implements IngestListener {
    private final PrintWriter out;
    private final PrintWriter err;
    private final ProgressBar bar;
    private int done;

    private Progress(PrintWriter out, PrintWriter err, ProgressBar bar) {
        this.out = out;
        this.err = err;
        this.bar = bar;
    }

    static Progress create(PrintWriter out, PrintWriter err, long total) {
        return new Progress(out, err, Terminal.isInteractive() ? new ProgressBar(total, System.nanoTime()) : null);
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

    private synchronized void line(String s) {
        done++;
        clear();
        out.println(s);
        out.flush();
        if (bar != null) {
            err.print(bar.render(done, System.nanoTime(), Terminal.width()));
            err.flush();
        }
    }

    private void clear() {
        if (bar != null) {
            err.print("\r" + Terminal.CLEAR_LINE);
            err.flush();
        }
    }

    void finish(IngestSummary summary) {
        clear();
        out.println(summary.describe());
        out.println("time by stage: " + summary.times().describe());
        out.flush();
    }
}
