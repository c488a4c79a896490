package org.sarhad.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;

/** {@code /doc/{kind}/{slug}}: the entity's description, negotiated (HTML page or RDF), 404 when unknown. */
final class DocAction implements GetOnly {
    private final ServerSettings settings;
    private final DocumentCache cache;

    DocAction(ServerSettings settings) {
        this.settings = settings;
        this.cache = DocumentCache.of(settings.dataset());
    }

    @Override
    public void execGet(HttpAction action) {
        EntityPath path = EntityPath.parse(action.getRequestRequestURI(), Routes.DOC).orElse(null);
        if (path == null) {
            ServletOps.errorNotFound("Not an entity document: " + action.getRequestRequestURI());
            return;
        }
        String iri = path.iri(settings.iris());
        String mediaType = Responses.negotiate(action, Offers.DOCUMENT);
        byte[] body = cache.computeIfAbsent(iri, mediaType, () -> Txn.calculateRead(settings.dataset(), () -> {
            Model description = new EntityDescriber(settings.dataset()).describe(iri);
            if (description.isEmpty()) {
                return null;
            }
            View view = new View(settings.dataset().getUnionModel(), settings.iris());
            return Responses.render(mediaType, description, () -> EntityPage.render(view, view.resource(iri), path.kind()));
        }));
        if (body == null) {
            Responses.error(404, "Nothing is known about <" + iri + ">");
            return;
        }
        Responses.varyAccept(action);
        Responses.sendDocument(action, mediaType, body);
    }
}
