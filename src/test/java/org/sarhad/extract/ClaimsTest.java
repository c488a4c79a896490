package org.sarhad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Claims on synthetic reports, across sentences: coreference, reporting chains, evidence and answers. What one rule
 * reads off one sentence is a fixture of {@link ClaimRuleFixturesTest} ({@code src/test/resources/extract/claims}).
 */
class ClaimsTest {
    private static List<Claim> claims(String text) {
        return Ruritania.claims(text);
    }

    private static String quote(String text, Claim c) {
        return c.quote().of(text);
    }

    @Test
    void committeeAndHeResolveToTheEntityNamedEarlier() {
        String text = "The National Guard Committee of Ruritania met on Monday. Later, the committee said the pass was "
                + "reopened to trucks. Omar Haddad spoke to reporters. He said the guards had lost no men in the night.";
        List<Claim> cs = claims(text);
        assertTrue(cs.stream().anyMatch(c -> c.claimantText().equals("the committee")
                && c.claimant().entityRef().equals(Ruritania.COMMITTEE)), cs.toString());
        assertTrue(cs.stream().anyMatch(c -> c.claimantText().equals("He")
                && Ruritania.HADDAD.equals(c.claimant().entityRef())), cs.toString());
    }

    @Test
    void heIsThePersonNamedSinceTheLastSpeaker() {
        String text = "A doctor at the district hospital, Lena Varga, said nine people were brought in on Monday. "
                + "A farmer from the river village, Tomas Berki, carried his brother to the hospital. "
                + "He said the shooting lasted an hour.";
        Claim last = claims(text).stream().filter(c -> quote(text, c).startsWith("the shooting")).findFirst().orElseThrow();
        assertEquals("Tomas Berki", last.claimant().label());
        assertEquals("Person", last.claimant().type());
    }

    @Test
    void aQuotationRunningOverParagraphsIsTheSpeakersWordsThroughout() {
        String text = "\u201CThe pass was closed at dawn,\u201D Omar Haddad said.\n\n\u201CThe guards saw four men with rifles. "
                + "They fled back across the river.\n\n\u201CNobody was hurt,\u201D he said.";
        List<Claim> cs = claims(text);
        for (String q : List.of("The guards saw four men with rifles", "They fled back across the river", "Nobody was hurt")) {
            assertTrue(cs.stream().anyMatch(c -> quote(text, c).startsWith(q)
                    && Ruritania.HADDAD.equals(c.claimant().entityRef())), q + " in " + cs);
        }
    }

    @Test
    void aReportInsideASpeakersQuotationIsTheSpeakersClaim() {
        String text = "\u201CThe guards said the road was open again,\u201D Omar Haddad told reporters.";
        List<Claim> cs = claims(text);
        assertEquals(1, cs.size(), cs.toString());
        assertEquals(Ruritania.HADDAD, cs.get(0).claimant().entityRef());
    }

    @Test
    void theStatementIsTheOneItsIssuerReleasedSomeParagraphsBefore() {
        String text = "The statement released by the NGC on Monday said a truck crossed at the Velna post. "
                + "It said the truck carried rifles. The post stayed closed for the day. Traders waited at the gate. "
                + "The Peace Council denied any part in the trade. "
                + "\u201CThe driver fled before his arrest,\u201D the statement said.";
        Claim last = claims(text).stream().filter(c -> quote(text, c).startsWith("The driver")).findFirst()
                .orElseThrow();
        assertEquals(Ruritania.COMMITTEE, last.claimant().entityRef(), last.toString());
    }

    @Test
    void aPersonsOfficeSpeaksForItselfNotAsThePerson() {
        String text = "Omar Haddad met the guards on Monday. Haddad\u2019s office said the pass was closed to trucks.";
        Claim c = claims(text).stream().filter(x -> quote(text, x).startsWith("the pass")).findFirst().orElseThrow();
        assertEquals("Haddad\u2019s office", c.claimant().label(), c.toString());
        assertEquals(null, c.claimant().entityRef(), c.toString());
    }

    @Test
    void anAliasResolvesToTheDictionaryEntry() {
        Claim c = claims("The NGC said that four smugglers were stopped near the river post.").get(0);
        assertEquals("National Guard Committee of Ruritania", c.claimant().label());
        assertEquals(Ruritania.COMMITTEE, c.claimant().entityRef());
    }

    @Test
    void aDenialAnswersTheAccusationBeforeIt() {
        String text = "Valley Front accused the guards of burning two farms. The NGC denied any role in the fires. "
                + "Haddad rejected the report as baseless.";
        List<Claim> cs = claims(text);
        assertEquals(List.of(Stance.ACCUSES, Stance.DENIES, Stance.REJECTS), cs.stream().map(Claim::stance).toList());
        assertNotNull(cs.get(1).respondsTo(), cs.toString());
    }

    @Test
    void citedStatementsKeepTheReportingChainButNotTheOwnOutlet() {
        String text = "\u201CThe gunmen refused to surrender and three of them were killed,\u201D Wire Daily cited a "
                + "statement from the NGC. Home News reported that the road is open.";
        List<Claim> cs = claims(text);
        assertEquals(1, cs.size(), cs.toString());
        Claim c = cs.get(0);
        assertEquals(Ruritania.COMMITTEE, c.claimant().entityRef());
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
}
