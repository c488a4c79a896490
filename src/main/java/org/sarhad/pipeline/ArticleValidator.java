package org.sarhad.pipeline;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.system.G;

/**
 * SHACL for one article: only the article graph's own subjects are focus nodes, while the data graph is the
 * article unioned with the reference data and ontology (so {@code sh:class} and subclass targets resolve).
 * Reference entities were validated when the reference data was written; re-checking them per article would make
 * the cost grow with the reference data instead of with the article.
 *
 * <p>The context is read live (a change to it shows in the next validation). Pass one plain graph rather than
 * nested unions: every SHACL lookup through a union searches each part and removes duplicates, which made validation
 * 1.5-2.5x slower ({@link Components} passes one copy of its reference data and ontology). Safe for concurrent
 * use while nobody writes to the context: the validator only reads the shapes and the context.
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
        // What ShaclValidator.validate(shapes, data, node) does per node, with one context for the whole article
        // instead of a new one (and a new report) per focus node.
        ValidationContext vCxt = ValidationContext.create(shapes, data);
        FocusTest focusTest = new FocusTest(data);
        for (Node n : focus) {
            Set<Node> types = G.typesOfNodeAsSet(data, n);
            for (Shape shape : shapes.getTargetShapes()) {
                if (focusTest.isFocus(shape, n, types)) {
                    VLib.validateShape(vCxt, data, shape, n);
                }
            }
        }
        return vCxt.generateReport();
    }

    /**
     * {@link VLib#isFocusNode} with each target class's subclass closure computed once per article instead of once
     * per (node, shape): that closure walk was a quarter of the validation time. Same answers, same live context.
     */
    private static final class FocusTest {
        private final Graph data;
        private final Map<Node, Set<Node>> subClasses = new HashMap<>();

        FocusTest(Graph data) {
            this.data = data;
        }

        boolean isFocus(Shape shape, Node n, Set<Node> types) {
            for (Target target : shape.getTargets()) {
                boolean hit = switch (target.getTargetType()) {
                    case targetClass, implicitClass -> !Collections.disjoint(types, subClassesOf(target.getObject()));
                    default -> VLib.isFocusNode(target, n, data);
                };
                if (hit) {
                    return true;
                }
            }
            return false;
        }

        private Set<Node> subClassesOf(Node c) {
            // G.listSubClasses is reflexive and transitive, as G.isOfType (behind VLib.isFocusNode) uses it.
            return subClasses.computeIfAbsent(c, k -> Set.copyOf(G.listSubClasses(data, k)));
        }
    }
}
