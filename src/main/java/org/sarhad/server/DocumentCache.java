package org.sarhad.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Rendered documents by (key, media type), ready to send (body and ETag), so a dereference is a map lookup
 * instead of a DESCRIBE plus rendering. Entries stay valid while the store has had no write transaction since they
 * were rendered: TDB2 counts write transactions begun, and any change to that count empties the cache. Stores that are not TDB2
 * are not cached. Bounded: least recently used entries go first past {@value #MAX_BYTES} bytes.
 */
final class DocumentCache {
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private final LongSupplier writes;
    private final Map<String, Representation> entries = new LinkedHashMap<>(1024, 0.75f, true);
    private long bytes;
    private long seenWrites;

    private DocumentCache(LongSupplier writes) {
        this.writes = writes;
        this.seenWrites = writes.getAsLong();
    }

    static DocumentCache of(Dataset dataset) {
        TransactionCoordinator coordinator = coordinator(dataset.asDatasetGraph());
        return new DocumentCache(coordinator == null ? () -> -1 : coordinator::countBeginWrite);
    }

    /** A version stamp to pass back to {@link #put}; -1 when nothing may be cached. */
    synchronized long stamp() {
        long now = writes.getAsLong();
        if (now != seenWrites) {
            entries.clear();
            bytes = 0;
            seenWrites = now;
        }
        return now;
    }

    synchronized Representation get(String key, String mediaType) {
        return stamp() < 0 ? null : entries.get(key + ' ' + mediaType);
    }

    /** Keeps a body rendered under {@code stamp}, unless a write began meanwhile. */
    synchronized void put(long stamp, String key, String mediaType, Representation doc) {
        if (stamp < 0 || stamp != stamp() || doc.body().length > MAX_BYTES / 16) {
            return;
        }
        Representation old = entries.put(key + ' ' + mediaType, doc);
        bytes += doc.body().length - (old == null ? 0 : old.body().length);
        var it = entries.entrySet().iterator();
        while (bytes > MAX_BYTES && it.hasNext()) {
            bytes -= it.next().getValue().body().length;
            it.remove();
        }
    }

    /**
     * The cached body, or one rendered now (outside this cache's lock) and kept for later requests; null, and nothing
     * kept, when {@code render} gives null.
     */
    Representation computeIfAbsent(String key, String mediaType, Supplier<Representation> render) {
        Representation cached = get(key, mediaType);
        if (cached != null) {
            return cached;
        }
        long stamp = stamp();
        Representation doc = render.get();
        if (doc != null) {
            put(stamp, key, mediaType, doc);
        }
        return doc;
    }

    private static TransactionCoordinator coordinator(DatasetGraph dsg) {
        DatasetGraph base = dsg;
        while (base instanceof DatasetGraphWrapper w) {
            if (TDBInternal.isTDB2(base)) {
                break;
            }
            base = w.getWrapped();
        }
        try {
            return TDBInternal.isTDB2(base) ? TDBInternal.getTransactionCoordinator(base) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
