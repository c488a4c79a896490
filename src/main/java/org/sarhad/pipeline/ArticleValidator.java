package org.sarhad.pipeline;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

/**
 * SHACL for one article: only the article graph's own subjects are focus nodes, while the data graph is the
 * article unioned with the reference data and ontology (so {@code sh:class} and subclass targets resolve).
 * Reference entities were validated when the reference data was written; re-checking them per article would make
 * the cost grow with the reference data instead of with the article.
 */
public final class ArticleValidator {
    private final Shapes shapes;
    private final Graph context;

    public ArticleValidator(Shapes shapes, Graph context) {
        this.shapes = Objects.requireNonNull(shapes, "shapes");
        this.context = Objects.requireNonNull(context, "context");
    }

    public ValidationReport validate(Graph article) {
        Graph data = new MultiUnion(new Graph[] {article, context});
        Set<Node> focus = new LinkedHashSet<>();
        article.find().forEach((Triple t) -> focus.add(t.getSubject()));
        ValidationReport.Builder report = ValidationReport.create();
        ShaclValidator validator = ShaclValidator.get();
        for (Node n : focus) {
            validator.validate(shapes, data, n).getEntries().forEach(report::addReportEntry);
        }
        return report.build();
    }
}
