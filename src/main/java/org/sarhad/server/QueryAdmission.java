package org.sarhad.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * How many queries run at once: a few slots for heavy queries, more for light lookups (so a burst of heavy queries
 * never holds what an {@code ASK {}} needs), and at most a few at a time from one client address, except the
 * exempt addresses (a trusted proxy or the operator's own scripts). A query that finds no room is refused at once
 * rather than queued: a queue would hold the server's threads just as the running queries do.
 */
final class QueryAdmission {
    /** Seconds a refused client is told to wait: about what a heavy query takes to finish or time out. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final Semaphore heavy;
    private final Semaphore light;
    private final int perClient;
    private final Set<String> exempt;
    private final ConcurrentHashMap<String, AtomicInteger> running = new ConcurrentHashMap<>();

    QueryAdmission(AdmissionLimits limits) {
        this.heavy = new Semaphore(limits.heavyQueries());
        this.light = new Semaphore(limits.lightQueries());
        this.perClient = limits.queriesPerClient();
        this.exempt = limits.exemptClients().stream().map(QueryAdmission::canonical)
            .collect(Collectors.toUnmodifiableSet());
    }

    /** A held admission; closing it gives the room back. */
    interface Ticket extends AutoCloseable {
        @Override
        void close();
    }

    /** Room for one more query from {@code address}, or null when that client already runs its share. */
    Ticket client(String address) {
        String client = canonical(address);
        if (exempt.contains(client)) {
            return () -> { };
        }
        AtomicInteger count = running.computeIfAbsent(client, k -> new AtomicInteger());
        if (count.incrementAndGet() > perClient) {
            release(client, count);
            return null;
        }
        return () -> release(client, count);
    }

    /** A slot in the light or heavy class, or null when that class is full. */
    Ticket slot(boolean isLight) {
        Semaphore pool = isLight ? light : heavy;
        return pool.tryAcquire() ? pool::release : null;
    }

    private void release(String client, AtomicInteger count) {
        if (count.decrementAndGet() <= 0) {
            running.remove(client, count);
        }
    }

    static String canonical(String address) {
        try {
            return InetAddress.getByName(address).getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
