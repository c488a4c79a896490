package org.sarhad.validation;

import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.validation.ReportEntry;
import org.sarhad.vocab.OntologyResources;

/**
 * Validates RDF against the Sarhad shapes ({@code shapes/sarhad-shapes.ttl}), parsed once and reused.
 *
 * <pre>
 * ShapeValidator validator = ShapeValidator.create();
 * ValidationReport report = validator.validate(articleWithReferenceAndOntology);
 * if (!report.conforms()) {
 *     throw new ValidationException(validator.describe(report), report);
 * }
 * </pre>
 *
 * The data graph must include the ontology graph (and the reference data an article points at): class targets
 * and {@code sh:class} follow {@code rdfs:subClassOf} in the data. The store's union graph does this; for a
 * stand-alone file, union it with {@link #ontologyGraph()}.
 */
public final class ShapeValidator {
    private final Shapes shapes;

    private ShapeValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** A validator with the bundled shapes. */
    public static ShapeValidator create() {
        Model model = ModelFactory.createDefaultModel();
        OntologyResources.read(model, OntologyResources.SHAPES);
        return new ShapeValidator(Shapes.parse(model.getGraph()));
    }

    /** A validator with the given shapes graph (for tests of other shapes). */
    public static ShapeValidator of(Graph shapesGraph) {
        return new ShapeValidator(Shapes.parse(Objects.requireNonNull(shapesGraph, "shapesGraph")));
    }

    /** A fresh copy of the ontology graph (ontology plus taxonomies), to union with stand-alone data. */
    public static Graph ontologyGraph() {
        return OntologyResources.ontologyModel().getGraph();
    }

    public Shapes shapes() {
        return shapes;
    }

    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, Objects.requireNonNull(data, "data"));
    }

    /**
     * Validates and throws {@link ValidationException} (with the report in words) when there is any result of
     * severity {@code sh:Violation}; warnings alone do not block. Returns the report (which may hold warnings).
     */
    public ValidationReport requireNoViolations(Graph data, String what) {
        ValidationReport report = validate(data);
        if (hasViolations(report)) {
            throw new ValidationException(what + " does not conform to the Sarhad shapes:\n" + describe(report), report);
        }
        return report;
    }

    /** Whether the report has a result of severity {@code sh:Violation} (such data must not be stored). */
    public static boolean hasViolations(ValidationReport report) {
        return report.getEntries().stream().anyMatch(e -> Severity.Violation.equals(e.severity()));
    }

    /** The report in words, one line per result: {@code focus <iri> path <p>: message (component)}. */
    public String describe(ValidationReport report) {
        if (report.conforms()) {
            return "conforms";
        }
        return report.getEntries().stream().map(ShapeValidator::line).sorted().collect(Collectors.joining("\n"));
    }

    private static String line(ReportEntry entry) {
        String severity = entry.severity().level().getLocalName();
        String path = entry.resultPath() == null ? "" : " path " + entry.resultPath();
        String component = entry.sourceConstraintComponent() == null ? "" : entry.sourceConstraintComponent().getLocalName();
        return severity + ": focus " + term(entry.focusNode()) + path + ": " + entry.message() + " (" + component + ")";
    }

    private static String term(Node node) {
        return node.isURI() ? "<" + node.getURI() + ">" : node.toString();
    }
}
