package org.sarhad.server;

import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** Media types the server offers and how each is written; the one place for conneg constants. */
public final class Offers {
    public static final String HTML = "text/html";
    public static final String TURTLE = "text/turtle";
    public static final String JSONLD = "application/ld+json";
    public static final String NTRIPLES = "application/n-triples";
    public static final String RDFXML = "application/rdf+xml";
    public static final String JSON = "application/json";
    public static final String NQUADS = "application/n-quads";
    public static final String TRIG = "application/trig";
    /** Older names clients still ask for: Turtle is valid N3, N-Triples was text/plain. */
    public static final String N3 = "text/n3";
    public static final String X_TURTLE = "application/x-turtle";
    public static final String TEXT_PLAIN = "text/plain";

    /** Documents: people first (a browser's Accept lists text/html), then RDF syntaxes. */
    public static final List<String> DOCUMENT = List.of(HTML, TURTLE, JSONLD, NTRIPLES, RDFXML, NQUADS, TRIG, N3, X_TURTLE,
        TEXT_PLAIN);
    /** The RDF forms a page names as its alternates (the older names left out). */
    public static final List<String> ALTERNATES = List.of(TURTLE, JSONLD, NTRIPLES, RDFXML, NQUADS, TRIG);
    /** Used when the request has no Accept header. */
    public static final MediaType DEFAULT = MediaType.create(TURTLE);

    private static final Map<String, RDFFormat> FORMATS = Map.of(
        TURTLE, RDFFormat.TURTLE_PRETTY,
        JSONLD, RDFFormat.JSONLD11,
        NTRIPLES, RDFFormat.NTRIPLES,
        RDFXML, RDFFormat.RDFXML_PRETTY,
        NQUADS, RDFFormat.NQUADS,
        TRIG, RDFFormat.TRIG_PRETTY,
        N3, RDFFormat.TURTLE_PRETTY,
        X_TURTLE, RDFFormat.TURTLE_PRETTY,
        TEXT_PLAIN, RDFFormat.NTRIPLES);

    private Offers() {
    }

    /** The writer format for an RDF media type, or null for HTML. */
    public static RDFFormat format(String mediaType) {
        return FORMATS.get(mediaType);
    }

    public static Lang lang(String mediaType) {
        RDFFormat f = format(mediaType);
        return f == null ? null : f.getLang();
    }

    /** Content-Type header value with charset. */
    public static String contentType(String mediaType) {
        return mediaType + "; charset=utf-8";
    }
}
