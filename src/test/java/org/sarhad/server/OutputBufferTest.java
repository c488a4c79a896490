package org.sarhad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Responses reuse pooled buffers: a run of small answers leaves off-heap memory where it was. With an unpooled
 * 5 MiB buffer per SPARQL response, these 200 answers took 255 MB off-heap, which only a full collection gave back.
 */
class OutputBufferTest {
    static final int REQUESTS = 200;
    static final long ALLOWED_GROWTH = 64L * 1024 * 1024;
    static NewsServer server;
    static Http http;

    @BeforeAll
    static void start() {
        Dataset ds = TestStore.fresh("buffers");
        server = NewsServer.builder().dataset(ds).port(0).build().start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static long directBytes() {
        return ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
            .filter(b -> "direct".equals(b.getName())).mapToLong(BufferPoolMXBean::getTotalCapacity).sum();
    }

    @Test
    void small_answers_take_no_off_heap_memory_each() {
        String path = "/sarhad/sparql?query=" + URLEncoder.encode("SELECT ?s { ?s a ?t } LIMIT 3", StandardCharsets.UTF_8);
        for (int i = 0; i < 10; i++) {
            http.get(path, "Accept", "application/sparql-results+json");
            http.get("/doc/actor/gknb", "Accept", "text/turtle");
        }
        long before = directBytes();
        for (int i = 0; i < REQUESTS / 2; i++) {
            assertEquals(200, http.get(path, "Accept", "application/sparql-results+json").statusCode());
            assertEquals(200, http.get("/doc/actor/gknb", "Accept", "text/turtle").statusCode());
        }
        long grown = directBytes() - before;
        assertTrue(grown < ALLOWED_GROWTH, REQUESTS + " answers took " + grown / (1024 * 1024) + " MB off-heap");
    }
}
