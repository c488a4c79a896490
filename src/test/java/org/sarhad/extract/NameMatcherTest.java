package org.sarhad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sarhad.extract.rules.NameMatcher;

class NameMatcherTest {
    private static final Dictionary DICT = Dictionary.of(List.of(
            new DictionaryEntry("urn:x:kg", EntityKind.PLACE, "Country", "Kyrgyzstan", List.of("Kyrgyz"), "KG", null),
            new DictionaryEntry("urn:x:gbao", EntityKind.PLACE, "AdministrativeRegion", "Gorno-Badakhshan",
                    List.of("GBAO"), "TJ", null),
            new DictionaryEntry("urn:x:is", EntityKind.ACTOR, "ArmedGroup", "Islamic State", List.of("IS"), null, null),
            new DictionaryEntry("urn:x:bs", EntityKind.ACTOR, "SecurityForce", "Border Service of Kyrgyzstan",
                    List.of("Kyrgyz border service"), "KG", null),
            new DictionaryEntry("urn:x:herald", EntityKind.OUTLET, "MediaOutlet", "The Herald", List.of(), null, null),
            new DictionaryEntry("urn:x:hlf", EntityKind.ACTOR, "ArmedGroup", "Herald Liberation Front", List.of(),
                    null, null)));

    private static List<String> surfaces(String text) {
        return NameMatcher.of(DICT).find(text).stream().map(NameMatcher.Hit::surface).toList();
    }

    @Test
    void toleratesPossessivesCurlyQuotesAndHyphenVariants() {
        assertEquals(List.of("Kyrgyzstan", "Gorno Badakhshan"), surfaces("Kyrgyzstan\u2019s envoy visited Gorno Badakhshan."));
        assertEquals(List.of("Gorno\u2013Badakhshan"), surfaces("in Gorno\u2013Badakhshan today"));
    }

    @Test
    void prefersTheLongestName() {
        NameMatcher.Hit hit = NameMatcher.of(DICT).find("The Kyrgyz Border Service said").get(0);
        assertEquals("Kyrgyz Border Service", hit.surface());
        assertEquals("urn:x:bs", hit.entries().get(0).iri());
    }

    @Test
    void aLongerNameWinsOverAnEarlierShorterOneItOverlaps() {
        assertEquals(List.of("Herald Liberation Front"), surfaces("clashes with the Herald Liberation Front in the hills"));
        assertEquals(List.of("The Herald"), surfaces("The Herald reported clashes"));
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertEquals(List.of("IS"), surfaces("The IS group said it is behind the raid."));
        assertTrue(surfaces("this is fine").isEmpty());
    }

    @Test
    void matchesWholeWordsOnly() {
        assertTrue(surfaces("the GBAOX district and Kyrgyzstanis").isEmpty());
    }
}
