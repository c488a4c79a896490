package org.sarhad.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Valid fixtures conform, invalid ones do not; where {@code <fixture>.report.ttl} exists the results must match
 * it on focus node, path, constraint component and severity. {@code -Dshapes.report.update=true} rewrites the
 * existing report files from the current results (review the diff before committing).
 */
class ShapeFixturesTest {
    private static final boolean UPDATE = Boolean.getBoolean("shapes.report.update");
    private static ShapeValidator validator;

    @BeforeAll
    static void parseShapes() {
        validator = ShapeValidator.create();
    }

    static List<String> fixtures() throws IOException {
        return ShapeFixtures.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureMeetsItsExpectation(String fixture) throws IOException {
        ValidationReport report = validator.validate(ShapeFixtures.dataGraph(fixture));
        if (fixture.contains("/valid/")) {
            assertTrue(report.conforms(), () -> fixture + " should conform:\n" + validator.describe(report));
            return;
        }
        assertTrue(Files.readString(ShapeFixtures.ROOT.resolve(fixture), StandardCharsets.UTF_8).startsWith("# Invalid: "),
                fixture + " must start with '# Invalid: <reason>'");
        assertFalse(report.conforms(), fixture + " should not conform");
        Path expected = ShapeFixtures.reportFile(fixture);
        if (Files.exists(expected)) {
            Model actual = ShapeFixtures.stripped(report);
            if (UPDATE) {
                ShapeFixtures.write(actual, expected);
            }
            assertEquals(ShapeFixtures.rows(RDFDataMgr.loadModel(expected.toString())), ShapeFixtures.rows(actual),
                    () -> fixture + " results differ from " + expected.getFileName() + ":\n" + validator.describe(report));
        }
    }

    @Test
    void sharedContextConformsOnItsOwn() {
        ValidationReport report = validator.validate(ShapeFixtures.dataGraph(null));
        assertTrue(report.conforms(), () -> validator.describe(report));
    }

    /** At least one valid and two invalid fixtures for every node shape, and some expected reports. */
    @Test
    void everyShapeHasFixtures() throws IOException {
        Map<String, List<String>> byShape = fixtures().stream()
                .collect(Collectors.groupingBy(f -> f.substring(0, f.indexOf('/')), TreeMap::new, Collectors.toList()));
        assertEquals(ShapesGraphTest.nodeShapeNames(), byShape.keySet(), "fixture directories vs node shapes");
        byShape.forEach((shape, files) -> {
            assertTrue(files.stream().anyMatch(f -> f.contains("/valid/")), shape + " has no valid fixture");
            assertTrue(files.stream().filter(f -> f.contains("/invalid/")).count() >= 2, shape + " needs two invalid");
        });
        long reports = fixtures().stream().filter(f -> Files.exists(ShapeFixtures.reportFile(f))).count();
        assertTrue(reports >= 5, "expected report files for several invalid fixtures, found " + reports);
    }
}
