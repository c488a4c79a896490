package org.sarhad.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/** Copies of the bundled demo article under distinct ids, as a {@code .jsonl} batch: a corpus of any size. */
public final class DemoCopies {
    public static final Path DEMO = Path.of("data", "demo", "amu-tajik-kevron-2023.json");

    private DemoCopies() {
    }

    /** Writes {@code n} copies with ids {@code prefix-0 .. prefix-(n-1)} to {@code file}; returns the ids. */
    public static List<String> write(Path file, String prefix, int n) throws IOException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(prefix + "-" + i);
        }
        return write(file, ids);
    }

    /** Writes one copy per id to {@code file}; returns the ids. */
    public static List<String> write(Path file, List<String> ids) throws IOException {
        JsonObject demo = JSON.read(DEMO.toString());
        StringBuilder lines = new StringBuilder();
        for (String id : ids) {
            demo.put("id", id);
            lines.append(JSON.toStringFlat(demo)).append('\n');
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        return ids;
    }
}
