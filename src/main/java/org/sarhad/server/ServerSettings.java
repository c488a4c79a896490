package org.sarhad.server;

import java.time.Duration;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.sarhad.federation.ServiceAllowList;
import org.sarhad.iri.IriMinter;
import org.sarhad.server.limits.EvaluationLimits;

/** The checked configuration of one server, shared by its actions. */
public record ServerSettings(Dataset dataset, int port, IriMinter iris, Duration queryTimeout, int resultCap,
                             List<String> corsOrigins, ServiceAllowList serviceAllowList,
                             EvaluationLimits evaluationLimits, int maxRequestBytes,
                             AdmissionLimits admissionLimits) {
    public ServerSettings {
        corsOrigins = List.copyOf(corsOrigins);
    }
}
