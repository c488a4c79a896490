package org.sarhad.pipeline;

import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;

/**
 * Linking run by {@link Ingest} beside storing: the extra graphs stored in the same transaction as an article (its
 * link graph), and the work done with each commit group (grouping reports into events).
 */
public interface GroupLinker {
    /** No linking. */
    GroupLinker NONE = new GroupLinker() {
        @Override
        public Map<String, Model> graphsFor(MappedArticle article) {
            return Map.of();
        }

        @Override
        public void withGroup(List<MappedArticle> group) {
            // nothing to do
        }
    };

    /** Graphs (name to content) stored together with the article, replaced when it is. */
    Map<String, Model> graphsFor(MappedArticle article);

    /**
     * Called once a group's graphs are written, in input order, inside the store's transaction when it has one:
     * what it writes (the events) commits with the articles or not at all.
     */
    void withGroup(List<MappedArticle> group);
}
