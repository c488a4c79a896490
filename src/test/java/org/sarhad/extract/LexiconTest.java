package org.sarhad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.sarhad.extract.rules.Lexicon;
import org.sarhad.extract.rules.Triggers;
import org.sarhad.vocab.OntologyResources;

/** The extraction lexicon is well-formed SKOS and agrees with the taxonomies and the engine that reads it. */
class LexiconTest {
    private static final String STANCE_SCHEME = "https://w3id.org/sarhad/ontology#StanceScheme";

    @Test
    void cueConceptsPassTheTaxonomyQa() throws Exception {
        Model m = OntologyResources.ontologyModel();
        OntologyResources.read(m, "ontology/lexicon.ttl");
        String qa = Files.readString(Path.of("ontology", "qa", "taxonomy-concept-violation.rq"), StandardCharsets.UTF_8);
        List<String> errors = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.create(QueryFactory.create(qa), m)) {
            exec.execSelect().forEachRemaining(row -> {
                String message = row.getLiteral("message").getLexicalForm();
                if (message.startsWith("ERROR:")) {
                    errors.add(message);
                }
            });
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void theStanceTypeListsExactlyTheTaxonomysStances() {
        Model m = OntologyResources.ontologyModel();
        Set<String> taxonomy = m.listSubjectsWithProperty(SKOS.inScheme, m.createResource(STANCE_SCHEME))
                .mapWith(r -> r.getProperty(SKOS.notation).getString()).toSet().stream()
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> code = new TreeSet<>();
        for (Stance s : Stance.values()) {
            code.add(s.notation());
        }
        assertEquals(taxonomy, code);
    }

    @Test
    void everyTriggerKindHasPhrasesAndAPlaceInThePrecedence() {
        Lexicon lexicon = Lexicon.standard();
        for (Triggers.Kind k : Triggers.Kind.values()) {
            assertFalse(lexicon.phrases(k.key()).isEmpty(), k.key() + " has no trigger phrases");
            assertTrue(lexicon.precedence(k.key()) >= 0, k.key() + " is not in cue:trigger-precedence");
        }
    }

    @Test
    void reportingVerbsCarryTheirStanceAndUnknownCuesFailLoudly() {
        Lexicon lexicon = Lexicon.standard();
        assertEquals(Stance.ASSERTS, lexicon.reportingStance("say"));
        assertEquals(Stance.ACCUSES, lexicon.reportingStance("accuse"));
        assertEquals(Stance.DENIES, lexicon.reportingStance("deny"));
        assertEquals(Stance.REJECTS, lexicon.reportingStance("dismiss"));
        assertNotNull(lexicon.phrases("cue:killing"));
        assertThrows(IllegalArgumentException.class, () -> lexicon.is("no-such-cue", "say"));
    }
}
