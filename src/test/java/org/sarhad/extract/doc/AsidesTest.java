package org.sarhad.extract.doc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AsidesTest {
    private static List<String> words(String s) {
        return List.of(s.split(" "));
    }

    @Test
    void anAsideInsideAPhraseIsFoundWithTheWordItFollows() {
        int[] anchor = Asides.find(words("the Valley Front ( VF ) group fighters attacked"));
        assertArrayEquals(new int[] {-1, -1, -1, 2, 2, 2, -1, -1, -1}, anchor);
    }

    @Test
    void asidesAtAPhraseBoundaryOrTooLongOrUnclosedAreLeftInTheParse() {
        for (String s : List.of("guards of the Valley Front ( VF ) , officials said",
                "the river post ( Pinewood ) .",
                "the Front ( a group that split from the Legion ) attacked",
                "the Front ( VF attacked the post",
                "( VF ) fighters attacked")) {
            int[] anchor = Asides.find(words(s));
            assertTrue(java.util.Arrays.stream(anchor).allMatch(a -> a < 0), s);
        }
    }

    @Test
    void anAsideHangsOnTheWordBeforeItAsAnAppositive() {
        int[] anchor = Asides.find(words("the Front ( VF ) fighters"));
        List<Edge> edges = Asides.attach(List.of(new Edge(4, 1, "compound")), anchor);
        assertEquals(List.of(new Edge(1, 3, "appos"), new Edge(3, 2, "punct"), new Edge(3, 4, "punct"),
                new Edge(4, 1, "compound")), edges);
    }
}
