package org.sarhad.extract.doc;

import java.util.List;

/**
 * An article's text with its linguistic annotation, computed once and read by every rule.
 *
 * @param text      the article text the offsets refer to
 * @param sentences its sentences in order
 */
public record Document(String text, List<Sentence> sentences) {
    public Document {
        sentences = List.copyOf(sentences);
    }
}
