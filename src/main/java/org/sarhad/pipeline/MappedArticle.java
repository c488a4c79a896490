package org.sarhad.pipeline;

import org.apache.jena.rdf.model.Model;
import org.sarhad.article.Article;
import org.sarhad.extract.Reading;

/** An article carried through extraction, mapping and validation: ready to store as {@code graphName}. */
public record MappedArticle(Article article, Reading reading, String graphName, Model graph, StageTimes times) {
}
