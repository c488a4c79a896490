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

    /**
     * Heavy queries on all cores but one (at least one): each can keep a core busy until the timeout, and the core
     * left over is what keeps light requests fast. 16 light, 4 per client, none exempt.
     */
    public static AdmissionLimits defaults() {
        return new AdmissionLimits(Math.max(1, Runtime.getRuntime().availableProcessors() - 1), 16, 4, List.of());
    }
}
