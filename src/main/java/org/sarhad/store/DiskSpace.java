package org.sarhad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Refuses a write before it starts when the store's file system is nearly full. TDB2 writes through memory-mapped
 * files, and a mapped write that finds no space is a SIGBUS (a {@link InternalError} in the JVM, at an unpredictable
 * place), not an {@link IOException}; checking first keeps the failure clean. The floor is the system property
 * {@value #PROPERTY} (bytes, default {@value #DEFAULT_FLOOR}).
 */
final class DiskSpace {
    static final String PROPERTY = "sarhad.store.minFreeBytes";
    static final long DEFAULT_FLOOR = 64L << 20;

    private DiskSpace() {
    }

    /** Usable bytes on the file system of {@code dir}. */
    static long usable(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace();
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot read free space of " + dir + ": " + e.getMessage(), e);
        }
    }

    static void requireFree(Path dir) {
        requireFree(dir, 0);
    }

    /** As {@link #requireFree(Path)}, with room for {@code bytes} more above the floor (a second copy of the data). */
    static void requireFree(Path dir, long bytes) {
        long floor = Long.getLong(PROPERTY, DEFAULT_FLOOR) + bytes;
        long free = usable(dir);
        if (free < floor) {
            throw new StoreUnavailableException(String.format(java.util.Locale.ROOT,
                "store disk full: %.1f MB free at %s, at least %.1f MB needed (%s); nothing written",
                free / 1048576.0, dir, floor / 1048576.0, PROPERTY), null);
        }
    }
}
