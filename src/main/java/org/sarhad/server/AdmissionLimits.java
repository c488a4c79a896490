package org.sarhad.server;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * How many queries may run at once.
 *
 * @param heavyQueries queries not judged light ({@link QueryCost}), at once
 * @param lightQueries light lookups at once
 * @param queriesPerClient queries of one client address at once
 * @param exemptClients addresses (literal or names) without the per-client cap
 */
public record AdmissionLimits(int heavyQueries, int lightQueries, int queriesPerClient, Collection<String> exemptClients) {
    public AdmissionLimits {
        exemptClients = Set.copyOf(exemptClients);
        if (heavyQueries < 1 || lightQueries < 1 || queriesPerClient < 1) {
            throw new IllegalStateException("Query slots must be at least 1 each, not heavy " + heavyQueries
                + ", light " + lightQueries + ", per client " + queriesPerClient + ".");
        }
    }

    /** Two heavy queries per core (each can hold one until the timeout), 16 light, 4 per client, none exempt. */
    public static AdmissionLimits defaults() {
        return new AdmissionLimits(Math.max(2, 2 * Runtime.getRuntime().availableProcessors()), 16, 4, List.of());
    }
}
