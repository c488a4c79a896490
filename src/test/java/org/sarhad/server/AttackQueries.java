package org.sarhad.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The query files under src/test/resources/server/attacks/ (or another folder), each opening with
 * {@code # expect: STATUS}, or {@code # expect: STATUS or OTHER} when a loaded machine may reach the other first
 * (a refusal that needs a second of work can meet the timeout).
 */
record AttackQueries(String name, int expected, int orElse, String query) {
    private static final Pattern EXPECT = Pattern.compile("^# expect: (\\d{3})(?: or (\\d{3}))?");
    private static final String ATTACKS = "server/attacks";

    static List<AttackQueries> all() {
        return in(ATTACKS);
    }

    /** The queries of a resource folder, by name. */
    static List<AttackQueries> in(String folder) {
        try (Stream<Path> files = Files.list(directory(folder))) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().map(AttackQueries::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AttackQueries named(String file) {
        return read(directory(ATTACKS).resolve(file));
    }

    private static AttackQueries read(Path p) {
        try {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            Matcher m = EXPECT.matcher(text);
            if (!m.find()) {
                throw new IllegalStateException(p + " does not open with '# expect: STATUS'");
            }
            int expected = Integer.parseInt(m.group(1));
            return new AttackQueries(p.getFileName().toString(), expected,
                m.group(2) == null ? expected : Integer.parseInt(m.group(2)), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path directory(String folder) {
        URL url = AttackQueries.class.getClassLoader().getResource(folder);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean accepts(int status) {
        return status == expected || status == orElse;
    }

    @Override
    public String toString() {
        return name;
    }
}
