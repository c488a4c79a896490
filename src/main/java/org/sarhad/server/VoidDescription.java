package org.sarhad.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.sarhad.iri.IriMinter;
import org.sarhad.vocab.SARHAD;

/** Computes the VoID description from the store (call inside a read transaction). */
final class VoidDescription {
    private static final List<Resource> EXAMPLE_CLASSES = List.of(SARHAD.Incident, SARHAD.Claim, SARHAD.Article,
        SARHAD.ArmedGroup, SARHAD.Place);

    private VoidDescription() {
    }

    static Model compute(Dataset ds, IriMinter iris) {
        Model m = Prefixes.apply(ModelFactory.createDefaultModel());
        Resource d = m.createResource(Links.resolve(iris, "void#sarhad"))
            .addProperty(RDF.type, v(m, "Dataset"))
            .addProperty(DCTerms.title, "Sarhad: border-security incidents and claims")
            .addProperty(v(m, "sparqlEndpoint"), m.createResource(Links.sparqlEndpoint(iris)))
            .addProperty(v(m, "uriSpace"), Links.resolve(iris, "id/"))
            .addLiteral(v(m, "triples"), count(ds, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"))
            .addLiteral(v(m, "distinctSubjects"), count(ds, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o }"))
            .addLiteral(v(m, "entities"), count(ds, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a ?c }"));
        select(ds, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { ?s a ?c } GROUP BY ?c ORDER BY ?c").forEach(row ->
            d.addProperty(v(m, "classPartition"), m.createResource().addProperty(v(m, "class"), row.getResource("c"))
                .addLiteral(v(m, "entities"), row.getLiteral("n").getLong())));
        List<String> used = select(ds, "SELECT DISTINCT ?p { ?s ?p ?o }").stream().map(r -> r.getResource("p").getURI())
            .toList();
        for (Map.Entry<String, String> ns : Prefixes.map().entrySet()) {
            if (used.stream().anyMatch(p -> p.startsWith(ns.getValue()))) {
                d.addProperty(v(m, "vocabulary"), m.createResource(ns.getValue()));
            }
        }
        for (Resource c : EXAMPLE_CLASSES) {
            select(ds, "SELECT (MIN(STR(?s)) AS ?e) { ?s a <" + c.getURI() + "> FILTER(isIRI(?s)) }").stream()
                .filter(r -> r.contains("e")).forEach(r -> d.addProperty(v(m, "exampleResource"),
                    m.createResource(r.getLiteral("e").getString())));
        }
        return m;
    }

    private static Property v(Model m, String local) {
        return m.createProperty(Prefixes.VOID + local);
    }

    static long count(Dataset ds, String query) {
        return select(ds, query).get(0).getLiteral("n").getLong();
    }

    static List<QuerySolution> select(Dataset ds, String query) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }
}
