package org.sarhad.store;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * Keeps transactions from spanning a compaction. TDB2 5.6 switches a store to its new generation while read
 * transactions begun on the old one are still open; such a reader's later reads and its commit go to the new
 * generation, where it has no transaction ("Not in an active transaction"), its transaction on the old generation
 * never ends, and the compaction then waits for it forever (apache/jena#3488). Every transaction of the store passes
 * this gate; a compaction closes it, lets the transactions in flight finish, runs, and opens it again: readers and
 * writers wait during the copy and go on with the new generation.
 */
final class CompactionGate extends DatasetGraphWrapper {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ThreadLocal<Boolean> inside = ThreadLocal.withInitial(() -> Boolean.FALSE);

    CompactionGate(DatasetGraph dsg) {
        super(dsg);
    }

    @Override
    public void begin() {
        gated(() -> super.begin());
    }

    @Override
    public void begin(TxnType type) {
        gated(() -> super.begin(type));
    }

    @Override
    public void begin(ReadWrite mode) {
        gated(() -> super.begin(mode));
    }

    @Override
    public void commit() {
        try {
            super.commit();
        } finally {
            leaveIfEnded();
        }
    }

    @Override
    public void abort() {
        try {
            super.abort();
        } finally {
            leaveIfEnded();
        }
    }

    @Override
    public void end() {
        try {
            super.end();
        } finally {
            leaveIfEnded();
        }
    }

    /** Begins through the gate; a begin that fails leaves the gate as it was. */
    private void gated(Runnable begin) {
        boolean entered = enter();
        try {
            begin.run();
        } catch (RuntimeException | Error e) {
            leave(entered);
            throw e;
        }
    }

    /** Runs {@code action} while no transaction is open; transactions that begin meanwhile wait. */
    void exclusive(Runnable action) {
        if (inside.get()) {
            throw new IllegalStateException("cannot compact from inside a transaction on the same store");
        }
        lock.writeLock().lock();
        try {
            action.run();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** @return whether this call took the gate (false: the thread is already inside and begin will refuse) */
    private boolean enter() {
        if (inside.get()) {
            return false;
        }
        lock.readLock().lock();
        inside.set(Boolean.TRUE);
        return true;
    }

    private void leave(boolean entered) {
        if (entered) {
            inside.set(Boolean.FALSE);
            lock.readLock().unlock();
        }
    }

    private void leaveIfEnded() {
        if (inside.get() && !super.isInTransaction()) {
            leave(true);
        }
    }
}
