package org.sarhad.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sarhad.export.CsvExport;
import org.sarhad.gazetteer.GeoNamesLoader;
import org.sarhad.pipeline.Components;
import org.sarhad.pipeline.Ingest;
import org.sarhad.pipeline.IngestListener;
import org.sarhad.pipeline.MappedArticle;
import org.sarhad.store.TdbArticleStore;

/**
 * Events over the dev articles (read from ../shared at run time) in real TDB2 stores: two ingest orders give the
 * same events with the same IRIs; re-ingesting changes nothing; replacing an article keeps every event consistent;
 * the events-csv export carries the border and event columns.
 */
@Tag("slow") // annotates real articles
class EventLinkingTest {
    static final Path DEV = Path.of("..", "shared", "eval", "dev_articles.jsonl");
    static final Path GAZETTEER = Path.of("..", "shared", "gazetteer");
    private static final String EVENTS = "PREFIX sarhad: <https://w3id.org/sarhad/ontology#> SELECT ?e ?i WHERE {"
            + " GRAPH ?g { ?e a sarhad:Event ; sarhad:hasReport ?i } }";
    /** The bundled demo article (the seed article with its publication date). */
    static final Path SEED = Path.of("data", "demo", "amu-tajik-kevron-2023.json");
    private static Components components;
    private static List<String> lines;
    private static TdbArticleStore forward;

