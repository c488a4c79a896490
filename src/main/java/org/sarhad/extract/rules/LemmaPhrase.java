package org.sarhad.extract.rules;

import java.util.List;
import java.util.Locale;
import org.sarhad.extract.doc.Token;

/**
 * A phrase of the lexicon matched on tokens: lemmas separated by spaces; {@code x*} matches a lemma starting with x,
 * {@code =w} the word w as written (lower case), {@code ~} up to five tokens of any kind (a hyphenated name is
 * three), {@code @place} a word inside a place name.
 */
record LemmaPhrase(String source, List<String> parts) {
    static final int GAP = 5;

    LemmaPhrase {
        parts = List.copyOf(parts);
    }

    static LemmaPhrase parse(String source) {
        List<String> parts = List.of(source.strip().toLowerCase(Locale.ROOT).split("\\s+"));
        if (parts.get(0).equals("~") || parts.get(parts.size() - 1).equals("~")) {
            throw new IllegalArgumentException("a phrase cannot start or end with '~': " + source);
        }
        return new LemmaPhrase(source, parts);
    }

    /** What a {@code @place} part asks of a token. */
    interface PlaceTest {
        boolean inPlace(Token t);
    }

    /** The end (exclusive token index) of a match starting at {@code from}, or -1. */
    int matchAt(List<Token> tokens, int from, int limit, PlaceTest places) {
        return match(tokens, from, limit, 0, places);
    }

    private int match(List<Token> tokens, int at, int limit, int part, PlaceTest places) {
        if (part == parts.size()) {
            return at;
        }
        String p = parts.get(part);
        if (p.equals("~")) {
            for (int skip = 0; skip <= GAP && at + skip <= limit; skip++) {
                int end = match(tokens, at + skip, limit, part + 1, places);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (at < limit && accepts(p, tokens.get(at), places)) {
            int end = match(tokens, at + 1, limit, part + 1, places);
            if (end >= 0) {
                return end;
            }
        }
        return hyphenated(tokens, at, limit, part, places);
    }

    /** "intelligence-based" as one token or, as the tokenizer splits most hyphenated words, as three. */
    private int hyphenated(List<Token> tokens, int at, int limit, int part, PlaceTest places) {
        String p = parts.get(part);
        int dash = p.indexOf('-', 1);
        if (dash < 0 || p.startsWith("=") || dash == p.length() - 1) {
            return -1;
        }
        String[] pieces = {p.substring(0, dash), "-", p.substring(dash + 1)};
        int i = at;
        for (String piece : pieces) {
            if (i >= limit || !(piece.equals("-") ? tokens.get(i).word().equals("-") : accepts(piece, tokens.get(i), places))) {
                return -1;
            }
            i++;
        }
        return match(tokens, i, limit, part + 1, places);
    }

    private static boolean accepts(String p, Token t, PlaceTest places) {
        String word = t.word().toLowerCase(Locale.ROOT);
        if (p.startsWith("=")) {
            return word.equals(p.substring(1));
        }
        if (p.equals("@place")) {
            return places != null && places.inPlace(t);
        }
        if (p.endsWith("*")) {
            String stem = p.substring(0, p.length() - 1);
            return t.lemma().startsWith(stem) || word.startsWith(stem);
        }
        return t.lemma().equals(p) || word.equals(p);
    }

    /** Whether the phrase occurs anywhere in {@code tokens[from, to)}. */
    boolean occursIn(List<Token> tokens, int from, int to, PlaceTest places) {
        for (int i = from; i < to; i++) {
            if (matchAt(tokens, i, to, places) >= 0) {
                return true;
            }
        }
        return false;
    }
}
