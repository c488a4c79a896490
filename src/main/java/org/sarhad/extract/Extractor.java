package org.sarhad.extract;

import org.sarhad.article.Article;

/**
 * Reads one article into a {@link Reading}: a pure function of the article and the dictionary.
 *
 * <pre>
 * Extractor x = Extractor.create(dictionary);
 * Reading r = x.extract(article);
 * </pre>
 */
public interface Extractor {
    Reading extract(Article article);

    /** The standard rule-based extractor over a dictionary of known actors, outlets and places. */
    static Extractor create(Dictionary dictionary) {
        return StandardExtractor.create(dictionary);
    }
}
