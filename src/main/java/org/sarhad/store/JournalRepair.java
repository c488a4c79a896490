package org.sarhad.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Adler32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops a torn, uncommitted tail from TDB2 journals before the store is opened. A process killed while writing a
 * journal entry leaves a partial entry after the last COMMIT; Jena's recovery replays committed transactions but
 * refuses to open a journal whose last entry is cut short ("Failed to read the journal entry data"). Everything after
 * the last complete COMMIT belongs to a transaction that never committed, so cutting it loses nothing acknowledged.
 * Runs only when no live process holds the store's lock.
 *
 * <p>A journal that ends on a COMMIT is left alone: that transaction committed but the process died while applying
 * it to the index files, and Jena's recovery must replay it, or the indexes disagree (some hold the transaction's
 * quads, others not).
 */
final class JournalRepair {
    private static final Logger LOG = LoggerFactory.getLogger(JournalRepair.class);
    /** Jena dboe journal entry header: length, Adler-32 checksum, entry type, component id (4 bytes each). */
    private static final int HEADER = 16;
    private static final int COMMIT = 3;
    private static final int NO_PAYLOAD = -1;

    private JournalRepair() {
    }

    static void repair(Path storeDir) {
        if (heldByLiveProcess(storeDir.resolve("tdb.lock"))) {
            return;
        }
        try (Stream<Path> s = Files.list(storeDir)) {
            List<Path> generations = s.filter(p -> p.getFileName().toString().startsWith("Data-")).toList();
            for (Path data : generations) {
                Path journal = data.resolve("journal.jrnl");
                if (Files.isRegularFile(journal)) {
                    truncateTornTail(journal);
                }
            }
            if (generations.size() == 1 && creationInterrupted(generations.get(0))) {
                LOG.warn("store {}: its creation was interrupted before any commit; creating it afresh", storeDir);
                deleteTree(generations.get(0));
            }
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot inspect store " + storeDir + ": " + e.getMessage(), e);
        }
    }

    /** @return bytes cut from the end of {@code journal} (0 when it ends on a complete COMMIT or is empty) */
    static long truncateTornTail(Path journal) throws IOException {
        try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            long pos = 0;
            long lastCommitEnd = 0;
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            while (pos + HEADER <= size) {
                header.clear();
                ch.read(header, pos);
                // Entries without a payload (COMMIT, ABORT) record their length as -1, not 0.
                int recorded = header.getInt(0);
                int len = Math.max(0, recorded);
                if (recorded < NO_PAYLOAD || pos + HEADER + len > size) {
                    break;
                }
                ByteBuffer data = ByteBuffer.allocate(len);
                ch.read(data, pos + HEADER);
                if (!checksumAgrees(header, data)) {
                    break;
                }
                pos += HEADER + len;
                if (header.getInt(8) == COMMIT) {
                    lastCommitEnd = pos;
                }
            }
            long cut = size - lastCommitEnd;
            if (cut > 0) {
                ch.truncate(lastCommitEnd);
                ch.force(true);
                LOG.warn("{}: dropped {} bytes of an uncommitted, torn journal tail left by a crash", journal, cut);
            }
            return cut;
        }
    }

    private static boolean checksumAgrees(ByteBuffer header, ByteBuffer data) {
        byte[] h = header.array().clone();
        int stored = ByteBuffer.wrap(h).getInt(4);
        ByteBuffer.wrap(h).putInt(4, 0);
        Adler32 adler = new Adler32();
        adler.update(h);
        adler.update(data.array());
        return (int) adler.getValue() == stored;
    }

    /**
     * TDB2 creates a store's files one by one when it first opens it (the prefix table last) and commits nothing
     * before all exist: a sole generation with an empty journal and a missing or empty index file was killed while
     * being created, holds no data, and cannot be opened.
     */
    static boolean creationInterrupted(Path generation) throws IOException {
        Path journal = generation.resolve("journal.jrnl");
        if (Files.isRegularFile(journal) && Files.size(journal) > 0) {
            return false;
        }
        if (!Files.isRegularFile(generation.resolve("prefixes.idn"))) {
            return true;
        }
        try (Stream<Path> files = Files.list(generation)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".idn")).toList()) {
                if (Files.size(f) == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static boolean heldByLiveProcess(Path lock) {
        try {
            List<String> lines = Files.exists(lock) ? Files.readAllLines(lock, StandardCharsets.UTF_8) : List.of();
            if (lines.isEmpty() || lines.get(0).isBlank()) {
                return false;
            }
            long pid = Long.parseLong(lines.get(0).strip());
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return true;
        }
    }
}
