package org.sarhad.gazetteer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The shared GeoNames extracts in ../shared/gazetteer (tests skip when they are absent). */
public final class GazetteerFiles {
    public static final Path DIR = Path.of("..", "shared", "gazetteer");
    public static final Path CITIES = DIR.resolve("cities500-central-south-asia.txt");
    public static final Path ADMIN1 = DIR.resolve("admin1CodesASCII-central-south-asia.txt");

    private GazetteerFiles() {
    }

    public static List<Path> require() {
        assumeTrue(Files.isRegularFile(CITIES) && Files.isRegularFile(ADMIN1),
            "GeoNames extracts not found in " + DIR.toAbsolutePath() + ": gazetteer tests skipped");
        return List.of(CITIES, ADMIN1);
    }

    /** The tab-separated columns of the row whose first column is {@code key}. */
    public static Optional<String[]> row(Path file, String key) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(l -> l.split("\t", -1))
                .filter(c -> c[0].equals(key)).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static long lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
