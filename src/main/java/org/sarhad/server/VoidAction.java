package org.sarhad.server;

import java.nio.charset.StandardCharsets;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;

/** {@code /void}: the VoID description, computed from the store, negotiated like any document. */
final class VoidAction implements GetOnly {
    private final ServerSettings settings;
    /** VoID counts scan the whole store (seconds at 10,000 articles): computed once per store version. */
    private final DocumentCache cache;

    VoidAction(ServerSettings settings) {
        this.settings = settings;
        this.cache = DocumentCache.of(settings.dataset());
    }

    @Override
    public void execGet(HttpAction action) {
        String mediaType = Responses.negotiate(action, Offers.DOCUMENT);
        Representation doc = cache.computeIfAbsent("/void", mediaType, () -> {
            Model model = model();
            View view = new View(model, settings.iris());
            byte[] body = Responses.render(mediaType, model, () -> Html.page("Dataset description (VoID)", "<pre>"
                + Html.esc(new String(Responses.rdf(model, Offers.TURTLE), StandardCharsets.UTF_8))
                + "</pre>" + Html.list(view.links(view.objects(view.resource(Links.resolve(settings.iris(), "void#sarhad")),
                    model.createProperty(Prefixes.VOID + "exampleResource"))))));
            return Responses.prepareDocument(action.getRequestRequestURI(), mediaType, body);
        });
        Responses.varyAccept(action);
        Responses.sendDocument(action, doc);
    }

    /** The description itself, computed once per store version for all media types (kept as N-Triples). */
    private Model model() {
        byte[] nt = cache.computeIfAbsent("/void model", Offers.NTRIPLES, () -> Txn.calculateRead(settings.dataset(),
            () -> Representation.of(Offers.NTRIPLES,
                Responses.rdf(VoidDescription.compute(settings.dataset(), settings.iris()), Offers.NTRIPLES)))).body();
        Model model = Prefixes.apply(ModelFactory.createDefaultModel());
        RDFParser.fromString(new String(nt, StandardCharsets.UTF_8), Lang.NTRIPLES).parse(model);
        return model;
    }
}
