package org.sarhad.server;

import java.nio.charset.StandardCharsets;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;

/** {@code /void}: the VoID description, computed from the store, negotiated like any document. */
final class VoidAction implements GetOnly {
    private final ServerSettings settings;

    VoidAction(ServerSettings settings) {
        this.settings = settings;
    }

    @Override
    public void execGet(HttpAction action) {
        Txn.executeRead(settings.dataset(), () -> {
            Model model = VoidDescription.compute(settings.dataset(), settings.iris());
            View view = new View(model, settings.iris());
            Responses.document(action, model, () -> Html.page("Dataset description (VoID)", "<pre>"
                + Html.esc(new String(Responses.rdf(model, Offers.TURTLE), StandardCharsets.UTF_8))
                + "</pre>" + Html.list(view.links(view.objects(view.resource(Links.resolve(settings.iris(), "void#sarhad")),
                    model.createProperty(Prefixes.VOID + "exampleResource"))))));
        });
    }
}
