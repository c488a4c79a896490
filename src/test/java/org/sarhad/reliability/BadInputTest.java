package org.sarhad.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sarhad.testing.CliProcess;
import org.sarhad.testing.DemoCopies;

/** The bad-input corpus end to end, through the command line in its own JVM (I1, I2, I3, I5 of the checklist). */
@Tag("slow")
class BadInputTest {
    static final Path CORPUS = Path.of("src", "test", "resources", "bad-input");
    static final Path WORK = Path.of("target", "bad-input");
    static final Duration LIMIT = Duration.ofSeconds(90);
    static final List<String> BAD_ARTICLES = List.of("malformed.json", "empty-text.json", "missing-text.json",
        "html-soup.json", "bad-date.json", "iri-with-spaces.json", "invalid-utf8.txt");

    @Test
    void ingest_rejects_each_bad_input_whole_naming_it_and_stores_the_good_ones() throws Exception {
        Path work = Workspace.fresh(WORK.resolve("ingest"));
        try (Listener listener = Listener.start()) {
            List<String> args = new ArrayList<>(List.of("ingest", "--store", work.resolve("store").toString(),
                DemoCopies.DEMO.toString()));
            BAD_ARTICLES.forEach(f -> args.add(CORPUS.resolve(f).toString()));
            args.add(CORPUS.resolve("mixed-batch.jsonl").toString());
            args.add(CORPUS.resolve("nfc-nfd.jsonl").toString());
            args.add(listener.remoteContextFile(work).toString());
            CliProcess.Result r = CliProcess.run(work, LIMIT, args.toArray(String[]::new));

            assertEquals(1, r.exit(), r.both());
            List<String> rejected = r.stdout().lines().filter(l -> l.startsWith("rejected ")).toList();
            for (String f : BAD_ARTICLES) {
                assertTrue(rejected.stream().anyMatch(l -> l.contains(f)), f + " rejected by name: " + rejected);
            }
            for (int line : List.of(2, 3, 5, 6)) {
                assertTrue(rejected.stream().anyMatch(l -> l.contains("mixed-batch.jsonl:" + line)),
                    "mixed-batch line " + line + " rejected: " + rejected);
            }
            assertTrue(rejected.stream().anyMatch(l -> l.contains("remote-context.jsonld")), rejected.toString());
            assertEquals(0, listener.connections(), "nothing fetched the remote context");

            StoreState state = StoreState.read(work.resolve("store"));
            assertEquals(Set.of("amu-tajik-kevron-2023", "good-1", "good-2", "nfc", "nfd", "nfc-outlet", "nfd-outlet"),
                state.articleGraphs().keySet(), "exactly the good articles are stored");
            // each stored article also has its link graph; events join the reports of one event across articles
            Set<String> linkGraphs = new java.util.TreeSet<>();
            state.graphs().keySet().stream().filter(g -> g.contains("/graph/links/"))
                .forEach(g -> linkGraphs.add(g.substring(g.lastIndexOf('/') + 1)));
            assertEquals(state.articleGraphs().keySet(), linkGraphs, "a link graph for each stored article, no other");
            long events = state.graphs().keySet().stream().filter(g -> g.contains("/graph/event/")).count();
            assertEquals(state.articleGraphs().size() * 2 + 2 + events, state.graphs().size(),
                "no graph besides the good articles, their links and events, reference data and ontology: "
                    + state.graphs().keySet());
            assertOneNfcOutlet(state);
        }
    }

    /** The outlet name in NFC and NFD: one IRI, one NFC label, and every stored literal of both articles in NFC. */
    private static void assertOneNfcOutlet(StoreState state) {
        String name = Normalizer.normalize("R\u016dshon \u1e24abar", Normalizer.Form.NFC);
        Set<String> iris = new TreeSet<>();
        for (String id : List.of("nfc-outlet", "nfd-outlet")) {
            Model graph = state.graphs().get(state.articleGraphs().get(id));
            graph.listStatements().forEach(s -> {
                if (s.getObject().isLiteral()) {
                    String lex = s.getObject().asLiteral().getLexicalForm();
                    assertTrue(Normalizer.isNormalized(lex, Normalizer.Form.NFC), id + ": not NFC: " + s);
                }
            });
            graph.listSubjectsWithProperty(SKOS.prefLabel).forEach(r -> {
                Literal label = r.getProperty(SKOS.prefLabel).getLiteral();
                if (Normalizer.normalize(label.getLexicalForm(), Normalizer.Form.NFD)
                    .equals(Normalizer.normalize(name, Normalizer.Form.NFD))) {
                    iris.add(r.getURI());
                    assertEquals(name, label.getLexicalForm(), "label stored as NFC");
                }
            });
        }
        assertEquals(1, iris.size(), "one IRI for the outlet in both forms: " + iris);
    }

    @Test
    void validate_refuses_rdf_that_expands_or_reaches_out_without_any_connection() throws Exception {
        Path work = Workspace.fresh(WORK.resolve("validate"));
        try (Listener listener = Listener.start()) {
            List<Path> files = List.of(CORPUS.resolve("billion-laughs.rdf"), CORPUS.resolve("xxe.rdf"),
                listener.remoteContextFile(work), fileContext(work));
            List<CliProcess> runs = new ArrayList<>();
            long t0 = System.nanoTime();
            for (Path f : files) {
                runs.add(CliProcess.start(work, List.of(), "validate", f.toString()));
            }
            for (int i = 0; i < files.size(); i++) {
                CliProcess.Result r = runs.get(i).await(LIMIT);
                String name = files.get(i).getFileName().toString();
                assertEquals(2, r.exit(), name + ": " + r.both());
                assertTrue(r.stderr().contains(name), "message names the file: " + r.stderr());
                assertFalse(r.both().contains("root:"), "no file content in the output: " + r.both());
            }
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(millis < 60_000, "four parallel refusals took " + millis + " ms");
            assertEquals(0, listener.connections(), "no outbound connection to the stub");
        }
    }

    private static Path fileContext(Path work) throws IOException {
        Path f = work.resolve("file-context.jsonld");
        Files.writeString(f, "{\"@context\": \"file:///etc/passwd\", \"@id\": \"http://localhost:3030/id/actor/x\","
            + " \"label\": \"x\"}", StandardCharsets.UTF_8);
        return f;
    }

    /** A loopback listener that counts connections: the stand-in for any remote host. */
    static final class Listener implements AutoCloseable {
        private final ServerSocket socket;
        private final AtomicInteger connections = new AtomicInteger();

        private Listener(ServerSocket socket) {
            this.socket = socket;
            Thread t = new Thread(this::accept, "stub-listener");
            t.setDaemon(true);
            t.start();
        }

        static Listener start() throws IOException {
            return new Listener(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        }

        private void accept() {
            while (!socket.isClosed()) {
                try {
                    Socket s = socket.accept();
                    connections.incrementAndGet();
                    s.close();
                } catch (IOException e) {
                    return;
                }
            }
        }

        int connections() {
            return connections.get();
        }

        /** The corpus's remote-context.jsonld pointed at this listener. */
        Path remoteContextFile(Path work) throws IOException {
            String text = Files.readString(CORPUS.resolve("remote-context.jsonld"), StandardCharsets.UTF_8)
                .replace("STUB_PORT", String.valueOf(socket.getLocalPort()));
            return Files.writeString(work.resolve("remote-context.jsonld"), text, StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
