package org.sarhad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How many articles the inputs hold, for the progress bar's total: a {@code .jsonl} line each (blank lines
 * aside), one per {@code .json} or {@code .txt} file (a JSON array counts once: close enough for a bar). A pass
 * over the line breaks, far cheaper than extraction.
 */
final class ArticleCount {
    private ArticleCount() {
    }

    static long of(List<Path> paths) {
        long n = 0;
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    n += files.filter(Files::isRegularFile).mapToLong(ArticleCount::inFile).sum();
                } catch (IOException e) {
                    return 0;
                }
            } else {
                n += inFile(p);
            }
        }
        return n;
    }

    private static long inFile(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl")) {
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.ISO_8859_1)) {
                return r.lines().filter(l -> !l.isBlank()).count();
            } catch (IOException | java.io.UncheckedIOException e) {
                return 0;
            }
        }
        return name.endsWith(".json") || name.endsWith(".txt") ? 1 : 0;
    }
}
