package org.sarhad.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** {@link SARHAD} and {@code ontology/*.ttl} declare the same terms, each with the same kind. */
class VocabularySyncTest {
    private static final Model ONTOLOGY = OntologyResources.ontologyModel();
    private static final Set<Resource> PROPERTY_TYPES =
            Set.of(OWL2.ObjectProperty, OWL2.DatatypeProperty, OWL2.AnnotationProperty);

    enum Kind { CLASS, PROPERTY, CONCEPT_SCHEME }

    @Test
    void everyConstantIsDeclaredWithItsKind() {
        Map<String, Kind> constants = constants();
        assertTrue(constants.size() > 90, "expected the SARHAD constants, found " + constants.size());
        Map<String, String> wrong = new TreeMap<>();
        constants.forEach((iri, kind) -> {
            Set<Kind> declared = declaredKinds(ONTOLOGY.createResource(iri));
            if (!declared.equals(Set.of(kind))) {
                wrong.put(iri, "constant is " + kind + ", ontology declares " + declared);
            }
        });
        assertEquals(Map.of(), wrong, "SARHAD constants not declared (or declared otherwise) in the ontology");
    }

    @Test
    void everyDeclaredTermHasAConstant() {
        Set<String> constants = constants().keySet();
        Set<String> missing = ONTOLOGY.listSubjects().toList().stream()
                .filter(Resource::isURIResource)
                .filter(r -> r.getURI().startsWith(SARHAD.NS))
                .filter(r -> !declaredKinds(r).isEmpty())
                .map(Resource::getURI)
                .filter(iri -> !constants.contains(iri))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing, "terms declared in the ontology without a SARHAD constant");
    }

    @Test
    void ontologyConstantNamesTheOntology() {
        assertTrue(ONTOLOGY.contains(SARHAD.ONTOLOGY, RDF.type, OWL2.Ontology), "SARHAD.ONTOLOGY is not the owl:Ontology");
    }

    private static Set<Kind> declaredKinds(Resource term) {
        Set<Kind> kinds = new TreeSet<>();
        if (term.hasProperty(RDF.type, OWL2.Class)) {
            kinds.add(Kind.CLASS);
        }
        if (PROPERTY_TYPES.stream().anyMatch(type -> term.hasProperty(RDF.type, type))) {
            kinds.add(Kind.PROPERTY);
        }
        if (term.hasProperty(RDF.type, SKOS.ConceptScheme) && term.hasProperty(RDF.type, OWL2.NamedIndividual)) {
            kinds.add(Kind.CONCEPT_SCHEME);
        }
        return kinds;
    }

    /** Public static Resource/Property constants in the ontology namespace, with the kind their Java type says. */
    private static Map<String, Kind> constants() {
        return Arrays.stream(SARHAD.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType()))
                .map(VocabularySyncTest::value)
                .filter(r -> r.getURI().startsWith(SARHAD.NS))
                .collect(Collectors.toMap(Resource::getURI, VocabularySyncTest::kindOf, (a, b) -> a, TreeMap::new));
    }

    private static Kind kindOf(Resource constant) {
        if (constant instanceof Property) {
            return Kind.PROPERTY;
        }
        return constant.getLocalName().endsWith("Scheme") ? Kind.CONCEPT_SCHEME : Kind.CLASS;
    }

    private static Resource value(Field field) {
        try {
            return (Resource) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read SARHAD." + field.getName(), e);
        }
    }
}
