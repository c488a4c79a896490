package org.sarhad.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * R3: TDB2's bulk loaders other than {@code basic} (phased, parallel, light) are made for empty databases and do not
 * keep a live database consistent if they fail part way, so the application never uses a TDB2 loader at all: every
 * write (ingest, restore) is an ordinary write transaction. This scan keeps it that way.
 */
class LoaderSafetyTest {
    static final Path MAIN = Path.of("src", "main", "java");
    /** A TDB2 bulk loader in any form: package, factory, the loader classes, or the command-line loaders. */
    static final Pattern BULK_LOADER = Pattern.compile(
        "tdb2\\.loader|LoaderFactory|Loader(Parallel|Phased|Light|Main|Basic)\\b|tdb2\\.(tdb|x)loader");

    @Test
    void no_bulk_loader_can_reach_a_live_store_from_main_code() throws IOException {
        List<String> uses = new ArrayList<>();
        int files = 0;
        try (Stream<Path> all = Files.walk(MAIN)) {
            for (Path f : (Iterable<Path>) all.filter(p -> p.toString().endsWith(".java"))::iterator) {
                files++;
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (BULK_LOADER.matcher(lines.get(i)).find()) {
                        uses.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertTrue(files > 50, "scanned the main sources (" + files + " files under " + MAIN + ")");
        assertEquals(List.of(), uses, "TDB2 bulk loader used in main code; load in a write transaction instead");
    }

    @Test
    void the_scan_recognises_each_form_of_a_bulk_loader() {
        for (String line : List.of("import org.apache.jena.tdb2.loader.LoaderFactory;",
            "DataLoader l = org.apache.jena.tdb2.loader.LoaderFactory.parallelLoader(dsg, out);",
            "new LoaderParallel(dsg, graph, output)", "LoaderPhased loader;", "tdb2.tdbloader.main(args);",
            "tdb2.xloader")) {
            assertTrue(BULK_LOADER.matcher(line).find(), line);
        }
        assertFalse(BULK_LOADER.matcher("Txn.executeWrite(dsg, () -> RDFParser.source(in).parse(dsg));").find());
    }
}
