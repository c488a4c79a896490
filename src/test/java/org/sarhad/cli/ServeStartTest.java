package org.sarhad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sarhad.testing.ServeProcess;

/**
 * {@code serve} in its own JVM on a store on disk: the first start writes the reference data and ontology, a later
 * start over the same store writes nothing (only TDB2's lock files are touched), and both answer HTTP.
 */
@Tag("slow")
class ServeStartTest {
    @TempDir
    Path tmp;

    @Test
    void a_second_start_over_a_current_store_writes_nothing() throws Exception {
        Path store = ServeProcess.restoredStore(tmp, "server/fixture.trig");
        Map<String, String> fresh = files(store);
        serveOnce(store, "first");
        Map<String, String> afterFirst = files(store);
        assertNotEquals(fresh, afterFirst, "the first start writes the reference data and ontology");
        serveOnce(store, "second");
        Map<String, String> afterSecond = files(store);
        assertEquals(Map.of(), changed(afterFirst, afterSecond), "a second start over the same store changes no file");
        assertEquals(afterFirst.keySet(), afterSecond.keySet(), "and adds or removes none");
    }

    private void serveOnce(Path store, String run) throws Exception {
        try (ServeProcess server = ServeProcess.start(tmp.resolve(run), List.of(), store)) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + server.port() + "/ontology")).header("Accept", "text/turtle").build(),
                HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("owl:Ontology"), "the stored ontology is served");
        }
    }

    /** Every file of the store but the lock files, with its size and modification time. */
    private static Map<String, String> files(Path store) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(store)) {
            for (Path f : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                if (!f.getFileName().toString().equals("tdb.lock")) {
                    files.put(store.relativize(f).toString(), Files.size(f) + " " + Files.getLastModifiedTime(f));
                }
            }
        }
        return files;
    }

    /** The files of {@code after} whose size or time differ from {@code before}'s, as {@code before -> after}. */
    private static Map<String, String> changed(Map<String, String> before, Map<String, String> after) {
        Map<String, String> changed = new TreeMap<>();
        after.forEach((f, now) -> {
            if (before.containsKey(f) && !before.get(f).equals(now)) {
                changed.put(f, before.get(f) + " -> " + now);
            }
        });
        return changed;
    }
}
