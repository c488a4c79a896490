package org.sarhad.server;

import org.apache.jena.fuseki.main.FusekiServer;

/** The public paths besides the SPARQL endpoints (DESIGN.md, "HTTP"). */
final class Routes {
    static final String ID = "/id/";
    static final String DOC = "/doc/";
    static final String GRAPH = "/graph/";
    static final String ONTOLOGY = "/ontology";
    static final String VOID = "/void";
    static final String CONTEXT = "/context.jsonld";
    static final String SEARCH = "/search";
    static final String SPARQL = NewsServer.DATASET + "/sparql";
    static final String INCIDENTS = "/incidents";
    static final String EVENTS = "/events";

    private Routes() {
    }

    static void register(FusekiServer.Builder builder, ServerSettings settings) {
        IncidentIndex index = new IncidentIndex(settings);
        builder.addProcessor(INCIDENTS, new BrowseAction(settings, index, false))
            .addProcessor(EVENTS, new BrowseAction(settings, index, true))
            .addProcessor(ID + "*", new IdRedirect())
            .addProcessor(GRAPH + "*", new GraphRedirect(settings))
            .addProcessor(DOC + "*", new DocAction(settings))
            .addProcessor(ONTOLOGY, new OntologyAction(settings))
            .addProcessor(VOID, new VoidAction(settings))
            .addProcessor(CONTEXT, new ContextAction())
            .addProcessor(SEARCH, new SearchAction(settings))
            .addProcessor(AssetAction.PREFIX + "*", new AssetAction())
            .addProcessor("", new LandingAction(settings, index));
    }
}
