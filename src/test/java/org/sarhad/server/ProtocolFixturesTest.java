package org.sarhad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The W3C SPARQL 1.1 Protocol query tests, offline: each case of {@code server/protocol/cases.json} (named as in the
 * suite) sent over HTTP to {@code /sarhad/sparql} on a real server whose TDB2 store holds the graphs the
 * protocol-specified datasets name ({@code server/protocol/data.trig}), checked on status class, media type and,
 * for ASK, the answer. Update cases answer 4xx: the endpoint is read-only.
 */
class ProtocolFixturesTest {
    static final String CASES = "server/protocol/cases.json";
    static final List<String> BOOLEAN = List.of("application/sparql-results+json", "application/sparql-results+xml");
    static final List<String> TABULAR = List.of("application/sparql-results+json", "application/sparql-results+xml",
        "text/csv", "text/tab-separated-values");
    static final List<String> RDF = List.of("text/turtle", "application/rdf+xml", "application/n-triples",
        "application/ld+json", "application/rdf+json", "application/n-quads", "application/trig");
    static NewsServer server;
    static Http http;

    @BeforeAll
    static void start() {
        Dataset ds = TestStore.fresh("protocol");
        Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, "server/protocol/data.trig"));
        server = NewsServer.builder().dataset(ds).port(0).queryTimeout(Duration.ofSeconds(10)).build().start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static Stream<JsonObject> cases() throws IOException {
        try (InputStream in = ProtocolFixturesTest.class.getClassLoader().getResourceAsStream(CASES)) {
            if (in == null) {
                throw new IOException(CASES + " missing from the test resources");
            }
            return JSON.parse(in).get("cases").getAsArray().stream().map(v -> v.getAsObject()).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answers_as_the_protocol_says(JsonObject c) {
        HttpResponse<String> r = Http.exchange(request(c));
        String expected = c.get("status").getAsString().value();
        assertEquals(expected.charAt(0), Character.forDigit(r.statusCode() / 100, 10),
            name(c) + ": status " + r.statusCode() + ", expected " + expected + ": " + r.body());
        if (!c.hasKey("format")) {
            return;
        }
        String type = r.headers().firstValue("Content-Type").orElse("").split(";")[0].strip().toLowerCase(Locale.ROOT);
        List<String> allowed = switch (c.get("format").getAsString().value()) {
            case "boolean" -> BOOLEAN;
            case "tabular" -> TABULAR;
            default -> RDF;
        };
        assertTrue(allowed.contains(type), name(c) + ": media type " + type + " is not one of " + allowed);
        if (c.hasKey("boolean")) {
            boolean answer = r.body().replaceAll("\\s", "").contains("\"boolean\":true")
                || r.body().contains("<boolean>true</boolean>");
            assertEquals(c.get("boolean").getAsBoolean().value(), answer, name(c) + ": " + r.body());
        }
    }

    private static String name(JsonObject c) {
        return c.get("name").getAsString().value();
    }

    private static HttpRequest request(JsonObject c) {
        URI uri = URI.create(http.root() + "/sarhad/sparql" + c.get("path").getAsString().value());
        byte[] body = c.hasKey("bodyLatin1") ? c.get("bodyLatin1").getAsString().value().getBytes(StandardCharsets.ISO_8859_1)
            : c.hasKey("body") ? c.get("body").getAsString().value().getBytes(StandardCharsets.UTF_8) : null;
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
            .method(c.get("method").getAsString().value(),
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (c.hasKey("contentType")) {
            b.header("Content-Type", c.get("contentType").getAsString().value());
        }
        return b.build();
    }
}
