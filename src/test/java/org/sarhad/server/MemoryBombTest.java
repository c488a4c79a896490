package org.sarhad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sarhad.testing.CliProcess;

/**
 * Queries that would fill the heap other than by building long strings (src/test/resources/server/memory/): groups,
 * distinct rows, sorts and MINUS tables over a cross product, VALUES combinations, and nesting deep enough to
 * overflow the stack. {@code serve} runs in its own JVM with a small heap, so a query that is not stopped ends in an
 * OutOfMemoryError there (a 500, and other requests failing) rather than in this JVM. Each answers its status
 * within the timeout and a margin, a light request sent meanwhile succeeds, and the server answers afterwards.
 */
@Tag("slow")
class MemoryBombTest {
    /** Heap and timeout halved together: without the guard a bomb still fills this heap within this timeout. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final long MARGIN_MILLIS = 5_000;
    static final String HEAP = "-Xmx256m";
    static CliProcess server;
    static Http http;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() throws Exception {
        // Made by `restore` in its own JVM: a store opened here would stay locked by this JVM.
        Path store = tmp.resolve("store");
        Path backup = tmp.resolve("fixture.nq.gz");
        Dataset ds = RDFDataMgr.loadDataset(TestStore.FIXTURE);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(backup))) {
            RDFDataMgr.write(out, ds, Lang.NQUADS);
        }
        CliProcess.Result r = CliProcess.run(tmp.resolve("restore"), Duration.ofSeconds(120), "restore", "--store",
            store.toString(), backup.toString());
        assertEquals(0, r.exit(), r.both());
        server = CliProcess.start(tmp.resolve("serve"), List.of(HEAP), "serve", "--store", store.toString(), "--port",
            "0", "--timeout", String.valueOf(TIMEOUT.toSeconds()));
        http = new Http(port());
    }

    /** The port {@code serve} bound, from the line it prints once serving. */
    static int port() throws Exception {
        Pattern serving = Pattern.compile("Sarhad serving on http://localhost:(\\d+)/");
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (server.isAlive() && System.nanoTime() < deadline) {
            Matcher m = serving.matcher(server.stdout());
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("serve did not start: " + server.stderr());
    }

    @AfterAll
    static void stop() throws Exception {
        server.kill();
    }

    static List<AttackQueries> bombs() {
        return AttackQueries.in("server/memory");
    }

    static HttpResponse<String> post(String query) {
        return http.send("POST", "/sarhad/sparql", "application/x-www-form-urlencoded",
            "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "Accept", "application/sparql-results+json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bombs")
    void refused_or_stopped_while_light_requests_succeed(AttackQueries bomb) throws Exception {
        long t0 = System.nanoTime();
        CompletableFuture<HttpResponse<String>> answer = CompletableFuture.supplyAsync(() -> post(bomb.query()));
        Thread.sleep(500);
        HttpResponse<String> light = http.get("/doc/incident/amu-1-i1", "Accept", "text/turtle");
        assertEquals(200, light.statusCode(), "a dereference beside " + bomb.name());
        HttpResponse<String> r = answer.get();
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(bomb.accepts(r.statusCode()), bomb.name() + " answered " + r.statusCode() + ": " + r.body());
        assertTrue(millis < TIMEOUT.toMillis() + MARGIN_MILLIS, bomb.name() + " took " + millis + " ms");
        HttpResponse<String> after = post("ASK {}");
        assertEquals(200, after.statusCode(), "the server still answers: " + after.body());
        assertTrue(!server.stderr().contains("OutOfMemoryError"), server.stderr());
    }
}
