package org.sarhad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sarhad.article.Article;

/** Claims, stances, quotes, reporting chains and coreference on synthetic reports. */
class ClaimsTest {
    private static final Dictionary DICT = Dictionary.of(List.of(
            new DictionaryEntry("urn:x:committee", EntityKind.ACTOR, "GovernmentAgency",
                    "National Guard Committee of Ruritania", List.of("NGC"), "RU", null),
            new DictionaryEntry("urn:x:front", EntityKind.ACTOR, "ArmedGroup", "Valley Front", List.of(), null, null),
            new DictionaryEntry("urn:x:wire", EntityKind.OUTLET, "MediaOutlet", "Wire Daily", List.of(), null, null),
            new DictionaryEntry("urn:x:own", EntityKind.OUTLET, "MediaOutlet", "Home News", List.of(), null, null),
            new DictionaryEntry("urn:x:ali", EntityKind.ACTOR, "Person", "Omar Haddad", List.of("Haddad"), null, null)));

    private static List<Claim> claims(String text) {
        Article a = new Article("t1", null, "Home News", LocalDate.of(2024, 6, 12), null, text, "test");
        return Extractor.create(DICT).extract(a).claims();
    }

    private static String quote(String text, Claim c) {
        return c.quote().of(text);
    }

    @Test
    void saidThatGivesTheReportedClauseAsQuote() {
        String text = "The NGC said that four smugglers were stopped near the river post.";
        Claim c = claims(text).get(0);
        assertEquals("National Guard Committee of Ruritania", c.claimant().label());
        assertEquals("The NGC", c.claimantText());
        assertEquals(Stance.ASSERTS, c.stance());
        assertEquals("four smugglers were stopped near the river post", quote(text, c));
    }

    @Test
    void committeeAndHeResolveToTheEntityNamedEarlier() {
        String text = "The National Guard Committee of Ruritania met on Monday. Later, the committee said the pass was "
                + "reopened to trucks. Omar Haddad spoke to reporters. He said the guards had lost no men in the night.";
        List<Claim> cs = claims(text);
        assertTrue(cs.stream().anyMatch(c -> c.claimantText().equals("the committee")
                && c.claimant().entityRef().equals("urn:x:committee")));
        assertTrue(cs.stream().anyMatch(c -> c.claimantText().equals("He") && "urn:x:ali".equals(c.claimant().entityRef())));
    }

    @Test
    void accusationsDenialsAndRejectionsGetTheirStance() {
        String text = "Valley Front accused the guards of burning two farms. The NGC denied any role in the fires. "
                + "Haddad rejected the report as baseless.";
        List<Claim> cs = claims(text);
        assertEquals(List.of("accuses", "denies", "rejects"), cs.stream().map(Claim::stance).toList());
        assertNotNull(cs.get(1).respondsTo());
    }

    @Test
    void citedStatementsKeepTheReportingChainButNotTheOwnOutlet() {
        String text = "\u201CThe gunmen refused to surrender and three of them were killed,\u201D Wire Daily cited a "
                + "statement from the NGC. Home News reported that the road is open.";
        List<Claim> cs = claims(text);
        assertEquals(1, cs.size());
        Claim c = cs.get(0);
        assertEquals("urn:x:committee", c.claimant().entityRef());
        assertEquals(List.of("Wire Daily"), c.reportedBy().stream().map(Mention::label).toList());
        assertTrue(quote(text, c).contains("three of them were killed"));
    }

    @Test
    void evidenceNotGivenIsRecorded() {
        String text = "Haddad claimed that foreign rifles reached the Valley Front. "
                + "Haddad did not provide evidence to support the allegation.";
        Claim c = claims(text).get(0);
        assertEquals(Boolean.FALSE, c.evidenceGiven());
    }

    @Test
    void narrationIsNotAClaim() {
        assertTrue(claims("Heavy snow closed the pass for three days. Trucks queued at the gate.").isEmpty());
        assertFalse(claims("Guards are said to have fired warning shots.").stream()
                .anyMatch(c -> c.claimantText().startsWith("Guards")));
    }
}
