package org.sarhad.extract.doc;

import java.util.List;
import java.util.function.Predicate;
import org.sarhad.extract.Span;

/**
 * Builds the {@link Document} of an article: tokens, tags and lemmas for every sentence, and a dependency parse for
 * the sentences a rule can use. Implementations are thread-safe and share their loaded models.
 */
public interface Annotator {
    /**
     * @param text      the article text
     * @param sentences the sentence spans, in order
     * @param furniture which sentences are headlines or page furniture (tagged, never parsed)
     * @param parse     which tagged sentences deserve a parse (the others keep no edges)
     */
    Document annotate(String text, List<Span> sentences, Predicate<Span> furniture, Predicate<List<Token>> parse);

    /** The shared Stanford CoreNLP annotator (models loaded on first use, once per JVM). */
    static Annotator coreNlp() {
        return CoreNlpAnnotator.shared();
    }
}
