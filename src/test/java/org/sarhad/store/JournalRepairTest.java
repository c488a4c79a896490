package org.sarhad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.Adler32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journal cut short by a crash loses only its uncommitted tail. */
class JournalRepairTest {
    @TempDir
    Path tmp;

    /** One journal entry in Jena's dboe layout: length, Adler-32 (computed with itself as 0), type, component. */
    private static byte[] entry(int type, byte[] data) {
        ByteBuffer h = ByteBuffer.allocate(16).putInt(data.length).putInt(0).putInt(type).putInt(7);
        Adler32 a = new Adler32();
        a.update(h.array());
        a.update(data);
        h.putInt(4, (int) a.getValue());
        byte[] out = Arrays.copyOf(h.array(), 16 + data.length);
        System.arraycopy(data, 0, out, 16, data.length);
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        ByteBuffer b = ByteBuffer.allocate(Arrays.stream(parts).mapToInt(p -> p.length).sum());
        for (byte[] p : parts) {
            b.put(p);
        }
        return b.array();
    }

    @Test
    void torn_entry_after_the_last_commit_is_dropped_committed_entries_kept() throws Exception {
        byte[] committed = concat(entry(1, new byte[] {1, 2, 3}), entry(3, new byte[0]));
        byte[] torn = Arrays.copyOf(entry(1, new byte[24]), 16);
        Path journal = Files.write(tmp.resolve("journal.jrnl"), concat(committed, entry(1, new byte[5]), torn));
        assertEquals(16 + 5 + 16, JournalRepair.truncateTornTail(journal));
        assertArrayEquals(committed, Files.readAllBytes(journal));
        assertEquals(0, JournalRepair.truncateTornTail(journal), "a journal ending on a COMMIT is left alone");
    }

    @Test
    void a_lone_partial_header_empties_the_journal() throws Exception {
        Path journal = Files.write(tmp.resolve("journal.jrnl"), Arrays.copyOf(entry(1, new byte[24]), 16));
        assertEquals(16, JournalRepair.truncateTornTail(journal));
        assertEquals(0, Files.size(journal));
    }
}
