package org.sarhad.linking;

import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.sarhad.pipeline.Components;
import org.sarhad.pipeline.GroupLinker;
import org.sarhad.pipeline.MappedArticle;

/**
 * Linking for ingest into a local store: each article's link graph is stored with it, and after each commit group
 * the events it touches are re-grouped in one more write transaction. The gazetteer is the store's own
 * ({@code gazetteer load}); a store without one gets borders and events but no place links.
 */
public final class StoreLinker implements GroupLinker {
    private final Linking linking;
    private final Dataset dataset;
    private final Components components;

    private StoreLinker(Components components, Dataset dataset, Linking linking) {
        this.components = components;
        this.dataset = dataset;
        this.linking = linking;
    }

    public static StoreLinker of(Components c, Dataset dataset) {
        GazetteerIndex gazetteer = Txn.calculateRead(dataset, () -> GazetteerIndex.of(
                dataset.getNamedModel(c.iris().gazetteerGraph())));
        return new StoreLinker(c, dataset, Linking.create(c.iris(), c.reference(), c.ontology(), gazetteer));
    }

    public Linking linking() {
        return linking;
    }

    @Override
    public Map<String, Model> graphsFor(MappedArticle article) {
        return Map.of(linking.linkGraph(article.article().id()), linking.articleLinks(article.graph()));
    }

    @Override
    public void withGroup(List<MappedArticle> group) {
        List<String> articles = group.stream().map(m -> components.iris().article(m.article().id())).toList();
        Txn.executeWrite(dataset, () -> linking.updateEvents(dataset, articles));
    }
}
