package org.sarhad.pipeline;

/** Hears what happens to each input unit during an ingest. */
public interface IngestListener {
    void stored(MappedArticle article, long triples);

    void rejected(String articleId, String origin, String reason);
}
