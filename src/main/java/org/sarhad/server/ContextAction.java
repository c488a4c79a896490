package org.sarhad.server;

import java.nio.charset.StandardCharsets;
import org.apache.jena.fuseki.servlets.HttpAction;

/** {@code /context.jsonld}: the JSON-LD context every served JSON-LD document uses. */
final class ContextAction implements GetOnly {
    @Override
    public void execGet(HttpAction action) {
        Responses.send(action, Offers.JSONLD, JsonLd.context().getBytes(StandardCharsets.UTF_8));
    }
}
