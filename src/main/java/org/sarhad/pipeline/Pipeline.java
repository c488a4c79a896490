package org.sarhad.pipeline;

import java.util.Objects;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.sarhad.article.Article;
import org.sarhad.extract.Extractor;
import org.sarhad.extract.Reading;
import org.sarhad.mapping.ArticleMapper;

/**
 * read -> extract -> map -> validate, for one article at a time. Validation sees the article's graph together
 * with the reference data and ontology it points to, never the whole store, so its cost stays flat as the
 * store grows (see {@link ArticleValidator}).
 *
 * <pre>
 * Pipeline p = Pipeline.builder().extractor(x).mapper(m).validator(g -> problemsInWords(g)).build();
 * MappedArticle done = p.process(article); // or ArticleRejectedException
 * </pre>
 */
public final class Pipeline {
    private final Extractor extractor;
    private final ArticleMapper mapper;
    private final Function<Graph, String> validator;

    private Pipeline(Builder b) {
        this.extractor = b.extractor;
        this.mapper = b.mapper;
        this.validator = b.validator;
    }

    public static Builder builder() {
        return new Builder();
    }

    public MappedArticle process(Article a) {
        Reading reading;
        Model graph;
        long t0 = System.nanoTime();
        long t1;
        try {
            reading = extractor.extract(a);
            t1 = System.nanoTime();
            graph = mapper.map(reading);
        } catch (RuntimeException e) {
            throw new ArticleRejectedException(a.id(), a.origin(), "extraction failed: " + e, e);
        }
        long t2 = System.nanoTime();
        String problems = validator.apply(graph.getGraph());
        if (problems != null && !problems.isBlank()) {
            throw new ArticleRejectedException(a.id(), a.origin(), "SHACL violations:\n" + problems, null);
        }
        StageTimes times = new StageTimes(t1 - t0, t2 - t1, System.nanoTime() - t2, 0);
        return new MappedArticle(a, reading, mapper.graphName(a), graph, times);
    }

    public Reading extract(Article a) {
        return extractor.extract(a);
    }

    /** Fails fast on a missing part. */
    public static final class Builder {
        private Extractor extractor;
        private ArticleMapper mapper;
        private Function<Graph, String> validator;

        public Builder extractor(Extractor x) {
            this.extractor = Objects.requireNonNull(x, "extractor");
            return this;
        }

        public Builder mapper(ArticleMapper m) {
            this.mapper = Objects.requireNonNull(m, "mapper");
            return this;
        }

        /**
         * Given the article's graph, returns its violations in words, or null/blank when it conforms (see
         * {@link ArticleValidator}).
         */
        public Builder validator(Function<Graph, String> v) {
            this.validator = Objects.requireNonNull(v, "validator");
            return this;
        }

        public Pipeline build() {
            if (extractor == null || mapper == null || validator == null) {
                throw new IllegalStateException("Pipeline needs an extractor, a mapper and a validator.");
            }
            return new Pipeline(this);
        }
    }
}
