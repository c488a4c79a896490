package org.sarhad.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sarhad.vocab.OntologyResources;

/**
 * Runs every {@code ontology/qa/*-violation.rq} over the ontology, taxonomies and shapes: any ERROR row fails.
 * The same queries run over deliberately broken fixtures must report errors, so no rule passes vacuously.
 */
class OntologyQaTest {
    private static final Path QA_DIR = Path.of("ontology", "qa");
    private static final Path BROKEN = Path.of("src", "test", "resources", "ontology", "qa");
    private static final Set<String> REQUIRED_RULES = Set.of("missing-label", "missing-comment", "comment-period",
            "label-capitalisation", "dc-elements", "domain-range", "undeclared-term", "ontology-header",
            "taxonomy-concept");
    private static final Model ONTOLOGY = OntologyResources.ontologyModel();

    static Stream<String> queries() throws IOException {
        try (Stream<Path> files = Files.list(QA_DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("-violation.rq")).sorted()
                    .collect(Collectors.toList()).stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void ontologyAndShapesPass(String file) throws IOException {
        List<String> rows = run(file, scopeOf(file).contains("shapes") ? ontologyAndShapes() : ONTOLOGY);
        rows.stream().filter(r -> r.startsWith("WARN:")).forEach(r -> System.out.println(file + ": " + r));
        List<String> errors = rows.stream().filter(r -> r.startsWith("ERROR:")).collect(Collectors.toList());
        assertEquals(List.of(), errors, file + " reports errors");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void brokenOntologyIsCaught(String file) throws IOException {
        Model broken = RDFDataMgr.loadModel(BROKEN.resolve("broken-ontology.ttl").toString());
        List<String> rows = run(file, broken);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("ERROR:")), file + " missed the broken fixture: " + rows);
    }

    @Test
    void shapeOnUndeclaredPropertyIsCaught() throws IOException {
        Model model = OntologyResources.ontologyModel();
        RDFDataMgr.read(model, BROKEN.resolve("broken-shapes.ttl").toString());
        assertEquals(List.of("ERROR: https://w3id.org/sarhad/ontology#notInOntology is used but not declared in the ontology"),
                run("undeclared-term-violation.rq", model));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void queryHasBannerAndMessageColumn(String file) throws IOException {
        String text = Files.readString(QA_DIR.resolve(file), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# banner: "), file + " must start with a '# banner: ' line");
        assertTrue(scopeOf(file).startsWith("ontology"), file + " must state '# scope: ontology[, shapes]' on line 2");
        Query query = QueryFactory.create(text);
        assertEquals(List.of("message"), query.getResultVars(), file + " must project exactly ?message");
    }

    @Test
    void everyRequiredRuleHasAQuery() throws IOException {
        Set<String> rules = queries().map(n -> n.replace("-violation.rq", "")).collect(Collectors.toSet());
        assertTrue(rules.containsAll(REQUIRED_RULES), "missing QA rules, have " + rules);
        assertFalse(rules.isEmpty());
    }

    /** The second line, {@code # scope: ontology} or {@code # scope: ontology, shapes}, says what a rule runs over. */
    private static String scopeOf(String file) throws IOException {
        List<String> lines = Files.readAllLines(QA_DIR.resolve(file), StandardCharsets.UTF_8);
        return lines.size() > 1 && lines.get(1).startsWith("# scope: ") ? lines.get(1).substring(9) : "";
    }

    /** The ontology graph (ontology plus taxonomies) together with the shapes. */
    private static Model ontologyAndShapes() {
        Model model = OntologyResources.ontologyModel();
        OntologyResources.read(model, OntologyResources.SHAPES);
        return model;
    }

    /** The ?message column of every row {@code file} returns over {@code model}. */
    static List<String> run(String file, Model model) throws IOException {
        Query query = QueryFactory.create(Files.readString(QA_DIR.resolve(file), StandardCharsets.UTF_8));
        try (QueryExecution exec = QueryExecution.create(query, model)) {
            List<String> messages = new ArrayList<>();
            exec.execSelect().forEachRemaining(row -> messages.add(row.contains("message")
                    ? row.getLiteral("message").getLexicalForm()
                    : "ERROR: " + file + " returned a row without ?message: " + row));
            return messages;
        }
    }
}
