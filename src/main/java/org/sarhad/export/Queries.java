package org.sarhad.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** SPARQL queries shipped as classpath resources under {@code queries/}. */
public final class Queries {
    private Queries() {
    }

    public static String load(String name) {
        try (InputStream in = Queries.class.getResourceAsStream("/queries/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing query resource queries/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
