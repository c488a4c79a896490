package org.sarhad.server;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Cancels the running queries when the heap's long-lived part passes {@value #SHARE_PERCENT}% of its maximum and has
 * grown by {@value #GROWTH_PERCENT}% of it while they ran. Jena
 * holds in memory every group of a GROUP BY, every value of a COUNT(DISTINCT ...), the hashed side of a join and a
 * MINUS, and nothing bounds them but the heap; a query doing so over a cross product reaches gigabytes well within
 * the timeout, and the OutOfMemoryError that follows fails whatever else the server is doing. Objects that live
 * long enough to reach that part are what such a query keeps; short-lived request garbage never gets there. The
 * JVM checks that part after each collection, so the check here is a cheap poll; one per JVM, as the heap is.
 * The growth condition spares a query that merely starts while that part still holds what an earlier, cancelled
 * query left for the next old-generation collection: it is full, but not because of the new query.
 */
final class MemoryGuard {
    static final int SHARE_PERCENT = 80;
    static final int GROWTH_PERCENT = 10;
    private static final long POLL_MILLIS = 50;
    private static final MemoryGuard INSTANCE = new MemoryGuard(tenured());

    private final MemoryPoolMXBean pool;
    /** Each running query and the least the long-lived part held while it ran. */
    private final Map<QueryExec, AtomicLong> running = new ConcurrentHashMap<>();
    private final Set<QueryExec> cancelled = ConcurrentHashMap.newKeySet();

    private MemoryGuard(MemoryPoolMXBean pool) {
        this.pool = pool;
        if (pool != null) {
            ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "sarhad-memory-guard");
                t.setDaemon(true);
                return t;
            });
            poller.scheduleWithFixedDelay(this::check, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** A watched query; closing it stops the watch. */
    interface Watch extends AutoCloseable {
        /** Whether the guard cancelled this query. */
        boolean cancelled();

        @Override
        void close();
    }

    static Watch watch(QueryExec exec) {
        INSTANCE.running.put(exec, new AtomicLong(INSTANCE.pool == null ? 0 : INSTANCE.pool.getUsage().getUsed()));
        return new Watch() {
            @Override
            public boolean cancelled() {
                return INSTANCE.cancelled.contains(exec);
            }

            @Override
            public void close() {
                INSTANCE.running.remove(exec);
                INSTANCE.cancelled.remove(exec);
            }
        };
    }

    private void check() {
        if (running.isEmpty()) {
            return;
        }
        long used = pool.getUsage().getUsed();
        long max = pool.getUsage().getMax() > 0 ? pool.getUsage().getMax() : Runtime.getRuntime().maxMemory();
        running.forEach((exec, least) -> {
            long low = least.accumulateAndGet(used, Math::min);
            if (used > max / 100 * SHARE_PERCENT && used - low > max / 100 * GROWTH_PERCENT && cancelled.add(exec)) {
                exec.abort();
            }
        });
    }

    /** The heap pool of objects that survived collections (G1 Old Gen, PS Old Gen, Tenured Gen), or null. */
    private static MemoryPoolMXBean tenured() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.isUsageThresholdSupported()
                && (p.getName().contains("Old") || p.getName().contains("Tenured"))) {
                return p;
            }
        }
        return null;
    }
}
