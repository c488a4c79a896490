package org.sarhad.server;

import org.apache.jena.fuseki.servlets.HttpAction;

/** A graph name ({@code /graph/...}) names a graph, not a document: 303 See Other to {@code /doc/graph/...}. */
final class GraphRedirect implements GetOnly {
    private final ServerSettings settings;

    GraphRedirect(ServerSettings settings) {
        this.settings = settings;
    }

    @Override
    public void execGet(HttpAction action) {
        String raw = action.getRequestRequestURI();
        if (GraphNames.iri(raw, Routes.GRAPH, settings.iris()).isEmpty()) {
            Responses.error(404, "Not a graph name: " + raw);
        }
        Responses.redirect(action, 303, Routes.DOC + raw.substring(1));
    }
}
