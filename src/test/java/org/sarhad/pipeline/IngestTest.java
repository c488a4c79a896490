package org.sarhad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sarhad.mapping.ReadingMapper;
import org.sarhad.extract.Extractor;
import org.sarhad.reference.ReferenceData;
import org.sarhad.store.ArticleStore;
import org.sarhad.store.TdbArticleStore;
import org.sarhad.testing.DemoCopies;

/** Ingest into a real TDB2 store on disk with the real extractor, mapper and shapes. */
@Tag("slow")
class IngestTest {
    static final Path SEED = Path.of("data/demo/amu-tajik-kevron-2023.json");
    private static Components components;

    @TempDir
    Path tmp;

    @BeforeAll
    static void wire() {
        components = Components.create("http://localhost:3030/");
    }

    /** Records what the listener hears. */
    static final class Log implements IngestListener {
        final List<String> stored = new ArrayList<>();
        final List<String> rejected = new ArrayList<>();

        @Override
        public void stored(MappedArticle article, long triples) {
            stored.add(article.article().id());
        }

        @Override
        public void rejected(String articleId, String origin, String reason) {
            rejected.add((articleId != null ? articleId : origin) + ": " + reason);
        }
    }

    private IngestSummary ingest(Path store, Pipeline p, Log log, Path... inputs) {
        try (TdbArticleStore s = TdbArticleStore.open(store)) {
            components.storeContext(s);
            return new Ingest(p, s, log).run(List.of(inputs));
        }
    }

    private static Dataset copy(Path store) {
        try (TdbArticleStore s = TdbArticleStore.open(store)) {
            return Txn.calculateRead(s.dataset(), () -> {
                Dataset copy = DatasetFactory.create();
                s.dataset().asDatasetGraph().find().forEachRemaining(copy.asDatasetGraph()::add);
                return copy;
            });
        }
    }

    /** The real store, recording how many articles each transaction carried. */
    static final class GroupRecordingStore implements ArticleStore {
        final TdbArticleStore store;
        final List<Integer> groups = new ArrayList<>();

        GroupRecordingStore(TdbArticleStore store) {
            this.store = store;
        }

        @Override
        public void replaceGraph(String graphName, Model content) {
            replaceGraphs(Map.of(graphName, content));
        }

        @Override
        public void replaceGraphs(Map<String, Model> graphs) {
            groups.add(graphs.size());
            store.replaceGraphs(graphs);
        }

        @Override
        public long graphSize(String graphName) {
            return store.graphSize(graphName);
        }

        @Override
        public void close() {
            store.close();
        }
    }

    /** Long texts commit in smaller groups than the article count allows, so memory stays bounded by text held. */
    @Test
    void a_group_commits_early_once_its_text_passes_half_the_budget() throws IOException {
        Path batch = tmp.resolve("batch.jsonl");
        List<String> ids = DemoCopies.write(batch, "budget", 6);
        long seedChars = Files.readString(SEED).length();
        Log log = new Log();
        try (TdbArticleStore tdb = TdbArticleStore.open(tmp.resolve("store"))) {
            components.storeContext(tdb);
            GroupRecordingStore recording = new GroupRecordingStore(tdb);
            // Half the budget is a little over one article's text: each group closes at its second article.
            new Ingest(components.pipeline(), recording, log, 1024, 2 * seedChars + 100).run(List.of(batch));
            assertEquals(ids, log.stored, "all stored, in input order");
            assertEquals(List.of(2, 2, 2), recording.groups, "groups cut by text, not by the 1024-article limit");
        }
    }

