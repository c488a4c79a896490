package org.sarhad.server;

import java.util.Optional;
import java.util.function.Supplier;
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
        Optional<String> graph = GraphNames.iri(action.getRequestRequestURI(), Routes.DOC + Routes.GRAPH.substring(1),
            settings.iris());
        if (graph.isPresent()) {
            String mediaType = Responses.negotiate(action, Offers.DOCUMENT);
            send(action, mediaType, () -> Txn.calculateRead(settings.dataset(), () -> {
                Model description = GraphDocument.describe(settings.dataset(), graph.get());
                View view = new View(settings.dataset().getUnionModel(), settings.iris());
                return description.isEmpty() ? null
                    : Responses.render(mediaType, description, () -> GraphDocument.page(description, graph.get(), view));
            }));
            return;
        }
        EntityPath path = EntityPath.parse(action.getRequestRequestURI(), Routes.DOC).orElse(null);
        if (path == null) {
            ServletOps.errorNotFound("Not an entity document: " + action.getRequestRequestURI());
            return;
        }
        String iri = path.iri(settings.iris());
        String mediaType = Responses.negotiate(action, Offers.DOCUMENT);
        String kind = path.isPart() ? "part" : path.kind();
        send(action, mediaType, () -> Txn.calculateRead(settings.dataset(), () -> {
            Model description = new EntityDescriber(settings.dataset()).describe(iri);
            if (description.isEmpty()) {
                return null;
            }
            View view = new View(settings.dataset().getUnionModel(), settings.iris());
            return Responses.render(mediaType, description, () -> EntityPage.render(view, view.resource(iri), kind));
        }));
    }

    /**
     * The cached document for this path, or 404 when {@code render} finds nothing. Kept by path, not IRI: the HTML
     * names its alternates by the path it was asked for.
     */
    private void send(HttpAction action, String mediaType, Supplier<byte[]> render) {
        String path = action.getRequestRequestURI();
        Representation doc = cache.computeIfAbsent(path, mediaType, () -> {
            byte[] body = render.get();
            return body == null ? null : Responses.prepareDocument(path, mediaType, body);
        });
        if (doc == null) {
            Responses.error(404, "Nothing is known about <" + path + ">");
            return;
        }
        Responses.varyAccept(action);
        Responses.sendDocument(action, doc);
    }
}
