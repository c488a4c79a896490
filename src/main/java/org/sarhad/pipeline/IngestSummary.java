package org.sarhad.pipeline;

import java.util.Locale;

/** What an ingest did: articles stored and rejected, triples written, wall time, time per stage. */
public record IngestSummary(int stored, int rejected, long triples, long millis, StageTimes times) {
    public String describe() {
        double secs = Math.max(millis, 1) / 1000.0;
        return String.format(Locale.ROOT, "%d stored, %d rejected, %d triples in %.1f s (%.1f articles/s, %.0f triples/s)",
                stored, rejected, triples, secs, (stored + rejected) / secs, triples / secs);
    }
}
