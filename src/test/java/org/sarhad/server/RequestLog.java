package org.sarhad.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Fuseki's request log as the tests' logging set-up (log4j2-test.properties) writes it. */
final class RequestLog {
    static final Path FILE = Path.of("target", "test-logs", "fuseki-requests.log");

    private RequestLog() {
    }

    static List<String> lines() {
        try {
            return Files.exists(FILE) ? Files.readAllLines(FILE, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
