package org.sarhad.linking;

import java.util.Collection;
import java.util.Objects;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.sarhad.iri.IriMinter;

/**
 * The linker: an article's link graph (places to the gazetteer, the border, index keys) as a pure function of its
 * mapped graph, and the store's events kept up to date as articles change.
 *
 * <pre>
 * Linking linking = Linking.create(iris, reference, ontology, GazetteerIndex.of(gazetteerModel));
 * Model links = linking.articleLinks(articleGraph);            // stored as linking.linkGraph(articleId)
 * Txn.executeWrite(ds, () -&gt; linking.updateEvents(ds, List.of(iris.article(articleId))));
 * </pre>
 */
public final class Linking {
    private final IriMinter iris;
    private final ArticleLinker articles;
    private final EventLinker events;
    private final LinkValidator validator;

    private Linking(IriMinter iris, ReferenceView ref, GazetteerIndex gazetteer, Model ontology) {
        this.iris = iris;
        this.validator = new LinkValidator(ontology);
        this.articles = new ArticleLinker(iris, ref, gazetteer);
        this.events = new EventLinker(iris, ref, new SameEvent(ontology), validator);
    }

    /**
     * @param reference the reference data (states, borders, places, actors)
     * @param ontology  the ontology graph with the taxonomies (related incident types)
     * @param gazetteer the gazetteer (empty: no place links)
     */
    public static Linking create(IriMinter iris, Model reference, Model ontology, GazetteerIndex gazetteer) {
        return new Linking(Objects.requireNonNull(iris, "iris"), ReferenceView.of(Objects.requireNonNull(reference,
                "reference")), Objects.requireNonNull(gazetteer, "gazetteer"), Objects.requireNonNull(ontology,
                "ontology"));
    }

    /** The link graph of an article, validated by the link shapes. */
    public Model articleLinks(Model articleGraph) {
        return validator.check(articles.link(articleGraph));
    }

    public String linkGraph(String articleId) {
        return iris.linkGraph(articleId);
    }

    /** Re-groups the events the given articles (IRIs) touch; inside a write transaction on {@code ds}. */
    public void updateEvents(Dataset ds, Collection<String> articleIris) {
        events.update(ds, articleIris);
    }
}
