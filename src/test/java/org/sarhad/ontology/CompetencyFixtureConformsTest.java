package org.sarhad.ontology;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sarhad.validation.ShapeValidator;
import org.sarhad.vocab.OntologyResources;

/** Each graph of the competency-question fixture conforms, validated as the store does: with reference and ontology. */
class CompetencyFixtureConformsTest {
    private static final String REFERENCE = "http://localhost:3030/graph/reference";
    private static final Dataset FIXTURE =
            RDFDataMgr.loadDataset(CompetencyQuestionTest.CQ_DIR.resolve("fixture.trig").toString());
    private static final ShapeValidator VALIDATOR = ShapeValidator.create();

    static List<String> graphs() {
        List<String> names = new ArrayList<>();
        FIXTURE.listModelNames().forEachRemaining(r -> names.add(r.getURI()));
        names.sort(null);
        assertTrue(names.size() >= 4 && names.contains(REFERENCE), "expected the reference and article graphs: " + names);
        return names;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void graphConformsWithReferenceAndOntology(String graph) {
        Model data = ModelFactory.createDefaultModel().add(OntologyResources.ontologyModel())
                .add(FIXTURE.getNamedModel(REFERENCE)).add(FIXTURE.getNamedModel(graph));
        Graph union = data.getGraph();
        ValidationReport report = VALIDATOR.validate(union);
        assertTrue(report.conforms(), () -> graph + ":\n" + VALIDATOR.describe(report));
    }

}
