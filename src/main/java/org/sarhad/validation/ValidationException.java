package org.sarhad.validation;

import java.util.Objects;
import org.apache.jena.shacl.ValidationReport;

/** RDF that does not conform to the Sarhad shapes; carries the SHACL report. */
public class ValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ValidationReport report;

    public ValidationException(String message, ValidationReport report) {
        super(message);
        this.report = Objects.requireNonNull(report, "report");
    }

    public ValidationReport report() {
        return report;
    }
}
