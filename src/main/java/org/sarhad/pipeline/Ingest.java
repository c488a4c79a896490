package org.sarhad.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.sarhad.article.ArticleResult;
import org.sarhad.article.ArticleSources;
import org.sarhad.store.ArticleStore;

/**
 * Reads, processes and stores articles one at a time: each is stored whole in its own transaction or rejected
 * whole with the reason; a rejection never stops the batch. A store failure does (it is not the article's fault).
 */
public final class Ingest {
    private final Pipeline pipeline;
    private final ArticleStore store;
    private final IngestListener listener;
    private int stored;
    private int rejected;
    private long triples;
    private StageTimes times = StageTimes.ZERO;

    public Ingest(Pipeline pipeline, ArticleStore store, IngestListener listener) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.store = Objects.requireNonNull(store, "store");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    public IngestSummary run(List<Path> inputs) {
        long t0 = System.nanoTime();
        ArticleSources.read(inputs, this::accept);
        return new IngestSummary(stored, rejected, triples, (System.nanoTime() - t0) / 1_000_000, times);
    }

    private void accept(ArticleResult r) {
        if (!r.ok()) {
            rejected++;
            listener.rejected(null, r.origin(), r.error());
            return;
        }
        MappedArticle m;
        try {
            m = pipeline.process(r.article());
        } catch (ArticleRejectedException e) {
            rejected++;
            listener.rejected(e.articleId(), e.origin(), e.getMessage());
            return;
        }
        long t0 = System.nanoTime();
        store.replaceGraph(m.graphName(), m.graph());
        times = times.plus(m.times().withStore(System.nanoTime() - t0));
        stored++;
        long n = m.graph().size();
        triples += n;
        listener.stored(m, n);
    }
}
