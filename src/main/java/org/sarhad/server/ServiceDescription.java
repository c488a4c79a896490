package org.sarhad.server;

import java.util.List;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * What a query endpoint answers without a query (SPARQL 1.1 Service Description): an {@code sd:Service} in RDF by
 * {@code Accept}, or, for a browser, the query editor ({@link EditorPage}). The limits are stated in words, as no
 * common vocabulary has them.
 */
final class ServiceDescription {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    /** RDF first: a client without preference (no Accept, or a wildcard) gets Turtle; browsers ask for HTML. */
    static final List<String> OFFERS = List.of(Offers.TURTLE, Offers.JSONLD, Offers.NTRIPLES, Offers.RDFXML, Offers.HTML);
    private static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML",
        "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "JSON-LD", "N-Triples", "RDF_XML");

    private ServiceDescription() {
    }

    static void send(HttpAction action, ServerSettings settings) {
        String endpoint = Links.resolve(settings.iris(), action.getRequestRequestURI().substring(1));
        String mediaType = Responses.negotiate(action, OFFERS);
        Model model = describe(endpoint, settings);
        Responses.varyAccept(action);
        Responses.send(action, mediaType, Responses.render(mediaType, model, () -> editor(action, settings)));
    }

    static Model describe(String endpoint, ServerSettings s) {
        Model m = Prefixes.apply(ModelFactory.createDefaultModel());
        Resource service = m.createResource(endpoint).addProperty(RDF.type, m.createResource(SD + "Service"))
            .addProperty(sd(m, "endpoint"), m.createResource(endpoint))
            .addProperty(sd(m, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
            .addProperty(sd(m, "feature"), m.createResource(SD + "UnionDefaultGraph"))
            .addProperty(sd(m, "feature"), m.createResource(SD + "BasicFederatedQuery"))
            .addProperty(sd(m, "defaultEntailmentRegime"), m.createResource("http://www.w3.org/ns/entailment/Simple"))
            .addProperty(RDFS.label, "Sarhad SPARQL endpoint (read-only)")
            .addProperty(RDFS.comment, limits(s));
        RESULT_FORMATS.forEach(f -> service.addProperty(sd(m, "resultFormat"), m.createResource(FORMATS + f)));
        Resource dataset = m.createResource(Links.resolve(s.iris(), "void#sarhad"))
            .addProperty(RDF.type, m.createResource(SD + "Dataset"))
            .addProperty(sd(m, "defaultGraph"), m.createResource().addProperty(RDF.type, m.createResource(SD + "Graph"))
                .addProperty(RDFS.comment, "The union of all named graphs: every article graph, the reference data,"
                    + " the ontology and the gazetteer."))
            .addProperty(RDFS.seeAlso, m.createResource(Links.resolve(s.iris(), Routes.VOID.substring(1))));
        service.addProperty(sd(m, "defaultDataset"), dataset);
        return m;
    }

    private static String limits(ServerSettings s) {
        return "Query only: updates and Graph Store requests are refused. Each query runs at most "
            + s.queryTimeout().toSeconds() + " s counted from its arrival (503 after), returns at most " + s.resultCap()
            + " rows per SELECT (header " + ResultCap.HEADER + " when cut), and its text is at most "
            + s.maxRequestBytes() + " bytes (413). Strings a query builds are capped at "
            + s.evaluationLimits().maxValueChars() + " characters (422). At most "
            + s.admissionLimits().heavyQueries() + " heavy and " + s.admissionLimits().lightQueries()
            + " light queries run at once, " + s.admissionLimits().queriesPerClient()
            + " per client address (503 with Retry-After). SERVICE only to " + s.serviceAllowList().endpoints() + ".";
    }

    private static Property sd(Model m, String local) {
        return m.createProperty(SD + local);
    }

    private static String editor(HttpAction action, ServerSettings s) {
        return EditorPage.render(s, limits(s));
    }
}
