package org.sarhad.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * A consistent backup of a store as gzipped N-Quads (one read transaction, so a snapshot even while an ingest
 * writes), and the restore of such a file into an empty store (one write transaction: all or nothing). The text
 * index of the restored store is written in the same transaction.
 */
public final class StoreBackup {
    private StoreBackup() {
    }

    /** Writes every quad of {@code store} to {@code to} (written to a temporary file, then moved); returns the count. */
    public static long backup(TdbArticleStore store, Path to) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        Path tmp = to.resolveSibling(to.getFileName() + ".part");
        AtomicLong n = new AtomicLong();
        try {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                Txn.executeRead(dsg, () -> {
                    StreamRDF writer = StreamRDFLib.writer(out);
                    writer.start();
                    dsg.find().forEachRemaining(q -> {
                        writer.quad(q);
                        n.incrementAndGet();
                    });
                    writer.finish();
                });
            }
            Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot write backup " + to + ": " + e.getMessage(), e);
        }
        return n.get();
    }

    /** Loads a backup into {@code store}, which must be empty; returns the number of quads read. */
    public static long restore(Path from, TdbArticleStore store) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        if (Txn.calculateRead(dsg, () -> dsg.find().hasNext())) {
            throw new IllegalArgumentException("restore needs an empty store; " + store.directory() + " holds data");
        }
        DiskSpace.requireFree(store.directory());
        // TDB2 commits before Lucene: a crash between the two must leave the index marked for a rebuild.
        PendingIndexMarker pending = PendingIndexMarker.forIndex(store.directory().resolve(NewsGraph.TEXT_INDEX));
        pending.set();
        AtomicLong n = new AtomicLong();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(from), 1 << 16)) {
            Txn.executeWrite(dsg, () -> RDFParser.source(in).lang(Lang.NQUADS).parse(counting(dsg, n)));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read backup " + from + ": " + e.getMessage(), e);
        }
        pending.clear();
        return n.get();
    }

    private static StreamRDF counting(DatasetGraph dsg, AtomicLong n) {
        return new StreamRDFWrapper(StreamRDFLib.dataset(dsg)) {
            @Override
            public void quad(Quad quad) {
                n.incrementAndGet();
                super.quad(quad);
            }

            @Override
            public void triple(Triple triple) {
                n.incrementAndGet();
                super.triple(triple);
            }
        };
    }
}
