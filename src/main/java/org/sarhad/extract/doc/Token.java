package org.sarhad.extract.doc;

import java.util.Locale;
import org.sarhad.extract.Span;

/**
 * One token of an annotated sentence.
 *
 * @param index position in its sentence, from 0
 * @param word  the token as it stands in the text
 * @param span  its offsets in the article text
 * @param tag   Penn Treebank part-of-speech tag ({@code VBD}, {@code NNP}...)
 * @param lemma its lemma, lower-cased
 */
public record Token(int index, String word, Span span, String tag, String lemma) {
    public Token {
        lemma = lemma.toLowerCase(Locale.ROOT);
    }

    public boolean isVerb() {
        return tag.startsWith("VB");
    }

    /** A finite verb or modal: past, present, third person present, "will". */
    public boolean isFinite() {
        return tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD");
    }

    public boolean isNoun() {
        return tag.startsWith("NN");
    }

    public boolean isProperNoun() {
        return tag.startsWith("NNP");
    }

    public boolean isPronoun() {
        return tag.equals("PRP");
    }
}
