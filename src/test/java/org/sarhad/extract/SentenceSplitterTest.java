package org.sarhad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sarhad.extract.rules.ClaimFinder;
import org.sarhad.extract.rules.SentenceSplitter;

class SentenceSplitterTest {
    private static List<String> split(String text) {
        return SentenceSplitter.split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void keepsAbbreviationsAndInitialsInsideSentences() {
        List<String> s = split("Gen. Rashid met Col. B. Nur at 4 a.m. near the U.S. base. Nobody was hurt.");
        assertEquals(List.of("Gen. Rashid met Col. B. Nur at 4 a.m. near the U.S. base.", "Nobody was hurt."), s);
    }

    @Test
    void closingQuoteStaysWithItsSentence() {
        List<String> s = split("\u201CWe held the ridge.\u201D The patrol returned at dawn.");
        assertEquals(List.of("\u201CWe held the ridge.\u201D", "The patrol returned at dawn."), s);
    }

    @Test
    void headlineLineIsItsOwnSentence() {
        List<String> s = split("Guards repel raid on river post\n\nGuards repelled a raid on Tuesday.");
        assertEquals(2, s.size());
        assertEquals("Guards repel raid on river post", s.get(0));
    }

    @Test
    void hardWrappedLinesAreJoined() {
        String text = "The guards of the northern sector said they stopped two boats\nwith smugglers on the river near"
                + " the old ferry crossing point\nlate on Sunday evening. A second line follows.";
        List<String> s = split(text);
        assertEquals(2, s.size());
        assertEquals("A second line follows.", s.get(1));
    }

    @Test
    void gluedFullStopBeforeCapitalisedWordSplits() {
        assertEquals(2, split("Officials spoke on Friday.Reports said the post was calm.").size());
        assertEquals(List.of("He told the media.", "On Tuesday the guards left."),
                split("He told the media.On Tuesday the guards left."));
        assertEquals(1, split("Visit the site at example.org for the report.").size());
    }

    @Test
    void datelineIsASentenceOfItsOwnAndFurniture() {
        String[] lines = {
            "VELNA, Ruritania (AP) \u2014 Border guards traded fire on Monday, officials said.",
            "OSTRO KAMEN: Customs officers seized a truck.",
            "Velna, March 3 (Ruritan Wire) - Guards detained two men.",
            "NEWSDESK.COM - The ministry accused the rebels of the raid.",
            "VELNA, Ruritania (Wire) -Clashes erupted near the river post on Monday."};
        for (String text : lines) {
            List<org.sarhad.extract.Span> spans = SentenceSplitter.split(text);
            assertEquals(2, spans.size(), text);
            assertTrue(ClaimFinder.furniture(text, spans.get(0), ""), text);
            assertFalse(ClaimFinder.furniture(text, spans.get(1), ""), text);
        }
    }

    @Test
    void aCapitalisedOpeningInsideAParagraphIsNoDateline() {
        assertEquals(List.of("He said so.", "NATO: The alliance met."), split("He said so. NATO: The alliance met."));
        assertEquals(1, split("Velna - the capital - was calm on Monday.").size());
        assertEquals(1, split("The ISPR said: Security forces killed four militants.").size());
        assertEquals(1, split("UN-Habitat said the camp was full.").size());
    }
}
