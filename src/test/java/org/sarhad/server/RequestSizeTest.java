package org.sarhad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.jena.atlas.lib.StrUtils;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Query texts (S9): past the size cap a request answers 413 however the text is sent; under the cap a text that
 * takes long to parse answers 503 within the timeout, because parsing counts against it; the log keeps a short
 * line, not the text.
 */
class RequestSizeTest {
    static final int CAP = 4 << 20;
    static final Duration TIMEOUT = Duration.ofSeconds(1);
    static final long MARGIN_MILLIS = 3_000;
    static Dataset ds;
    static NewsServer capped;
    static NewsServer defaults;

    @BeforeAll
    static void start() {
        ds = TestStore.fresh("size");
        capped = NewsServer.builder().dataset(ds).port(0).queryTimeout(TIMEOUT).maxRequestBytes(CAP).build().start();
        defaults = NewsServer.builder().dataset(ds).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        capped.stop();
        defaults.stop();
    }

    /** The long-comment query of the fixture file, padded to about {@code chars} characters. */
    static String longComment(int chars) {
        String template = StrUtils.strjoinNL(readFixture());
        return template.replace("# {PADDING}", "# " + "x".repeat(chars));
    }

    static List<String> readFixture() {
        try (var in = RequestSizeTest.class.getClassLoader().getResourceAsStream("server/oversized/long-comment.rq")) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HttpResponse<String> send(NewsServer server, HttpRequest.BodyPublisher body, String contentType) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/sarhad/sparql"))
            .POST(body).header("Content-Type", contentType).header("Accept", "application/sparql-results+json")
            // as careful clients send large bodies: the server's early 413 then arrives before any of the body is
            // sent, instead of racing the upload it cut off (a reset connection on a loaded machine)
            .expectContinue(true)
            .timeout(Duration.ofSeconds(60)).build();
        return Http.exchange(request);
    }

    static HttpResponse<String> sparqlQuery(NewsServer server, String query) {
        return send(server, HttpRequest.BodyPublishers.ofString(query), "application/sparql-query");
    }

    @Test
    void slow_parse_under_the_cap_answers_503_within_the_timeout_and_logs_a_short_line() {
        String query = longComment(3 << 20);
        long t0 = System.nanoTime();
        HttpResponse<String> r = sparqlQuery(capped, query);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(millis < TIMEOUT.toMillis() + MARGIN_MILLIS, "answered after " + millis + " ms");
        List<String> log = RequestLog.lines();
        assertTrue(log.stream().anyMatch(m -> m.contains("(" + query.length() + " characters)")),
            "the log names the length of the query");
        assertTrue(log.stream().allMatch(m -> m.length() < 2_000), "no log line holds the text");
    }

    @Test
    void over_the_cap_413_as_body_chunked_body_and_form() {
        String query = longComment(CAP + 1000);
        assertEquals(413, sparqlQuery(capped, query).statusCode(), "application/sparql-query with Content-Length");
        byte[] bytes = query.getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
        assertEquals(413, send(capped, chunked, "application/sparql-query").statusCode(), "chunked, no Content-Length");
        String form = "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        assertEquals(413, send(capped, HttpRequest.BodyPublishers.ofString(form), "application/x-www-form-urlencoded")
            .statusCode(), "form");
    }

    @Test
    void default_cap_is_one_megabyte() {
        assertEquals(413, sparqlQuery(defaults, longComment(NewsServer.DEFAULT_MAX_REQUEST_BYTES)).statusCode());
        HttpResponse<String> ok = sparqlQuery(defaults, longComment(100_000));
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("true"), ok.body());
    }
}
