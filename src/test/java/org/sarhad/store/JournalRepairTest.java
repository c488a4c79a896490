package org.sarhad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.sys.Names;
import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntry;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntryType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journal cut short by a crash loses only its uncommitted tail; journals written by Jena's own writer. */
class JournalRepairTest {
    private static final ComponentId COMPONENT = ComponentId.alloc("test", UUID.randomUUID(), 1);

    @TempDir
    Path tmp;

    /** Writes entries with Jena's journal and returns the journal file. */
    private Path journal(JournalWriting writing) {
        Journal journal = Journal.create(Location.create(tmp));
        writing.write(journal);
        journal.sync();
        journal.close();
        return tmp.resolve(Names.journalFile);
    }

    private interface JournalWriting {
        void write(Journal journal);
    }

    private static void redo(Journal journal, int bytes) {
        journal.write(JournalEntryType.REDO, COMPONENT, ByteBuffer.allocate(bytes));
    }

    /** The entry types Jena reads back from the journal (it throws on a torn entry). */
    private List<JournalEntryType> readBack() {
        Journal journal = Journal.create(Location.create(tmp));
        try {
            List<JournalEntryType> types = new ArrayList<>();
            journal.entries().forEachRemaining(e -> types.add(e.getType()));
            return types;
        } finally {
            journal.close();
        }
    }

    @Test
    void a_committed_transaction_is_kept_for_jena_to_replay() throws Exception {
        Path file = journal(j -> {
            redo(j, 12);
            redo(j, 40);
            j.writeJournal(JournalEntry.COMMIT);
        });
        long size = Files.size(file);
        assertEquals(0, JournalRepair.truncateTornTail(file), "a journal ending on a COMMIT is left alone");
        assertEquals(size, Files.size(file));
        assertEquals(List.of(JournalEntryType.REDO, JournalEntryType.REDO, JournalEntryType.COMMIT), readBack());
    }

    @Test
    void torn_entry_after_the_last_commit_is_dropped_committed_entries_kept() throws Exception {
        long[] committed = new long[1];
        Path file = journal(j -> {
            redo(j, 12);
            j.writeJournal(JournalEntry.COMMIT);
            committed[0] = j.position();
            redo(j, 5);
        });
        long withUncommitted = Files.size(file);
        // Half an entry: a header announcing 24 bytes that never came.
        Files.write(file, ByteBuffer.allocate(16).putInt(24).array(), StandardOpenOption.APPEND);

        assertEquals(withUncommitted - committed[0] + 16, JournalRepair.truncateTornTail(file));
        assertEquals(committed[0], Files.size(file));
        assertEquals(List.of(JournalEntryType.REDO, JournalEntryType.COMMIT), readBack());
    }

    @Test
    void a_lone_partial_header_empties_the_journal() throws Exception {
        Path file = Files.write(tmp.resolve(Names.journalFile), ByteBuffer.allocate(16).putInt(24).array());
        assertEquals(16, JournalRepair.truncateTornTail(file));
        assertEquals(0, Files.size(file));
    }
}
