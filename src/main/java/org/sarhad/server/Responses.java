package org.sarhad.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** Writing answers: negotiated documents with strong ETags, plain bodies, and the status in one place. */
final class Responses {
    private Responses() {
    }

    /** The offer the client accepts best, or a 406 (thrown) listing what is offered. */
    static String negotiate(HttpAction action, List<String> offers) {
        String header = action.getRequestHeader("Accept");
        if (header == null || header.isBlank()) {
            return offers.get(0);
        }
        String match = AcceptHeader.parse(header).choose(offers);
        if (match == null) {
            error(406, "Not acceptable: " + header + ". Offered: " + String.join(", ", offers));
        }
        return match;
    }

    /**
     * Ends the request with an error status (thrown). Fuseki sizes an error body by its characters, not its
     * bytes, so a message with a non-ASCII character (a decoded slug, a search term) became a 500: such characters
     * are sent percent-encoded.
     */
    static void error(int status, String message) {
        StringBuilder ascii = new StringBuilder();
        for (byte b : message.getBytes(StandardCharsets.UTF_8)) {
            if (b >= 0x20 && b < 0x7f) {
                ascii.append((char) b);
            } else {
                ascii.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        ServletOps.error(status, ascii.toString());
    }

    /**
     * Vary: Accept, keeping a Vary: Origin the CORS filter set; one header set once (Fuseki warns on every
     * {@code addHeader}).
     */
    static void varyAccept(HttpAction action) {
        String vary = action.getResponse().getHeader("Vary");
        action.setResponseHeader("Vary", vary == null || vary.isBlank() ? "Accept"
            : vary.contains("Accept") ? vary : vary + ", Accept");
    }

    /** A document in the negotiated syntax: RDF from the model, HTML from the page supplier. */
    static void document(HttpAction action, Model model, Supplier<String> html) {
        String mediaType = negotiate(action, Offers.DOCUMENT);
        Representation doc = prepareDocument(action.getRequestRequestURI(), mediaType, render(mediaType, model, html));
        Responses.varyAccept(action);
        sendDocument(action, doc);
    }

    /** The body of a document in {@code mediaType}: the HTML page, or the model in that RDF syntax. */
    static byte[] render(String mediaType, Model model, Supplier<String> html) {
        return Offers.HTML.equals(mediaType) ? html.get().getBytes(StandardCharsets.UTF_8) : rdf(model, mediaType);
    }

    static byte[] rdf(Model model, String mediaType) {
        if (Offers.JSONLD.equals(mediaType)) {
            return JsonLd.write(model).getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFFormat format = Offers.format(mediaType);
        if (RDFLanguages.isQuads(format.getLang())) {
            // A document is one graph: in N-Quads and TriG it is the default graph.
            RDFDataMgr.write(out, DatasetGraphFactory.wrap(model.getGraph()), format);
        } else {
            RDFDataMgr.write(out, model, format);
        }
        return out.toByteArray();
    }

    /**
     * A negotiated document as sent from {@code path}: in HTML, {@code <link rel="alternate">} elements naming its RDF
     * forms (the same path under other media types) go into the head. Made once per cached document.
     */
    static Representation prepareDocument(String path, String mediaType, byte[] body) {
        if (!Offers.HTML.equals(mediaType)) {
            return Representation.of(mediaType, body);
        }
        StringBuilder head = new StringBuilder();
        for (String type : Offers.ALTERNATES) {
            head.append("<link rel=\"alternate\" type=\"").append(type).append("\" href=\"").append(Html.esc(path))
                .append("\">");
        }
        String html = new String(body, StandardCharsets.UTF_8);
        int end = html.indexOf("</head>");
        return Representation.of(mediaType, end < 0 ? html : html.substring(0, end) + head + html.substring(end));
    }

    /** A prepared document with {@code Link} headers to its RDF forms, then {@link #send}. */
    static void sendDocument(HttpAction action, Representation doc) {
        String path = action.getRequestRequestURI();
        List<String> links = new java.util.ArrayList<>();
        for (String type : Offers.ALTERNATES) {
            links.add("<" + path + ">; rel=\"alternate\"; type=\"" + type + "\"");
        }
        // One Link header listing every form (RFC 8288 allows the comma list); Fuseki warns on each addHeader.
        action.setResponseHeader("Link", String.join(", ", links));
        send(action, doc);
    }

    /** 200 with a strong ETag, or 304 when the client's If-None-Match already names it. */
    static void send(HttpAction action, String mediaType, byte[] body) {
        send(action, Representation.of(mediaType, body));
    }

    /** 200 with the representation's ETag, or 304 when the client's If-None-Match already names it. */
    static void send(HttpAction action, Representation doc) {
        action.setResponseHeader("ETag", doc.etag());
        action.setResponseHeader("Cache-Control", "no-cache");
        if (matches(action.getRequestHeader("If-None-Match"), doc.etag())) {
            action.setResponseStatus(304);
            return;
        }
        action.setResponseStatus(200);
        action.setResponseContentType(Offers.contentType(doc.mediaType()));
        action.setResponseContentLength(doc.body().length);
        try (OutputStream out = action.getResponseOutputStream()) {
            out.write(doc.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void redirect(HttpAction action, int status, String location) {
        action.setResponseStatus(status);
        action.setResponseHeader("Location", location);
        action.setResponseContentLength(0);
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            // If-None-Match compares weakly: W/"x" names the same representation as "x".
            String t = tag.strip();
            t = t.startsWith("W/") ? t.substring(2) : t;
            if (t.equals("*") || t.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