    @BeforeAll
    static void setUp() throws IOException {
        lines = Files.readAllLines(DEV, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        forward = store("events-forward", lines);
    }

    /** The store of the dev articles in file order (shared by the tests that only read it). */
    static TdbArticleStore forward() {
        return forward;
    }

    static synchronized Components components() {
        if (components == null) {
            components = Components.create("http://localhost:3030/");
        }
        return components;
    }

    static TdbArticleStore store(String name, List<String> articleLines) throws IOException {
        components();
        Path dir = Path.of("target", "test-stores", name + "-" + System.nanoTime());
        TdbArticleStore store = TdbArticleStore.open(dir);
        components.storeContext(store);
        try (var files = Files.list(GAZETTEER)) {
            GeoNamesLoader.load(store.dataset(), components.iris(), files.filter(f -> f.toString().endsWith(".txt"))
                    .sorted().toList());
        }
        ingest(store, articleLines, name);
        return store;
    }

    static void ingest(TdbArticleStore store, List<String> articleLines, String name) throws IOException {
        Path input = Files.createDirectories(Path.of("target", "test-inputs")).resolve(name + System.nanoTime()
                + ".jsonl");
        Files.write(input, articleLines, StandardCharsets.UTF_8);
        ingestFiles(store, List.of(input));
    }

    static void ingestFiles(TdbArticleStore store, List<Path> inputs) {
        components();
        new Ingest(components.pipeline(), store, new IngestListener() {
            @Override
            public void stored(MappedArticle article, long triples) {
                // counted by the store
            }

            @Override
            public void rejected(String articleId, String origin, String reason) {
                throw new AssertionError(articleId + " rejected: " + reason);
            }
        }, 5).linking(StoreLinker.of(components, store.dataset())).run(inputs);
    }

    /** Event IRI to its reports. */
    static TreeMap<String, Set<String>> events(Dataset ds) {
        TreeMap<String, Set<String>> out = new TreeMap<>();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(EVENTS).build()) {
                qe.execSelect().forEachRemaining(s -> out.computeIfAbsent(s.getResource("e").getURI(),
                        k -> new TreeSet<>()).add(s.getResource("i").getURI()));
            }
        });
        return out;
    }

    @Test
    void two_ingest_orders_give_the_same_events_and_reingest_changes_nothing() throws IOException {
        List<String> reversed = new ArrayList<>(lines);
        Collections.reverse(reversed);
        TdbArticleStore backward = store("events-backward", reversed);
        TreeMap<String, Set<String>> a = events(forward.dataset());
        assertTrue(a.size() >= 5, "the dev articles report several events more than once: " + a);
        assertEquals(a, events(backward.dataset()), "same events, same IRIs, whichever order");
        assertTrue(a.values().stream().allMatch(r -> r.size() >= 2), "an event has two reports or more");

        ingest(forward, lines.subList(0, 10), "events-again");
        assertEquals(a, events(forward.dataset()), "re-ingesting articles changes no event");
    }

    @Test
    void replacing_or_deleting_an_article_keeps_events_consistent_and_the_export_shows_them() throws IOException {
        TdbArticleStore store = store("events-replace", lines);
        TreeMap<String, Set<String>> before = events(store.dataset());
        String member = before.firstEntry().getValue().iterator().next();
        String line = lines.stream().filter(l -> member.contains(idOf(l))).findFirst().orElseThrow();
        // the same article with its text cut to its first sentence: its incidents change or go
        String cut = line.replaceFirst("\"text\":\\s*\"([^.\"]*\\.)[^\"]*(\\\\\"[^\"]*)*\"", "\"text\": \"$1\"");
        ingest(store, List.of(cut), "events-replaced");
        TreeMap<String, Set<String>> after = events(store.dataset());
        Set<String> incidents = new TreeSet<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query("PREFIX sarhad:"
                    + " <https://w3id.org/sarhad/ontology#> SELECT ?i { ?i a sarhad:Incident }").build()) {
                qe.execSelect().forEachRemaining(s -> incidents.add(s.getResource("i").getURI()));
            }
        });
        after.values().forEach(reports -> assertTrue(incidents.containsAll(reports), "every report exists"));
        after.values().forEach(reports -> assertTrue(reports.size() >= 2, "no event is left with one report"));

        StringWriter csv = new StringWriter();
        CsvExport.events(store.dataset(), csv);
        String[] rows = csv.toString().split("\n");
        assertTrue(rows[0].contains(",source_url,border,event,"), rows[0]);
        long withEvent = java.util.Arrays.stream(rows).skip(1).filter(r -> r.contains("/id/event/")).count();
        long members = after.values().stream().mapToLong(Set::size).sum();
        assertEquals(members, withEvent, "one row per incident that belongs to an event carries the event's IRI");
        assertFalse(java.util.Arrays.stream(rows).skip(1).noneMatch(r -> r.contains(",Durand Line,")),
                "incidents on the Afghanistan-Pakistan border say so");
        deleting_an_article_leaves_no_event_pointing_at_it(store);
    }

    /** Deletes the article of one report of the last event (its graph and link graph) and re-groups. */
    private static void deleting_an_article_leaves_no_event_pointing_at_it(TdbArticleStore store) {
        TreeMap<String, Set<String>> before = events(store.dataset());
        String member = before.lastEntry().getValue().iterator().next();
        String article = Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query("SELECT ?a { <" + member
                    + "> <http://www.w3.org/ns/prov#wasDerivedFrom> ?a . ?a <https://w3id.org/sarhad/ontology#articleId>"
                    + " ?id }").build()) {
                return qe.execSelect().next().getResource("a").getURI();
            }
        });
        String id = article.substring(article.lastIndexOf('/') + 1);
        Linking linking = StoreLinker.of(components(), store.dataset()).linking();
        Txn.executeWrite(store.dataset(), () -> {
            store.dataset().removeNamedModel(components().iris().articleGraph(id));
            store.dataset().removeNamedModel(linking.linkGraph(id));
            linking.updateEvents(store.dataset(), List.of(article));
        });
        TreeMap<String, Set<String>> after = events(store.dataset());
        after.values().forEach(reports -> assertFalse(reports.stream().anyMatch(r -> r.contains("/" + id + "-")),
                "no event keeps a report of the deleted article"));
        after.values().forEach(reports -> assertTrue(reports.size() >= 2, "no event is left with one report"));
        Set<String> stillGrouped = new TreeSet<>();
        after.values().forEach(stillGrouped::addAll);
        before.values().stream().filter(reports -> reports.stream().noneMatch(r -> r.contains("/" + id + "-")))
                .forEach(reports -> assertTrue(stillGrouped.containsAll(reports),
                        "reports of events the article was not in stay grouped: " + reports));
    }

    private static String idOf(String jsonLine) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\":\\s*\"([^\"]+)\"").matcher(jsonLine);
        return m.find() ? org.sarhad.iri.IriMinter.slug(m.group(1)) : "\u0000";
    }
}
