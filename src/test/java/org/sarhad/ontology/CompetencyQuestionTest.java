package org.sarhad.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sarhad.vocab.OntologyResources;

/**
 * Each {@code ontology/cq/cqNN-*.rq} over the fixture (one named graph per article plus the reference graph)
 * and the ontology graph, in an in-memory TDB2 dataset with the union default graph, as the store runs it;
 * results must equal {@code cqNN.srj} (in order when the query has ORDER BY). {@code -Dcq.update=true}
 * rewrites the expected files (review the diff before committing).
 */
class CompetencyQuestionTest {
    static final Path CQ_DIR = Path.of("ontology", "cq");
    private static final boolean UPDATE = Boolean.getBoolean("cq.update");
    private static Dataset dataset;

    @BeforeAll
    static void load() {
        dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dataset, () -> {
            RDFDataMgr.read(dataset, CQ_DIR.resolve("fixture.trig").toString());
            dataset.getNamedModel("http://localhost:3030/graph/ontology").add(OntologyResources.ontologyModel());
        });
    }

    @AfterAll
    static void close() {
        dataset.close();
    }

    static List<String> questions() throws IOException {
        try (Stream<Path> files = Files.list(CQ_DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("cq\\d\\d-.*\\.rq")).sorted()
                    .collect(Collectors.toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void answerMatchesExpectation(String file) throws IOException {
        Query query = QueryFactory.create(Files.readString(CQ_DIR.resolve(file), StandardCharsets.UTF_8));
        Path expectedFile = CQ_DIR.resolve(file.substring(0, 4) + ".srj");
        dataset.begin(TxnType.READ);
        try (QueryExecution exec = QueryExecution.create(query, dataset)) {
            ResultSetRewindable actual = ResultSetFactory.makeRewindable(exec.execSelect());
            if (UPDATE) {
                try (OutputStream out = Files.newOutputStream(expectedFile)) {
                    ResultSetMgr.write(out, actual, ResultSetLang.RS_JSON);
                }
                actual.reset();
            }
            ResultSetRewindable expected = ResultSetFactory.makeRewindable(ResultSetMgr.read(expectedFile.toString()));
            assertTrue(expected.size() > 0, file + ": an expected answer must not be empty");
            boolean same = query.hasOrderBy() ? ResultsCompare.equalsByTermAndOrder(expected, actual)
                    : ResultsCompare.equalsByTerm(expected, actual);
            expected.reset();
            actual.reset();
            assertTrue(same, () -> file + " answers differ.\nExpected:\n" + ResultSetFormatter.asText(expected)
                    + "\nActual:\n" + ResultSetFormatter.asText(actual));
        } finally {
            dataset.end();
        }
    }

    /** The README lists every question with its query file, and every question has an expected answer. */
    @Test
    void readmeListsEveryQuestion() throws IOException {
        String readme = Files.readString(CQ_DIR.resolve("README.md"), StandardCharsets.UTF_8);
        List<String> questions = questions();
        assertTrue(questions.size() >= 12, "at least 12 competency questions, found " + questions.size());
        List<String> missing = questions.stream()
                .filter(q -> !readme.contains("(" + q + ")") || !Files.exists(CQ_DIR.resolve(q.substring(0, 4) + ".srj")))
                .collect(Collectors.toList());
        assertEquals(List.of(), missing, "questions missing from README.md or without cqNN.srj");
    }
}
