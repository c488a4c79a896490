package org.sarhad.reliability;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.sarhad.store.TdbArticleStore;
import org.sarhad.validation.ShapeValidator;

/** What a closed store holds, read in this JVM: graphs with their triples, quads, the SHACL report, text hits. */
record StoreState(Map<String, Model> graphs, long quads, Set<String> report, Map<String, String> articleGraphs,
    Set<String> textIndexed) {

    private static final String ARTICLES = "PREFIX sarhad: <https://w3id.org/sarhad/ontology#> "
        + "SELECT ?id ?g { GRAPH ?g { ?a sarhad:articleId ?id } }";
    private static final String INDEXED = "PREFIX text: <http://jena.apache.org/text#> "
        + "PREFIX sarhad: <https://w3id.org/sarhad/ontology#> "
        + "SELECT DISTINCT ?id { ?a text:query ('Kevron' 100000) ; sarhad:articleId ?id }";

    static StoreState read(Path dir) {
        try (TdbArticleStore store = TdbArticleStore.open(dir)) {
            Dataset ds = store.dataset();
            return Txn.calculateRead(ds, () -> new StoreState(graphs(ds), ds.asDatasetGraph().stream().count(),
                report(ds), articleGraphs(ds), textIndexed(ds)));
        }
    }

    /** Every named graph with its triples (a name listed without content would itself be a partial article). */
    private static Map<String, Model> graphs(Dataset ds) {
        Map<String, Model> out = new TreeMap<>();
        ds.listNames().forEachRemaining(g -> out.put(g, ModelFactory.createDefaultModel().add(ds.getNamedModel(g))));
        return out;
    }

    private static Map<String, String> articleGraphs(Dataset ds) {
        Map<String, String> out = new TreeMap<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(ARTICLES).build()) {
            qe.execSelect().forEachRemaining(r -> out.put(r.getLiteral("id").getString(), r.getResource("g").getURI()));
        }
        return out;
    }

    private static Set<String> textIndexed(Dataset ds) {
        Set<String> out = new TreeSet<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(INDEXED).build()) {
            qe.execSelect().forEachRemaining(r -> out.add(r.getLiteral("id").getString()));
        }
        return out;
    }

    /** The whole-store SHACL report as comparable lines (focus, path, component, message). */
    static Set<String> report(Dataset ds) {
        Set<String> out = new TreeSet<>();
        ShapeValidator.create().validate(ds.getUnionModel().getGraph()).getEntries().forEach(e ->
            out.add(e.focusNode() + " " + e.resultPath() + " " + e.sourceConstraintComponent() + " " + e.message()));
        return out;
    }
}
