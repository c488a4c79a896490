package org.sarhad.extract.doc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Short parenthetical asides in a token sequence: "(", one to four words, ")", between two words of the sentence. They
 * are parsed apart from the sentence and attached back to the word they follow.
 */
final class Asides {
    static final int MAX_WORDS = 4;

    private Asides() {
    }

    /** For each token, the index of the word its aside follows, or -1 when it is no part of an aside. */
    static int[] find(List<String> words) {
        int[] anchor = new int[words.size()];
        Arrays.fill(anchor, -1);
        for (int open = 1; open < words.size(); open++) {
            if (!isOpen(words.get(open))) {
                continue;
            }
            int close = open + 1;
            while (close < words.size() && close - open - 1 <= MAX_WORDS && !isClose(words.get(close))
                    && !isOpen(words.get(close))) {
                close++;
            }
            boolean shortAside = close < words.size() && isClose(words.get(close)) && close - open - 1 >= 1
                    && close - open - 1 <= MAX_WORDS;
            // only an aside inside a phrase breaks it ("Islamic State (IS) group militants"); one before a comma or
            // a full stop sits at a phrase boundary, where the parser reads the brackets well
            boolean followed = close + 1 < words.size() && isWord(words.get(close + 1));
            if (shortAside && followed && !isOpen(words.get(open - 1))) {
                for (int i = open; i <= close; i++) {
                    anchor[i] = open - 1;
                }
                open = close;
            }
        }
        return anchor;
    }

    /**
     * The parse of the shortened sentence plus, for each aside, its first word as an appositive of the anchor and its
     * other words and brackets hanging on that first word. The added edges come first: each is an aside token's
     * tree parent.
     */
    static List<Edge> attach(List<Edge> edges, int[] anchor) {
        List<Edge> out = new ArrayList<>(edges.size() + 8);
        for (int open = 0; open < anchor.length; open++) {
            if (anchor[open] < 0) {
                continue;
            }
            int close = open;
            while (close + 1 < anchor.length && anchor[close + 1] == anchor[open]) {
                close++;
            }
            int first = open + 1;
            out.add(new Edge(anchor[open], first, "appos"));
            for (int i = first + 1; i < close; i++) {
                out.add(new Edge(first, i, "dep"));
            }
            out.add(new Edge(first, open, "punct"));
            out.add(new Edge(first, close, "punct"));
            open = close;
        }
        out.addAll(edges);
        return out;
    }

    private static boolean isOpen(String w) {
        return "(".equals(w) || "-LRB-".equals(w) || "[".equals(w);
    }

    private static boolean isClose(String w) {
        return ")".equals(w) || "-RRB-".equals(w) || "]".equals(w);
    }

    private static boolean isWord(String w) {
        return w.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