    @Test
    void seed_is_stored_as_one_named_graph_with_incidents_and_claims() {
        Log log = new Log();
        IngestSummary summary = ingest(tmp.resolve("store"), components.pipeline(), log, SEED);
        assertEquals(List.of("amu-tajik-kevron-2023"), log.stored, log.rejected.toString());
        assertEquals(0, summary.rejected());
        Dataset ds = copy(tmp.resolve("store"));
        String graph = components.iris().articleGraph("amu-tajik-kevron-2023");
        assertTrue(ds.containsNamedModel(graph));
        Model g = ds.getNamedModel(graph);
        assertEquals(summary.triples(), g.size());
        String q = "PREFIX sarhad: <https://w3id.org/sarhad/ontology#> SELECT (COUNT(?i) AS ?n) { ?i a sarhad:Incident }";
        try (QueryExecution qe = QueryExecution.model(g).query(q).build()) {
            assertTrue(qe.execSelect().next().getLiteral("n").getInt() >= 3, "the seed reports three incidents");
        }
        assertTrue(ds.containsNamedModel(components.iris().referenceGraph()));
        assertTrue(ds.containsNamedModel(components.iris().ontologyGraph()));
    }

    private static List<String> graphNames(Dataset ds) {
        List<String> names = new ArrayList<>();
        ds.listModelNames().forEachRemaining(r -> names.add(r.getURI()));
        names.sort(null);
        return names;
    }

    @Test
    void ingesting_the_same_files_twice_leaves_an_isomorphic_dataset() {
        Path store = tmp.resolve("store");
        ingest(store, components.pipeline(), new Log(), SEED);
        Dataset once = copy(store);
        ingest(store, components.pipeline(), new Log(), SEED);
        Dataset twice = copy(store);
        assertEquals(once.asDatasetGraph().stream().count(), twice.asDatasetGraph().stream().count());
        // Graph by graph: the ontology graph's many look-alike blank nodes (OWL lists, restrictions) can send a
        // whole-dataset tuple matcher into exponential backtracking; the per-graph matcher hashes them apart.
        List<String> names = graphNames(once);
        assertEquals(names, graphNames(twice));
        for (String g : names) {
            assertTrue(once.getNamedModel(g).isIsomorphicWith(twice.getNamedModel(g)), "same content in " + g);
        }
    }

    @Test
    void an_article_that_violates_the_shapes_is_rejected_whole_and_the_batch_goes_on() throws IOException {
        // Stricter shapes than the product's: every claim must answer another claim. The seed's claims do not.
        Model shapes = ModelFactory.createDefaultModel();
        RDFParser.fromString("""
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix sarhad: <https://w3id.org/sarhad/ontology#> .
                <http://example.org/shapes/strict> a sh:NodeShape ; sh:targetClass sarhad:Claim ;
                    sh:property [ sh:path sarhad:respondsTo ; sh:minCount 1 ; sh:message "claim answers nothing" ] .
                """, Lang.TURTLE).parse(shapes);
        ArticleValidator strict = new ArticleValidator(Shapes.parse(shapes.getGraph()),
                ModelFactory.createUnion(components.reference(), components.ontology()).getGraph());
        Pipeline p = Pipeline.builder()
                .extractor(Extractor.create(ReferenceData.dictionary(components.reference())))
                .mapper(ReadingMapper.create(components.iris(), ReferenceData.dictionary(components.reference())))
                .validator(g -> strict.validate(g).conforms() ? null : "claim answers nothing")
                .build();
        Path quiet = tmp.resolve("quiet.json");
        Files.writeString(quiet, "{\"id\":\"quiet\",\"outlet\":\"Test Wire\",\"published\":\"2024-01-02\","
                + "\"text\":\"Border guards patrolled the river on Monday. Nothing else happened.\"}");
        Log log = new Log();
        IngestSummary summary = ingest(tmp.resolve("store"), p, log, SEED, quiet);
        assertEquals(1, summary.rejected(), log.rejected.toString());
        assertTrue(log.rejected.get(0).startsWith("amu-tajik-kevron-2023: "), log.rejected.get(0));
        assertEquals(List.of("quiet"), log.stored);
        Dataset ds = copy(tmp.resolve("store"));
        assertFalse(ds.containsNamedModel(components.iris().articleGraph("amu-tajik-kevron-2023")));
        String article = components.iris().article("amu-tajik-kevron-2023");
        String ask = "ASK { GRAPH ?g { { <" + article + "> ?p ?o } UNION { ?s ?p <" + article + "> } } }";
        try (QueryExecution qe = QueryExecution.dataset(ds).query(ask).build()) {
            assertFalse(qe.execAsk(), "nothing of the rejected article may be stored");
        }
    }
}
