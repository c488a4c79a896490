package org.sarhad.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.sarhad.article.ArticleSources;
import org.sarhad.validation.ShapeValidator;
import org.sarhad.vocab.SARHAD;

/** Per-article SHACL reads its context live: removing a reference place an incident points at is a violation. */
class ArticleValidatorTest {
    @Test
    void a_change_to_the_context_shows_in_the_next_validation() {
        Components c = Components.create("http://localhost:3030/");
        List<Graph> graphs = new ArrayList<>();
        ArticleSources.read(List.of(Path.of("data/demo")), r -> graphs.add(c.pipeline().process(r.article()).graph().getGraph()));
        Graph article = graphs.get(0);
        Graph context = GraphFactory.createGraphMem();
        GraphUtil.addInto(context, ModelFactory.createUnion(c.reference(), c.ontology()).getGraph());
        ArticleValidator validator = new ArticleValidator(c.validator().shapes(), context);
        assertFalse(ShapeValidator.hasViolations(validator.validate(article)));

        Node place = article.find(Node.ANY, SARHAD.place.asNode(), Node.ANY).mapWith(Triple::getObject)
            .filterKeep(p -> context.contains(p, RDF.type.asNode(), Node.ANY)).next();
        context.find(place, RDF.type.asNode(), Node.ANY).toList().forEach(context::delete);

        ValidationReport after = validator.validate(article);
        assertTrue(ShapeValidator.hasViolations(after), "the incident's place is no longer a sarhad:Place");
        String placePath = "<" + SARHAD.place.getURI() + ">";
        assertTrue(after.getEntries().stream().anyMatch(e -> placePath.equals(String.valueOf(e.resultPath()))),
            after.getEntries().toString());
    }
}
