package org.sarhad.pipeline;

/** What an ingest did: articles stored and rejected, triples written, wall time. */
public record IngestSummary(int stored, int rejected, long triples, long millis) {
    public String describe() {
        double secs = Math.max(millis, 1) / 1000.0;
        return String.format(java.util.Locale.ROOT, "%d stored, %d rejected, %d triples in %.1f s (%.1f articles/s)",
                stored, rejected, triples, secs, (stored + rejected) / secs);
    }
}
