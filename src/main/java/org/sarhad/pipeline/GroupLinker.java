package org.sarhad.pipeline;

import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;

/**
 * Linking run by {@link Ingest} beside storing: the extra graphs stored in the same transaction as an article (its
 * link graph), and the work done once a commit group is durable (grouping reports into events).
 */
public interface GroupLinker {
    /** No linking. */
    GroupLinker NONE = new GroupLinker() {
        @Override
        public Map<String, Model> graphsFor(MappedArticle article) {
            return Map.of();
        }

        @Override
        public void afterCommit(List<MappedArticle> group) {
            // nothing to do
        }
    };

    /** Graphs (name to content) stored together with the article, replaced when it is. */
    Map<String, Model> graphsFor(MappedArticle article);

    /** Called after a group of articles was committed, in input order. */
    void afterCommit(List<MappedArticle> group);
}
