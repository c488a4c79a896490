package org.sarhad.testing;

import java.nio.file.Path;
import java.util.List;
import org.sarhad.pipeline.Components;
import org.sarhad.pipeline.Ingest;
import org.sarhad.pipeline.IngestListener;
import org.sarhad.pipeline.IngestSummary;
import org.sarhad.store.TdbArticleStore;

/** A fresh TDB2 store under target/ holding what {@code demo} ingests: the bundled article through the real pipeline. */
public final class DemoStore {
    private DemoStore() {
    }

    /** Open; the caller closes it. */
    public static TdbArticleStore ingest(String name) {
        Path dir = Path.of("target", "test-stores", name + "-" + System.nanoTime());
        Components c = Components.create("http://localhost:3030/");
        TdbArticleStore store = TdbArticleStore.open(dir);
        c.storeContext(store);
        IngestSummary summary = new Ingest(c.pipeline(), store, new IngestListener() {
            @Override
            public void stored(org.sarhad.pipeline.MappedArticle article, long triples) {
            }

            @Override
            public void rejected(String articleId, String origin, String reason) {
                throw new IllegalStateException("demo article rejected: " + reason);
            }
        }).run(List.of(DemoCopies.DEMO));
        if (summary.stored() != 1) {
            throw new IllegalStateException("demo article not stored: " + summary.describe());
        }
        return store;
    }
}
