package org.sarhad.server;

import java.nio.charset.StandardCharsets;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.rdf.model.Model;
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
        byte[] body = cache.computeIfAbsent("/void", mediaType, () -> Txn.calculateRead(settings.dataset(), () -> {
            Model model = VoidDescription.compute(settings.dataset(), settings.iris());
            View view = new View(model, settings.iris());
            return Responses.render(mediaType, model, () -> Html.page("Dataset description (VoID)", "<pre>"
                + Html.esc(new String(Responses.rdf(model, Offers.TURTLE), StandardCharsets.UTF_8))
                + "</pre>" + Html.list(view.links(view.objects(view.resource(Links.resolve(settings.iris(), "void#sarhad")),
                    model.createProperty(Prefixes.VOID + "exampleResource"))))));
        }));
        action.setResponseHeader("Vary", "Accept");
        Responses.send(action, mediaType, body);
    }
}
