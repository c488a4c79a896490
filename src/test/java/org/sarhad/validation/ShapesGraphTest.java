package org.sarhad.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.sarhad.vocab.OntologyResources;
import org.sarhad.vocab.SARHAD;

/** The shapes graph itself: it parses, documents every shape and constraint, and agrees with the taxonomies. */
class ShapesGraphTest {
    private static final Model SHAPES = shapesModel();

    static Model shapesModel() {
        Model model = ModelFactory.createDefaultModel();
        OntologyResources.read(model, OntologyResources.SHAPES);
        return model;
    }

    /** Local names of the node shapes, such as {@code IncidentShape}. */
    static Set<String> nodeShapeNames() {
        return SHAPES.listSubjectsWithProperty(RDF.type, SHACLM.NodeShape).toList().stream()
                .map(Resource::getLocalName).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void shapesParse() {
        Shapes shapes = Shapes.parse(SHAPES.getGraph());
        assertTrue(shapes.numShapes() >= 14, "expected the node shapes, parsed " + shapes.numShapes());
        assertTrue(nodeShapeNames().containsAll(Set.of("ArticleShape", "IncidentShape", "ParticipationShape",
                "SeizedItemShape", "TextEvidenceShape", "ClaimShape", "ActorShape", "PlaceShape", "BorderShape")));
    }

    @Test
    void everyPropertyShapeAndSparqlConstraintHasAMessage() {
        List<String> silent = SHAPES.listObjectsOfProperty(SHACLM.property).toList().stream()
                .map(RDFNode::asResource).filter(p -> !p.hasProperty(SHACLM.message) && !onlySparql(p))
                .map(p -> "property shape on " + p.getPropertyResourceValue(SHACLM.path)).collect(Collectors.toList());
        SHAPES.listObjectsOfProperty(SHACLM.sparql).toList().stream().map(RDFNode::asResource)
                .filter(c -> !c.hasProperty(SHACLM.message)).forEach(c -> silent.add("SPARQL constraint " + c));
        assertEquals(List.of(), silent, "constraints without sh:message");
    }

    /** A property shape whose constraints are all SPARQL ones speaks through their (templated) messages. */
    private static boolean onlySparql(Resource propertyShape) {
        return propertyShape.hasProperty(SHACLM.sparql) && propertyShape.listProperties().toList().stream()
                .map(st -> st.getPredicate()).allMatch(p -> p.equals(SHACLM.path) || p.equals(SHACLM.severity)
                        || p.equals(SHACLM.sparql));
    }

    @Test
    void everyNodeShapeHasLabelCommentAndATarget() {
        List<String> missing = SHAPES.listSubjectsWithProperty(RDF.type, SHACLM.NodeShape).toList().stream()
                .filter(s -> !s.hasProperty(RDFS.label) || !s.hasProperty(RDFS.comment)
                        || !(s.hasProperty(SHACLM.targetClass) || s.hasProperty(SHACLM.targetSubjectsOf)))
                .map(Resource::getLocalName).collect(Collectors.toList());
        assertEquals(List.of(), missing, "node shapes without rdfs:label, rdfs:comment or target");
    }

    /** Shapes named after their class: sarhad:IncidentShape targets sarhad:Incident. */
    @Test
    void classShapesAreNamedAfterTheirClass() {
        Map<String, String> misnamed = new TreeMap<>();
        SHAPES.listStatements(null, SHACLM.targetClass, (RDFNode) null).forEachRemaining(s -> {
            String expected = s.getObject().asResource().getLocalName() + "Shape";
            if (!s.getSubject().getLocalName().equals(expected)) {
                misnamed.put(s.getSubject().getLocalName(), expected);
            }
        });
        assertEquals(Map.of(), misnamed);
    }

    /** The sh:in lists are exactly the concepts of their SKOS scheme, so shapes and taxonomies cannot drift. */
    @Test
    void shInListsEqualTheSchemes() {
        Model ontology = OntologyResources.ontologyModel();
        Map<Resource, Resource> schemeOf = Map.of(SARHAD.incidentType, SARHAD.IncidentTypeScheme,
                SARHAD.stance, SARHAD.StanceScheme, SARHAD.role, SARHAD.ParticipantRoleScheme,
                SARHAD.datePrecision, SARHAD.DatePrecisionScheme, SARHAD.placePrecision, SARHAD.PlacePrecisionScheme);
        schemeOf.forEach((path, scheme) -> {
            Set<String> concepts = ontology.listSubjectsWithProperty(SKOS.inScheme, scheme).toList().stream()
                    .map(Resource::getURI).collect(Collectors.toCollection(TreeSet::new));
            List<Resource> shapes = SHAPES.listSubjectsWithProperty(SHACLM.path, path).toList().stream()
                    .filter(shape -> shape.hasProperty(SHACLM.in)).collect(Collectors.toList());
            assertEquals(1, shapes.size(), "one sh:in property shape on " + path);
            Set<String> allowed = shapes.get(0).getPropertyResourceValue(SHACLM.in).as(RDFList.class).asJavaList()
                    .stream().map(n -> n.asResource().getURI()).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(concepts, allowed, "sh:in on " + path + " vs " + scheme);
        });
    }
}
