package org.sarhad.mapping;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sarhad.article.ArticleResult;
import org.sarhad.article.ArticleSources;
import org.sarhad.pipeline.Components;
import org.sarhad.pipeline.MappedArticle;
import org.sarhad.validation.ShapeValidator;

/**
 * Golden mapping tests: {@code mapping/article/<case>/input.*} through extraction and mapping must give a graph
 * isomorphic to {@code expected.ttl}; on a difference the missing and unexpected triples are printed. Run with
 * {@code -Dgolden.update=true} to rewrite the expected files after a deliberate change (then review the diff).
 * Every expected graph must also conform to the shapes.
 */
class MappingGoldenTest {
    private static final Path CASES = Path.of("src/test/resources/mapping/article");
    private static Components components;

    @BeforeAll
    static void wire() {
        components = Components.create("http://localhost:3030/");
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void maps_to_the_expected_graph(String name) throws IOException {
        Path dir = CASES.resolve(name);
        Path input;
        try (Stream<Path> s = Files.list(dir)) {
            input = s.filter(p -> p.getFileName().toString().startsWith("input.")).findFirst().orElseThrow();
        }
        List<ArticleResult> read = new ArrayList<>();
        ArticleSources.read(List.of(input), read::add);
        assertTrue(read.get(0).ok(), String.valueOf(read.get(0).error()));
        MappedArticle mapped = components.pipeline().process(read.get(0).article());
        Model actual = mapped.graph();
        Path expectedFile = dir.resolve("expected.ttl");
        if (Boolean.getBoolean("golden.update")) {
            try (OutputStream out = Files.newOutputStream(expectedFile)) {
                RDFDataMgr.write(out, actual, RDFFormat.TURTLE_PRETTY);
            }
        }
        assertTrue(Files.exists(expectedFile), expectedFile + " missing: create it with -Dgolden.update=true and review it");
        Model expected = RDFDataMgr.loadModel(expectedFile.toString(), Lang.TURTLE);
        if (!expected.isIsomorphicWith(actual)) {
            fail(name + " differs from expected.ttl\n" + diff(expected, actual));
        }
        Model withContext = ModelFactory.createUnion(expected,
                ModelFactory.createUnion(components.reference(), components.ontology()));
        ValidationReport report = components.validator().validate(withContext.getGraph());
        assertFalse(ShapeValidator.hasViolations(report), components.validator().describe(report));
    }

    private static String diff(Model expected, Model actual) {
        StringBuilder sb = new StringBuilder();
        for (Statement s : expected.difference(actual).listStatements().toList()) {
            sb.append("missing:    ").append(s.asTriple()).append('\n');
        }
        for (Statement s : actual.difference(expected).listStatements().toList()) {
            sb.append("unexpected: ").append(s.asTriple()).append('\n');
        }
        return sb.append("(blank nodes may differ only by label; rerun with -Dgolden.update=true after a deliberate change)")
                .toString();
    }
}
