package org.sarhad.linking;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.graph.GraphUtil;
import org.sarhad.pipeline.ArticleValidator;
import org.sarhad.validation.ShapeValidator;

/**
 * Validates a link graph or an event graph on its own (its subjects as focus nodes, with the ontology as context)
 * by the shapes of link decisions and events, so its cost stays that of the graph. A violation is a fault of the
 * linker, not of an article: it stops with the report in words.
 */
final class LinkValidator {
    private final ShapeValidator shapes = ShapeValidator.create();
    private final ArticleValidator validator;

    LinkValidator(Model ontology) {
        Graph context = GraphFactory.createGraphMem();
        GraphUtil.addInto(context, ontology.getGraph());
        this.validator = new ArticleValidator(shapes.shapes(), context);
    }

    Model check(Model graph) {
        ValidationReport report = validator.validate(graph.getGraph());
        if (ShapeValidator.hasViolations(report)) {
            throw new IllegalStateException("link graph violates the shapes:\n" + shapes.describe(report));
        }
        return graph;
    }
}
