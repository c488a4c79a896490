package org.sarhad.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A second Fuseki in its own JVM process on a free loopback port, with an in-memory updatable dataset: the
 * "remote" store or gazetteer endpoint of tests. Closing it kills the process.
 */
public final class FusekiProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final String dataset;

    private FusekiProcess(Process process, int port, String dataset) {
        this.process = process;
        this.port = port;
        this.dataset = dataset;
    }

    /** Starts {@code FusekiMainCmd --mem --update /name} and waits until it answers. */
    public static FusekiProcess start(String name, Path log) throws IOException, InterruptedException {
        int port = freePort();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", cp, "org.apache.jena.fuseki.main.cmds.FusekiMainCmd",
                "--mem", "--update", "--localhost", "--port=" + port, "/" + name));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        FusekiProcess f = new FusekiProcess(p, port, name);
        f.awaitUp();
        return f;
    }

    public String datasetUrl() {
        return "http://localhost:" + port + "/" + dataset;
    }

    public int port() {
        return port;
    }

    private void awaitUp() throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki process exited with " + process.exitValue());
            }
            try {
                HttpRequest req = HttpRequest.newBuilder(URI.create(datasetUrl() + "/query?query=ASK%7B%7D")).build();
                if (http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        close();
        throw new IllegalStateException("Fuseki process did not answer within 60 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
