package org.sarhad.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.junit.jupiter.api.Test;

/** The façade: reports in words, violations block, warnings do not, and validation stays cheap. */
class ShapeValidatorTest {
    private final ShapeValidator validator = ShapeValidator.create();

    @Test
    void describesEachResultAsFocusPathMessageAndComponent() {
        ValidationReport report = validator.validate(ShapeFixtures.dataGraph("IncidentShape/invalid/03-negative-fatalities.ttl"));
        assertEquals("Violation: focus <http://localhost:3030/id/incident/amu-kevron-i1> path "
                        + "<https://w3id.org/sarhad/ontology#fatalities>: "
                        + "An incident has at most one sarhad:fatalities, a non-negative xsd:integer."
                        + " (MinInclusiveConstraintComponent)",
                validator.describe(report));
    }

    @Test
    void violationsThrowWithTheReport() {
        Graph data = ShapeFixtures.dataGraph("ClaimShape/invalid/01-quote-not-in-text.ttl");
        ValidationException e = assertThrows(ValidationException.class, () -> validator.requireNoViolations(data, "article x"));
        assertFalse(e.report().conforms());
        assertTrue(e.getMessage().startsWith("article x does not conform"), e.getMessage());
        assertTrue(e.getMessage().contains("does not occur in the text of its source article"), e.getMessage());
    }

    @Test
    void warningsAloneDoNotBlock() {
        Graph data = ShapeFixtures.dataGraph("ArticleShape/invalid/04-no-outlet.ttl");
        ValidationReport report = validator.requireNoViolations(data, "article without outlet");
        assertFalse(report.conforms(), "the warning is still reported");
        assertFalse(ShapeValidator.hasViolations(report));
    }

    /** Checked once per article (one SPARQL query, not one per span), the result still names the span. */
    @Test
    void evidenceNotQuotingItsOffsetsIsAWarningOnTheArticleNamingTheSpan() {
        ValidationReport report = validator.validate(
                ShapeFixtures.dataGraph("ArticleShape/invalid/05-evidence-exact-not-at-offsets.ttl"));
        assertEquals(1, report.getEntries().size(), validator.describe(report));
        ReportEntry entry = report.getEntries().iterator().next();
        assertEquals("http://localhost:3030/id/article/amu-kevron", entry.focusNode().getURI());
        assertEquals("http://localhost:3030/id/incident/amu-kevron-i1/evidence1", entry.value().getURI());
        assertEquals("Text evidence <http://localhost:3030/id/incident/amu-kevron-i1/evidence1>: oa:exact is not"
                + " the article's text between oa:start and oa:end.", entry.message());
        assertFalse(ShapeValidator.hasViolations(report), "a warning only");
    }

    @Test
    void conformingDataIsDescribedAsSuch() {
        ValidationReport report = validator.validate(ShapeFixtures.dataGraph("ClaimShape/valid/02-rejection-responding.ttl"));
        assertEquals("conforms", validator.describe(report));
    }

    /** One article with incident and claims, plus the ontology: validation must stay in the millisecond range. */
    @Test
    void validatingOneArticleIsCheap() {
        Graph data = ShapeFixtures.dataGraph("ClaimShape/valid/02-rejection-responding.ttl");
        long[] micros = new long[300];
        for (int i = 0; i < micros.length; i++) {
            long start = System.nanoTime();
            assertTrue(validator.validate(data).conforms());
            micros[i] = (System.nanoTime() - start) / 1000;
        }
        Arrays.sort(micros);
        long median = micros[micros.length / 2];
        System.out.println("ShapeValidator: median " + median + " us per validation of one article graph with the ontology");
        assertTrue(median < 100_000, "median validation took " + median + " us");
    }
}
