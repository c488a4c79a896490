package org.sarhad.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The example SPARQL queries bundled under {@code queries/} on the classpath, shown on the landing page. */
public final class ExampleQueries {
    /** File names, in the order the landing page lists them. */
    public static final List<String> NAMES = List.of("incidents-by-border-and-year.rq", "seized-materiel-totals.rq",
        "claims-and-counter-claims.rq", "actors-and-alliances.rq", "incidents-within-km.rq", "gazetteer-population.rq");

    private ExampleQueries() {
    }

    public record Example(String name, String title, String sparql) {
    }

    public static List<Example> all() {
        return NAMES.stream().map(ExampleQueries::load).toList();
    }

    public static Example load(String name) {
        try (InputStream in = ExampleQueries.class.getClassLoader().getResourceAsStream("queries/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing example query queries/" + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String title = text.lines().findFirst().filter(l -> l.startsWith("#")).map(l -> l.substring(1).strip())
                .orElse(name);
            return new Example(name, title, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
