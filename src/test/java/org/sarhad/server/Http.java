package org.sarhad.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small java.net.http client for the tests: no redirects followed, bodies as strings. */
public final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5)).build();

    private final String root;

    public Http(int port) {
        this.root = "http://localhost:" + port;
    }

    public String root() {
        return root;
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(root + path)).GET(), headers);
    }

    public HttpResponse<String> head(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(root + path)).method("HEAD", HttpRequest.BodyPublishers.noBody()),
            headers);
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + path))
            .method(method, HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", contentType);
        return send(b, headers);
    }

    private static HttpResponse<String> send(HttpRequest.Builder b, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return exchange(b.timeout(Duration.ofSeconds(30)).build());
    }

    /** Sends a request built elsewhere (e.g. with a streamed body), with the same retry and exceptions. */
    static HttpResponse<String> exchange(HttpRequest request) {
        try {
            try {
                return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException stale) {
                // Jetty closes a connection after refusing a request whose body it did not read; the pooled
                // connection can then be dead on the next send. One retry on a fresh connection is what any client does.
                return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
