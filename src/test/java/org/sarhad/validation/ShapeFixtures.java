package org.sarhad.validation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ShaclPaths;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.sarhad.vocab.OntologyResources;
import org.sarhad.vocab.SARHAD;

/** Loading shape fixtures (with the shared context and the ontology) and reducing reports to comparable rows. */
final class ShapeFixtures {
    static final Path ROOT = Path.of("src", "test", "resources", "shapes");
    private static final String GEO = "http://www.opengis.net/ont/geosparql#";
    private static final Model ONTOLOGY = OntologyResources.ontologyModel();
    private static final List<Property> STRIPPED = List.of(SHACLM.resultMessage, SHACLM.sourceShape, SHACLM.value);

    private ShapeFixtures() {
    }

    /** Fixture files, relative to {@link #ROOT}, such as {@code IncidentShape/invalid/01-two-types.ttl}. */
    static List<String> all() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.getNameCount() - ROOT.getNameCount() == 3)
                    .map(p -> ROOT.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> n.endsWith(".ttl") && !n.endsWith(".report.ttl"))
                    .sorted().collect(Collectors.toList());
        }
    }

    /** The ontology graph, the shared context and the fixture, as the store's union would present them. */
    static Graph dataGraph(String fixture) {
        Model data = ModelFactory.createDefaultModel().add(ONTOLOGY);
        RDFDataMgr.read(data, ROOT.resolve("context.ttl").toString());
        if (fixture != null) {
            RDFDataMgr.read(data, ROOT.resolve(fixture).toString());
        }
        return data.getGraph();
    }

    static Path reportFile(String fixture) {
        return ROOT.resolve(fixture.replaceAll("\\.ttl$", ".report.ttl"));
    }

    /** The report without messages, values and source shapes (blank nodes of the shapes graph). */
    static Model stripped(ValidationReport report) {
        Model model = ModelFactory.createDefaultModel().add(report.getModel());
        STRIPPED.forEach(p -> model.removeAll(null, p, null));
        model.listStatements(null, SHACLM.sourceConstraint, (RDFNode) null).toList().stream()
                .filter(s -> s.getObject().isAnon()).forEach(model::remove);
        model.clearNsPrefixMap();
        model.setNsPrefixes(Map.of("sh", SHACLM.getURI(), "sarhad", SARHAD.NS, "skos", SKOS.getURI(),
                "oa", "http://www.w3.org/ns/oa#", "prov", "http://www.w3.org/ns/prov#", "geo", GEO,
                "schema", "https://schema.org/", "id", "http://localhost:3030/id/"));
        return model;
    }

    static void write(Model report, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, report, Lang.TURTLE);
        }
    }

    /** One sorted row per result: focus node, path, constraint component (and named SPARQL constraint), severity. */
    static List<String> rows(Model report) {
        Graph graph = report.getGraph();
        List<String> rows = new ArrayList<>();
        report.listResourcesWithProperty(RDF.type, SHACLM.ValidationResult).forEachRemaining(result -> rows.add(
                node(result, SHACLM.focusNode) + " | " + path(graph, result) + " | "
                        + node(result, SHACLM.sourceConstraintComponent) + " " + node(result, SHACLM.sourceConstraint)
                        + " | " + node(result, SHACLM.resultSeverity)));
        rows.sort(null);
        return rows;
    }

    private static String path(Graph graph, Resource result) {
        Statement path = result.getProperty(SHACLM.resultPath);
        return path == null ? "-" : ShaclPaths.pathToString(ShaclPaths.parsePath(graph, path.getObject().asNode()));
    }

    private static String node(Resource result, Property property) {
        Statement s = result.getProperty(property);
        if (s == null) {
            return "-";
        }
        Node node = s.getObject().asNode();
        return node.isBlank() ? "_:blank" : node.toString();
    }
}
