package org.sarhad.validation;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;

/**
 * Reads RDF files a user hands in, without letting them reach out: JSON-LD {@code @context} URLs are never fetched
 * (a document loader that refuses every IRI: no SSRF, no local file read), and RDF/XML with a DTD is refused before
 * parsing (entity expansion and external entities; the JDK parser would also cap expansions, but refusing is
 * clearer). Errors name the file.
 */
public final class RdfFiles {
    /** How far into an RDF/XML file a DOCTYPE is looked for (it can only stand before the root element). */
    private static final int PROLOG_BYTES = 1 << 16;

    private RdfFiles() {
    }

    /** Parses {@code file} (syntax from its extension) into {@code into}; IllegalArgumentException names the file. */
    public static void read(Path file, DatasetGraph into) {
        Lang lang = RDFLanguages.filenameToLang(file.toString(), Lang.TURTLE);
        if (RDFLanguages.RDFXML.equals(lang)) {
            refuseDtd(file);
        }
        try {
            RDFParser.source(file).lang(lang).context(noRemoteContexts()).parse(into);
        } catch (RiotException e) {
            throw new IllegalArgumentException(file + ": not valid RDF: " + e.getMessage(), e);
        }
    }

    private static Context noRemoteContexts() {
        JsonLdOptions options = new JsonLdOptions((url, opts) -> {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                "remote JSON-LD contexts are not fetched (" + url + "); inline the context");
        });
        Context context = new Context();
        context.set(LangJSONLD11.JSONLD_OPTIONS, options);
        return context;
    }

    private static void refuseDtd(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PROLOG_BYTES);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
        }
        String prolog = new String(head, StandardCharsets.ISO_8859_1);
        if (prolog.contains("<!DOCTYPE") || prolog.contains("<!ENTITY")) {
            throw new IllegalArgumentException(file + ": RDF/XML with a DTD (<!DOCTYPE/<!ENTITY) is not accepted");
        }
    }
}
