package org.sarhad.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;
import org.sarhad.vocab.OntologyResources;
import org.sarhad.vocab.SARHAD;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.io.RDFParserMetaData;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/** The ontology and its taxonomies, taken together, are OWL 2 DL, consistent, and every class is satisfiable. */
class OntologyProfileTest {

    @Test
    void ontologyIsInOwl2DlProfile() throws OWLOntologyCreationException {
        OWLProfileReport report = new OWL2DLProfile().checkOntology(toOwlApi(OntologyResources.ontologyModel()));
        assertTrue(report.isInProfile(), () -> "OWL 2 DL violations:\n" + describe(report.getViolations()));
    }

    /** Every triple maps to an OWL axiom or annotation: nothing is left over as an untyped or misused term. */
    @Test
    void everyTripleParsesIntoOwl() throws OWLOntologyCreationException {
        OWLOntology ontology = toOwlApi(OntologyResources.ontologyModel());
        RDFParserMetaData metaData = (RDFParserMetaData) ontology.getOWLOntologyManager().getOntologyFormat(ontology)
                .getOntologyLoaderMetaData().orElseThrow();
        List<String> unparsed = metaData.getUnparsedTriples().map(Object::toString).collect(Collectors.toList());
        assertEquals(List.of(), unparsed, "triples OWL API could not turn into axioms");
    }

    @Test
    void ontologyIsConsistentAndAllClassesAreSatisfiable() throws OWLOntologyCreationException {
        OWLOntology ontology = toOwlApi(OntologyResources.ontologyModel());
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology);
        try {
            assertTrue(reasoner.isConsistent(), "the ontology is inconsistent");
            Set<OWLClass> unsatisfiable = reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom();
            assertEquals(Set.of(), unsatisfiable, "unsatisfiable classes");
            assertTrue(ontology.classesInSignature().count() > 30, "expected the Sarhad classes in the signature");
        } finally {
            reasoner.dispose();
        }
    }

    /** Why date properties have the range rdfs:Literal: the profile checker rejects xsd:gYear. */
    @Test
    void gYearRangeWouldLeaveTheDlProfile() throws OWLOntologyCreationException {
        Model model = OntologyResources.ontologyModel();
        model.add(SARHAD.date, RDFS.range, XSD.gYear);
        OWLProfileReport report = new OWL2DLProfile().checkOntology(toOwlApi(model));
        assertFalse(report.isInProfile(), "xsd:gYear is outside the OWL 2 datatype map and must be reported");
    }

    /** The disjointness axioms have teeth: a class below two disjoint classes is found unsatisfiable. */
    @Test
    void reasonerFindsAClassBelowDisjointClasses() throws OWLOntologyCreationException {
        Model model = OntologyResources.ontologyModel();
        var hybrid = ResourceFactory.createResource(SARHAD.NS + "IncidentClaimHybrid");
        model.add(hybrid, RDF.type, OWL2.Class);
        model.add(hybrid, RDFS.subClassOf, SARHAD.Incident);
        model.add(hybrid, RDFS.subClassOf, SARHAD.Claim);
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(toOwlApi(model));
        try {
            List<String> unsatisfiable = reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom().stream()
                    .map(c -> c.getIRI().toString()).collect(Collectors.toList());
            assertEquals(List.of(hybrid.getURI()), unsatisfiable);
        } finally {
            reasoner.dispose();
        }
    }

    private static OWLOntology toOwlApi(Model model) throws OWLOntologyCreationException {
        StringWriter turtle = new StringWriter();
        RDFDataMgr.write(turtle, model, Lang.TURTLE);
        return OWLManager.createOWLOntologyManager()
                .loadOntologyFromOntologyDocument(new StringDocumentSource(turtle.toString()));
    }

    private static String describe(List<OWLProfileViolation> violations) {
        return violations.stream().map(Object::toString).collect(Collectors.joining("\n"));
    }
}
