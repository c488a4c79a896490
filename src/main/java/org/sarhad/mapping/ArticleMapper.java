package org.sarhad.mapping;

import org.apache.jena.rdf.model.Model;
import org.sarhad.extract.Reading;

/**
 * Maps one article's {@link Reading} to the RDF of its named graph. Implementations are pure: no I/O, no
 * global state, and the same reading always gives an isomorphic model with the same IRIs.
 *
 * <pre>
 * ArticleMapper mapper = ReadingMapper.create(IriMinter.createDefault(), dictionary);
 * Model graph = mapper.map(reading);
 * String graphName = mapper.graphName(reading.article());
 * </pre>
 */
public interface ArticleMapper {
    Model map(Reading reading);

    /** The IRI of the named graph the article's triples belong in. */
    String graphName(org.sarhad.article.Article article);
}
