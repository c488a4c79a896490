package org.sarhad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.LoggerFactory;
import org.sarhad.vocab.SARHAD;

/**
 * Full-text search over the store: a Lucene index kept in {@code DIR/text-index} and updated in the same
 * transactions as TDB2. One field, {@value #FIELD}, holds labels, aliases, article text and claim quotes, so
 * {@code ?s text:query "kevron"} finds an actor, a place or an article alike.
 *
 * <pre>
 * Dataset ds = SearchIndex.wrap(tdbDataset, dir.resolve("text-index"));
 * </pre>
 */
public final class SearchIndex {
    /** The Lucene field every indexed predicate feeds. */
    public static final String FIELD = "text";
    /** Predicates whose literals are indexed. */
    public static final List<Node> PREDICATES = List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(),
        RDFS.label.asNode(), SARHAD.text.asNode(), SARHAD.quote.asNode());

    /**
     * Written next to the index once it holds a uid per (graph, subject, predicate, literal): without uids jena-text
     * cannot delete entries, so a replaced article's old words stayed searchable. An index without it is rebuilt.
     */
    private static final String FORMAT = "uid-1";

    /** Lucene allows one writer per directory, so one wrapped dataset per index directory in this JVM. */
    private static final Map<Path, Dataset> OPEN = new ConcurrentHashMap<>();

    private SearchIndex() {
    }

    /** Wraps a dataset with the text index in {@code indexDir}; an index created now is filled from the store. */
    public static Dataset wrap(Dataset tdb, Path indexDir) {
        return OPEN.computeIfAbsent(indexDir.toAbsolutePath().normalize(), dir -> open(tdb, dir));
    }

    private static Dataset open(Dataset tdb, Path dir) {
        PendingIndexMarker pending = PendingIndexMarker.forIndex(dir);
        Path format = dir.resolveSibling(dir.getFileName() + ".format");
        if (pending.isSet()) {
            // A writer died between the TDB2 and the Lucene commit: the index may miss committed triples.
            LoggerFactory.getLogger(SearchIndex.class).warn("text index {} may be behind the store; rebuilding", dir);
            deleteIndex(dir);
        } else if (Files.isDirectory(dir) && !FORMAT.equals(readFormat(format))) {
            LoggerFactory.getLogger(SearchIndex.class).warn("text index {} has an older format; rebuilding", dir);
            deleteIndex(dir);
        }
        boolean fresh = !Files.isDirectory(dir);
        try {
            Files.createDirectories(dir);
            TextIndex index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(dir), config());
            if (fresh) {
                reindex(tdb, index);
                Files.writeString(format, FORMAT);
            }
            pending.clear();
            return TextDatasetFactory.create(tdb, index, true);
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot open text index " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String readFormat(Path format) {
        try {
            return Files.exists(format) ? Files.readString(format).strip() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void deleteIndex(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.delete(f);
            }
            Files.delete(dir);
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot rebuild text index " + dir + ": " + e.getMessage(), e);
        }
    }

    static TextIndexConfig config() {
        EntityDefinition entity = new EntityDefinition("uri", FIELD);
        for (Node p : PREDICATES) {
            entity.set(FIELD, p);
        }
        entity.setPrimaryPredicate(SKOS.prefLabel.asNode());
        entity.setUidField("uid");
        TextIndexConfig config = new TextIndexConfig(entity);
        config.setAnalyzer(new StandardAnalyzer());
        config.setValueStored(true);
        return config;
    }

    /** Indexes what the store already holds (a store written before the index existed). */
    private static void reindex(Dataset tdb, TextIndex index) {
        DatasetGraph dsg = tdb.asDatasetGraph();
        Txn.executeRead(dsg, () -> {
            for (Node p : PREDICATES) {
                dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> add(index, q));
            }
        });
        index.commit();
    }

    private static void add(TextIndex index, Quad quad) {
        Entity entity = TextQueryFuncs.entityFromQuad(index.getDocDef(), quad);
        if (entity != null) {
            index.addEntity(entity);
        }
    }
}
