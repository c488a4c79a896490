package org.sarhad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sarhad.testing.ServeProcess;

/**
 * {@code serve} in its own JVM with the shipped logging set-up: one line per request without the query text, no
 * terminal control codes when not on a terminal; {@code --verbose} adds Fuseki's lines with the query's start.
 */
@Tag("slow")
class ServeLogTest {
    static final String MARKER = "SECRET_MARKER_7f3a";
    static final List<String> MAIN_LOGGING = List.of("-Dlog4j2.configurationFile=src/main/resources/log4j2.properties");
    static Path store;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void fixture() throws Exception {
        store = ServeProcess.restoredStore(tmp, "server/fixture.trig");
    }

    @Test
    void one_line_per_request_and_no_query_text() throws Exception {
        String log = serveAndAsk(false);
        List<String> lines = log.lines().filter(l -> l.contains(" :: GET ")).toList();
        assertEquals(3, lines.size(), "one line per request: " + log);
        assertTrue(lines.stream().anyMatch(l -> l.matches(".*GET /sarhad/sparql 200 \\d+ ms \\(query of \\d+ characters\\)")),
            log);
        assertTrue(lines.stream().anyMatch(l -> l.matches(".*GET /incidents 200 \\d+ ms")), log);
        assertFalse(log.contains(MARKER), "no query text in the log: " + log);
        assertFalse(log.contains("\u001b"), "no terminal codes off a terminal");
    }

    @Test
    void verbose_adds_fusekis_lines_with_the_query_start() throws Exception {
        String log = serveAndAsk(true);
        assertTrue(log.contains(MARKER), "verbose shows the query: " + log);
    }

    private static String serveAndAsk(boolean verbose) throws Exception {
        String[] extra = verbose ? new String[] {"--verbose"} : new String[0];
        try (ServeProcess server = ServeProcess.start(tmp.resolve("run-" + verbose), MAIN_LOGGING, store, extra)) {
            HttpClient client = HttpClient.newHttpClient();
            String query = "SELECT * WHERE { ?s ?p \"" + MARKER + "\" }";
            for (String path : List.of("/", "/sarhad/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "/incidents")) {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + server.port() + path)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), path);
            }
            Thread.sleep(500);
            return server.process().stderr();
        }
    }
}
