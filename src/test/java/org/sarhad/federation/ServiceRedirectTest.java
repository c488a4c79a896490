package org.sarhad.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sarhad.server.Http;
import org.sarhad.server.NewsServer;
import org.sarhad.server.TestStore;

/**
 * Redirect SSRF (S10): an allow-listed SERVICE endpoint that answers with a redirect to an unlisted address does not
 * get the query sent there; the redirect is reported as a failed call, and nothing from the second address is shown.
 */
class ServiceRedirectTest {
    static final String SECRET = "secret-from-the-unlisted-address";
    static final AtomicInteger UNLISTED_HITS = new AtomicInteger();
    static HttpServer redirector;
    static HttpServer unlisted;
    static NewsServer server;
    static Http http;
    static String listed;

    @BeforeAll
    static void start() throws IOException {
        unlisted = listener();
        unlisted.createContext("/sparql", ServiceRedirectTest::answerWithSecret);
        unlisted.start();
        String target = "http://127.0.0.1:" + unlisted.getAddress().getPort() + "/sparql";
        redirector = listener();
        for (int status : List.of(301, 302, 303, 307, 308)) {
            redirector.createContext("/" + status + "/sparql", exchange -> redirect(exchange, status, target));
        }
        redirector.start();
        listed = "http://127.0.0.1:" + redirector.getAddress().getPort() + "/";
        List<String> allow = List.of(301, 302, 303, 307, 308).stream().map(s -> listed + s + "/sparql").toList();
        server = NewsServer.builder().dataset(TestStore.fresh("redirect")).port(0).serviceAllowList(allow).build().start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
        redirector.stop(0);
        unlisted.stop(0);
    }

    static HttpServer listener() throws IOException {
        return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    }

    static void redirect(HttpExchange exchange, int status, String target) throws IOException {
        exchange.getRequestBody().readAllBytes();
        exchange.getResponseHeaders().add("Location", target + "?" + exchange.getRequestURI().getRawQuery());
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    static void answerWithSecret(HttpExchange exchange) throws IOException {
        UNLISTED_HITS.incrementAndGet();
        byte[] body;
        try (InputStream in = ServiceRedirectTest.class.getClassLoader()
            .getResourceAsStream("server/service/unlisted-answer.srj")) {
            body = in.readAllBytes();
        }
        exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static HttpResponse<String> query(String sparql) {
        return http.get("/sarhad/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8),
            "Accept", "application/sparql-results+json");
    }

    @Test
    void redirects_are_not_followed() {
        for (int status : List.of(301, 302, 303, 307, 308)) {
            for (String silent : List.of("", "SILENT ")) {
                String q = "SELECT ?s { SERVICE " + silent + "<" + listed + status + "/sparql> { ?s ?p ?o } }";
                HttpResponse<String> r = query(q);
                assertFalse(r.body().contains(SECRET), status + " " + silent + "showed the unlisted answer: " + r.body());
                if (silent.isEmpty()) {
                    assertEquals(502, r.statusCode(), status + ": " + r.body());
                } else {
                    assertEquals(200, r.statusCode(), "SILENT: the call fails quietly: " + r.body());
                }
            }
        }
        assertEquals(0, UNLISTED_HITS.get(), "no request reached the unlisted address");
    }

}
