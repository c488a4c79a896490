package org.sarhad.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotNotFoundException;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** {@code /ontology}: the ontology graph of the store, else the bundled {@code ontology/sarhad.ttl}, negotiated. */
final class OntologyAction implements GetOnly {
    static final String CLASSPATH_ONTOLOGY = "ontology/sarhad.ttl";
    private final ServerSettings settings;

    OntologyAction(ServerSettings settings) {
        this.settings = settings;
    }

    @Override
    public void execGet(HttpAction action) {
        Txn.executeRead(settings.dataset(), () -> {
            Model model = Prefixes.apply(ModelFactory.createDefaultModel())
                .add(settings.dataset().getNamedModel(settings.iris().ontologyGraph()));
            if (model.isEmpty()) {
                model.add(bundled());
            }
            if (model.isEmpty()) {
                ServletOps.errorNotFound("No ontology in the store or on the classpath.");
            }
            View view = new View(model, settings.iris());
            Responses.document(action, model, () -> Html.page("Sarhad ontology", terms(view, model, OWL.Class, "Classes")
                + terms(view, model, OWL.ObjectProperty, "Object properties")
                + terms(view, model, OWL.DatatypeProperty, "Datatype properties")));
        });
    }

    private static Model bundled() {
        try {
            return RDFDataMgr.loadModel(CLASSPATH_ONTOLOGY);
        } catch (RiotNotFoundException e) {
            return ModelFactory.createDefaultModel();
        }
    }

    private static String terms(View view, Model m, Resource type, String heading) {
        StringBuilder b = new StringBuilder();
        m.listSubjectsWithProperty(RDF.type, type).toList().stream().filter(Resource::isURIResource)
            .sorted((a, c) -> a.getURI().compareTo(c.getURI())).forEach(t -> b.append("<dt id=\"")
                .append(Html.esc(t.getLocalName())).append("\"><code>").append(Html.esc(t.getURI())).append("</code> ")
                .append(Html.esc(view.label(t))).append("</dt><dd>").append(view.text(t, RDFS.comment)).append("</dd>"));
        return Html.section(heading, b.length() == 0 ? "" : "<dl>" + b + "</dl>\n");
    }
}
