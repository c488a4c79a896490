package org.sarhad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file next to the text index that exists while a write transaction may have reached TDB2 but not yet the Lucene
 * index. jena-text commits TDB2 first and the index second; a process killed between the two leaves the index
 * behind the data. The marker survives such a kill, and the next open rebuilds the index from TDB2.
 */
final class PendingIndexMarker {
    private final Path file;

    private PendingIndexMarker(Path file) {
        this.file = file;
    }

    static PendingIndexMarker forIndex(Path indexDir) {
        return new PendingIndexMarker(indexDir.resolveSibling(indexDir.getFileName() + ".pending"));
    }

    boolean isSet() {
        return Files.exists(file);
    }

    void set() {
        try {
            Files.write(file, new byte[0]);
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot delete " + file + ": " + e.getMessage(), e);
        }
    }
}
