package org.sarhad.server;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * JSON-LD documents compacted with the published context: the {@code @context} of every document is the same
 * object served at {@code /context.jsonld}.
 */
final class JsonLd {
    private JsonLd() {
    }

    static String write(Model model) {
        Model copy = Prefixes.apply(ModelFactory.createDefaultModel().add(model));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, copy, RDFFormat.JSONLD11);
        JsonValue doc = JSON.parseAny(out.toString(StandardCharsets.UTF_8));
        if (doc.isObject()) {
            doc.getAsObject().put("@context", Prefixes.jsonLdContext());
        }
        return JSON.toString(doc);
    }

    /** The body of /context.jsonld. */
    static String context() {
        JsonObject wrapper = new JsonObject();
        wrapper.put("@context", Prefixes.jsonLdContext());
        return JSON.toString(wrapper);
    }
}
