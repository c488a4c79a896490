package org.sarhad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sarhad.export.CsvExport;
import org.sarhad.testing.CliProcess;

/** The command line as users run it: exit codes, per-article lines, exports. */
@Tag("slow")
class CliTest {
    private static final String SEED = "data/demo/amu-tajik-kevron-2023.json";

    @TempDir
    Path tmp;

    /** Runs a command in-process; returns exit code, stdout and stderr. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        CliProcess.Result r = CliProcess.inProcess(args);
        return new Run(r.exit(), r.stdout(), r.stderr());
    }

    @Test
    void ingest_all_stored_exits_0_and_reports_each_article() {
        Run r = run("ingest", "--store", tmp.resolve("s").toString(), SEED);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("stored amu-tajik-kevron-2023 ("), "out=[" + r.out() + "] err=[" + r.err() + "]");
        assertTrue(r.out().contains("1 stored, 0 rejected"), r.out());
    }

    @Test
    void ingest_some_rejected_exits_1_and_stores_the_rest() {
        Run r = run("ingest", "--store", tmp.resolve("s").toString(), "src/test/resources/bad-input/mixed-batch.jsonl");
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("stored good-1"), r.out());
        assertTrue(r.out().contains("stored good-2"), r.out());
        assertTrue(r.out().contains("rejected src/test/resources/bad-input/mixed-batch.jsonl:3: malformed JSON at column 10:"
                + " expected ':' after a key, found json"), r.out());
        assertTrue(r.out().contains("2 stored, 4 rejected"), r.out());
    }

    @Test
    void ingest_rejects_a_deeply_nested_line_naming_it_and_stores_the_rest() {
        Run r = run("ingest", "--store", tmp.resolve("s").toString(), "src/test/resources/bad-input/deep-nesting.jsonl",
                "src/test/resources/bad-input/deep-nesting.json");
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("stored shallow-1"), r.out());
        assertTrue(r.out().contains("stored shallow-2"), r.out());
        assertTrue(r.out().contains("rejected src/test/resources/bad-input/deep-nesting.jsonl:2: JSON nested deeper than"),
                r.out());
        assertTrue(r.out().contains("rejected src/test/resources/bad-input/deep-nesting.json: JSON nested deeper than"),
                r.out());
        assertTrue(r.out().contains("2 stored, 2 rejected"), r.out());
    }

    @Test
    void query_reads_an_inline_query_or_a_query_file() throws Exception {
        String store = tmp.resolve("s").toString();
        assertEquals(0, run("ingest", "--store", store, SEED).code());
        Path file = Files.writeString(tmp.resolve("count.rq"), """
            PREFIX sarhad: <https://w3id.org/sarhad/ontology#>
            # more than one line, with spaces and a comment
            SELECT (COUNT(?i) AS ?n) WHERE { ?i a sarhad:Incident }
            """);
        Run fromFile = run("query", "--store", store, "--format", "csv", "@" + file);
        assertEquals(0, fromFile.code(), fromFile.err());
        assertEquals(List.of("n", "3"), fromFile.out().lines().toList());
        Run inline = run("query", "--store", store, "--format", "csv",
                "SELECT (COUNT(?a) AS ?n) WHERE { ?a a <https://w3id.org/sarhad/ontology#Article> }");
        assertEquals(List.of("n", "1"), inline.out().lines().toList());
    }

    @Test
    void usage_errors_exit_2() {
        assertEquals(2, run("ingest", SEED).code(), "missing --store");
        assertEquals(2, run("export", "--store", tmp.toString(), "--format", "xlsx").code());
        assertEquals(2, run("no-such-command").code());
    }

    @Test
    void unavailable_store_exits_3() throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-dir"), "x");
        Run r = run("ingest", "--store", file.resolve("store").toString(), SEED);
        assertEquals(3, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("store"), r.err());
        assertEquals(3, run("ingest", "--store", "http://localhost:1/ds", SEED).code());
    }

    @Test
    void exports_have_the_design_columns_and_one_row_per_incident_and_claim() {
        String store = tmp.resolve("s").toString();
        assertEquals(0, run("ingest", "--store", store, SEED).code());
        Run events = run("export", "--store", store, "--format", "events-csv");
        List<String> lines = events.out().lines().toList();
        assertEquals(String.join(",", CsvExport.EVENT_COLUMNS), lines.get(0));
        assertTrue(lines.size() >= 4, "three incidents in the seed: " + events.out());
        assertTrue(lines.stream().skip(1).allMatch(l -> l.startsWith("amu-tajik-kevron-2023,http://localhost:3030/id/incident/")));
        Run claims = run("export", "--store", store, "--format", "claims-csv");
        assertEquals(String.join(",", CsvExport.CLAIM_COLUMNS), claims.out().lines().findFirst().orElseThrow());
        assertTrue(claims.out().lines().count() > 10, claims.out());
        Run geo = run("export", "--store", store, "--format", "geojson");
        assertTrue(geo.out().contains("\"FeatureCollection\""), geo.out());
    }

    @Test
    void extract_prints_a_named_graph_per_article_without_storing() {
        Run r = run("extract", SEED, "--format", "trig");
        assertEquals(0, r.code(), r.err());
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(r.out(), Lang.TRIG).parse(ds);
        assertTrue(ds.containsNamedModel("http://localhost:3030/graph/article/amu-tajik-kevron-2023"));
    }

    @Test
    void validate_store_conforms_and_validate_bad_file_reports_focus_path_message() throws Exception {
        String store = tmp.resolve("s").toString();
        assertEquals(0, run("ingest", "--store", store, SEED).code());
        Run ok = run("validate", "--store", store);
        assertEquals(0, ok.code(), ok.out());
        Path bad = Files.writeString(tmp.resolve("bad.ttl"), """
                @prefix sarhad: <https://w3id.org/sarhad/ontology#> .
                <http://localhost:3030/id/incident/x-i1> a sarhad:Incident ; sarhad:fatalities -3 .
                """);
        Run r = run("validate", bad.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("focus <http://localhost:3030/id/incident/x-i1>"), r.out());
        assertTrue(r.out().contains("path <https://w3id.org/sarhad/ontology#fatalities>"), r.out());
    }
}
