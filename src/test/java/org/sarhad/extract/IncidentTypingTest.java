package org.sarhad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sarhad.article.Article;

/** Incident typing rules on phrasings written for the purpose. */
class IncidentTypingTest {
    private static final Dictionary DICT = Dictionary.of(List.of(
            new DictionaryEntry("urn:x:rur", EntityKind.PLACE, "Country", "Ruritania", List.of("Ruritanian"), "RU", null),
            new DictionaryEntry("urn:x:pine", EntityKind.PLACE, "District", "Pinewood", List.of(), "RU", "urn:x:rur")));

    private static List<Incident> incidents(String title, String text) {
        Article a = new Article("t3", null, null, LocalDate.of(2024, 6, 12), title, text, "test");
        return Extractor.create(DICT).extract(a).incidents();
    }

    private static String firstType(String title, String text) {
        List<Incident> is = incidents(title, text);
        assertFalse(is.isEmpty(), "no incident in: " + text);
        return is.get(0).type();
    }

    @Test
    void fireFromAStatesForcesIsAnArmedClashNotAnAttack() {
        assertEquals("armed-clash", firstType(null, "Shelling from Ruritanian forces killed two people in Pinewood "
                + "district on Monday."));
        assertEquals("attack", firstType(null, "Gunmen attacked a checkpoint in Pinewood district on Monday, killing "
                + "two guards."));
    }

    @Test
    void militantsWhoOpenFireAttackWhileForcesWhoOpenFireClash() {
        assertEquals("attack", firstType(null, "Three guards were killed after militants opened fire on a post in "
                + "Pinewood district on Monday."));
        assertEquals("armed-clash", firstType(null, "Three guards were killed after Ruritanian troops opened fire on "
                + "a post in Pinewood district on Monday."));
    }

    @Test
    void aStatesOwnAttackInAnArticleAboutAirStrikesIsAnAirstrike() {
        assertEquals("airstrike", firstType(null, "Ruritania's attack on militant hideouts in Pinewood district on "
                + "Monday killed three people, officials said. The air raid drew protests."));
        assertEquals("attack", firstType(null, "Ruritania's attack on militant hideouts in Pinewood district on "
                + "Monday killed three people, officials said."));
    }

    @Test
    void seizingPowerIsNoSeizure() {
        assertEquals(List.of(), incidents(null, "The movement seized power in Ruritania in August 2021 as foreign "
                + "troops withdrew."));
        assertEquals("weapons-seizure", firstType(null, "Guards seized 12 rifles in Pinewood district on Monday."));
    }

    @Test
    void eventsSpokenOfOnlyInThePluralWithNoPlaceOrDayAreATally() {
        assertEquals(List.of(), incidents(null, "Relations have soured as attacks mounted along the frontier since "
                + "October."));
        assertEquals("attack", firstType(null, "Attacks on two posts in Pinewood district on Monday wounded a guard."));
    }

    @Test
    void aGunfightWithSmugglersIsAnArmedClash() {
        assertEquals("armed-clash", firstType(null, "Border guards exchanged fire with a gang in Pinewood district "
                + "on Monday. Two smugglers were killed and 40 kilograms of heroin were seized."));
    }

    @Test
    void anInterdictionLedBySmugglingStaysSmuggling() {
        assertEquals("smuggling", firstType(null, "Guards foiled an attempt to smuggle 60 kilograms of opium into "
                + "Ruritania in Pinewood district on Monday; one courier was killed in a shootout."));
    }

    @Test
    void namingTheDeadAsSmugglersDoesNotMakeASmuggling() {
        assertEquals("armed-clash", firstType(null, "Troops killed four men in Pinewood district on Monday after they "
                + "refused to surrender. Officials described the dead as smugglers and militants."));
    }

    @Test
    void aRepelledAttackIsAnArmedClash() {
        assertEquals("armed-clash", firstType(null, "Six soldiers died while repelling a night attack on a post in "
                + "Pinewood district on Monday."));
    }

    @Test
    void dronesAreAttacksUnlessAnAirForceFlies() {
        assertEquals("attack", firstType(null, "A drone attack hit a checkpoint in Pinewood district on Monday, "
                + "killing two guards."));
        assertEquals("airstrike", firstType(null, "The Ruritanian air force carried out drone strikes in Pinewood "
                + "district on Monday, killing five fighters."));
    }

    @Test
    void theHeadlineWordYieldsToTheBody() {
        String title = "Firefight at the border";
        assertEquals("attack", firstType(title, title + "\nGunmen attacked a border post in Pinewood district on "
                + "Monday, and three of them were killed in the ensuing firefight."));
    }
}
