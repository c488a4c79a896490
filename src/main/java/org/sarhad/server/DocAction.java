package org.sarhad.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;

/** {@code /doc/{kind}/{slug}}: the entity's description, negotiated (HTML page or RDF), 404 when unknown. */
final class DocAction implements GetOnly {
    private final ServerSettings settings;

    DocAction(ServerSettings settings) {
        this.settings = settings;
    }

    @Override
    public void execGet(HttpAction action) {
        EntityPath path = EntityPath.parse(action.getRequestRequestURI(), Routes.DOC).orElse(null);
        if (path == null) {
            ServletOps.errorNotFound("Not an entity document: " + action.getRequestRequestURI());
            return;
        }
        String iri = path.iri(settings.iris());
        Txn.executeRead(settings.dataset(), () -> {
            Model description = new EntityDescriber(settings.dataset()).describe(iri);
            if (description.isEmpty()) {
                ServletOps.errorNotFound("Nothing is known about <" + iri + ">");
            }
            View view = new View(settings.dataset().getUnionModel(), settings.iris());
            Responses.document(action, description, () -> EntityPage.render(view, view.resource(iri), path.kind()));
        });
    }
}
