package org.sarhad.pipeline;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.jena.rdf.model.Model;
import org.sarhad.article.ArticleResult;
import org.sarhad.article.ArticleSources;
import org.sarhad.store.ArticleStore;

/**
 * Reads, processes and stores articles: each is stored whole or rejected whole with the reason; a rejection never
 * stops the batch. A store failure does (it is not the article's fault). Validated articles are committed in groups
 * of up to {@code commitGroup} (one transaction and one disk sync per group) and reported as stored only after their
 * group committed, so every acknowledged article is durable and no article is ever partly stored.
 */
public final class Ingest {
    /**
     * Articles per transaction by default. TDB2 copies every index block a transaction touches, so small groups pay
     * those copies (and the disk syncs) again and again: at 2,000 articles groups of 512 rather than 64 made the store
     * stage 1.6x faster and the store 0.4x the size. A group still commits at most 10 s after its first article.
     */
    public static final int DEFAULT_COMMIT_GROUP = 1024;
    /**
     * Article text held at once (read but not yet stored), in characters. With texts up to the input cap (500,000
     * characters) a full commit group and its read-ahead would hold gigabytes; past this budget the group commits
     * early and reading waits.
     */
    static final long DEFAULT_TEXT_BUDGET = 64L << 20;
    private static final long MAX_WAIT_NANOS = 10_000_000_000L;

    private final Pipeline pipeline;
    private final ArticleStore store;
    private final IngestListener listener;
    private final int commitGroup;
    private final List<MappedArticle> pending = new ArrayList<>();
    private final Deque<CompletableFuture<Outcome>> inFlight = new ArrayDeque<>();
    private final ExecutorService workers;
    private final int maxInFlight;
    private final long textBudget;
    /** Characters of article text read and not yet stored or rejected; of those, in the pending group. */
    private long bufferedChars;
    private long pendingChars;
    private long oldestPending;
    private int stored;
    private int rejected;
    private long triples;
    private StageTimes times = StageTimes.ZERO;
    private GroupLinker linker = GroupLinker.NONE;

    public Ingest(Pipeline pipeline, ArticleStore store, IngestListener listener) {
        this(pipeline, store, listener, DEFAULT_COMMIT_GROUP);
    }

    public Ingest(Pipeline pipeline, ArticleStore store, IngestListener listener, int commitGroup) {
        this(pipeline, store, listener, commitGroup, DEFAULT_TEXT_BUDGET);
    }

    Ingest(Pipeline pipeline, ArticleStore store, IngestListener listener, int commitGroup, long textBudget) {
        if (textBudget < 1) {
            throw new IllegalArgumentException("text budget must be at least 1 character, not " + textBudget);
        }
        this.textBudget = textBudget;
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.store = Objects.requireNonNull(store, "store");
        this.listener = Objects.requireNonNull(listener, "listener");
        if (commitGroup < 1) {
            throw new IllegalArgumentException("commit group must be at least 1 article, not " + commitGroup);
        }
        this.commitGroup = commitGroup;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sarhad-ingest-worker");
            t.setDaemon(true);
            return t;
        });
        // A whole commit group ahead: the workers keep processing while this thread commits the previous group.
        this.maxInFlight = commitGroup + 2 * threads;
    }

    /** Links each stored article (its link graph in the same transaction) and each committed group; returns this. */
    public Ingest linking(GroupLinker groupLinker) {
        this.linker = Objects.requireNonNull(groupLinker, "groupLinker");
        return this;
    }

    public IngestSummary run(List<Path> inputs) {
        long t0 = System.nanoTime();
        try {
            ArticleSources.read(inputs, this::accept);
            while (!inFlight.isEmpty()) {
                handle(next());
            }
        } finally {
            workers.shutdownNow();
        }
        flush();
        return new IngestSummary(stored, rejected, triples, (System.nanoTime() - t0) / 1_000_000, times);
    }

    /**
     * Hands the article to a worker (extract, map and validate are pure per article, so they run on all cores) and
     * keeps its place in line: outcomes are stored and reported in input order.
     */
    private void accept(ArticleResult r) {
        if (!r.ok()) {
            inFlight.add(CompletableFuture.completedFuture(new Outcome(null, null, r.origin(), r.error(), 0)));
        } else {
            bufferedChars += r.article().text().length();
            inFlight.add(CompletableFuture.supplyAsync(() -> process(r), workers));
        }
        while (inFlight.size() > maxInFlight || (bufferedChars > textBudget && !inFlight.isEmpty())) {
            handle(next());
        }
    }

    /** The oldest outcome, waiting for it; a worker's unexpected failure surfaces as itself. */
    private Outcome next() {
        try {
            return inFlight.poll().join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    private Outcome process(ArticleResult r) {
        int chars = r.article().text().length();
        try {
            return new Outcome(pipeline.process(r.article()), null, null, null, chars);
        } catch (ArticleRejectedException e) {
            return new Outcome(null, e.articleId(), e.origin(), e.getMessage(), chars);
        }
    }

    private void handle(Outcome o) {
        if (o.mapped() == null) {
            bufferedChars -= o.chars();
            rejected++;
            listener.rejected(o.articleId(), o.origin(), o.reason());
            return;
        }
        if (pending.isEmpty()) {
            oldestPending = System.nanoTime();
        }
        pending.add(o.mapped());
        pendingChars += o.chars();
        if (pending.size() >= commitGroup || pendingChars > textBudget / 2
            || System.nanoTime() - oldestPending > MAX_WAIT_NANOS) {
            flush();
        }
    }

    /** What became of one input unit: a mapped article, or why it was rejected; and the length of its text. */
    private record Outcome(MappedArticle mapped, String articleId, String origin, String reason, int chars) {
    }

    /** One transaction for the pending articles, then their acknowledgements; store time shared by triple count. */
    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Map<String, Model> graphs = new LinkedHashMap<>();
        long groupTriples = 0;
        for (MappedArticle m : pending) {
            graphs.put(m.graphName(), m.graph());
            graphs.putAll(linker.graphsFor(m));
            groupTriples += m.graph().size();
        }
        long t0 = System.nanoTime();
        List<MappedArticle> group = List.copyOf(pending);
        store.replaceGraphs(graphs, () -> linker.withGroup(group));
        long storeNanos = System.nanoTime() - t0;
        for (MappedArticle m : pending) {
            long n = m.graph().size();
            times = times.plus(m.times().withStore(storeNanos * n / Math.max(1, groupTriples)));
            stored++;
            triples += n;
            listener.stored(m, n);
        }
        pending.clear();
        bufferedChars -= pendingChars;
        pendingChars = 0;
    }
}
