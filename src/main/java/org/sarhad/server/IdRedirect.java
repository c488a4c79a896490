package org.sarhad.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;

/** {@code /id/{kind}/{slug}} names a thing, not a document: 303 See Other to {@code /doc/{kind}/{slug}}. */
final class IdRedirect implements GetOnly {
    @Override
    public void execGet(HttpAction action) {
        String raw = action.getRequestRequestURI();
        EntityPath.parse(raw, Routes.ID).orElseThrow(() -> notFound(action));
        // The raw path keeps the client's percent-encoding: a Location header must be ASCII.
        Responses.redirect(action, 303, Routes.DOC + raw.substring(Routes.ID.length()));
    }

    private static RuntimeException notFound(HttpAction action) {
        ServletOps.errorNotFound("Not an entity IRI: " + action.getRequestRequestURI());
        return new IllegalStateException("unreachable");
    }
}
