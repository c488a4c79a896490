package org.sarhad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sarhad.article.Article;

/** Claim rules on phrasings written for the purpose: one proposition per claimant, quotes, stance, evidence. */
class ClaimRulesTest {
    private static final Dictionary DICT = Dictionary.of(List.of(
            new DictionaryEntry("urn:x:committee", EntityKind.ACTOR, "GovernmentAgency",
                    "National Guard Committee of Ruritania", List.of("NGC"), "RU", null),
            new DictionaryEntry("urn:x:front", EntityKind.ACTOR, "ArmedGroup", "Valley Front", List.of(), null, null),
            new DictionaryEntry("urn:x:council", EntityKind.ACTOR, "InternationalOrganization", "Peace Council",
                    List.of(), null, null),
            new DictionaryEntry("urn:x:ali", EntityKind.ACTOR, "Person", "Omar Haddad", List.of("Haddad"), null, null),
            new DictionaryEntry("urn:x:lena", EntityKind.ACTOR, "Person", "Lena Varga", List.of("Varga"), null, null)));

    private static Article article(String text) {
        return new Article("t2", null, "Home News", LocalDate.of(2024, 6, 12), null, text, "test");
    }

    private static List<Claim> claims(String text) {
        return Extractor.create(DICT).extract(article(text)).claims();
    }

    @Test
    void rejectingAndThenSayingIsOneClaimWithAShortQuote() {
        String text = "The Valley Front rejected the report and said: \u201CWe have never crossed the river.\u201D";
        List<Claim> cs = claims(text);
        assertEquals(1, cs.size(), cs.toString());
        assertEquals(Stance.REJECTS, cs.get(0).stance());
        assertEquals("The Valley Front rejected the report", cs.get(0).quote().of(text));
        assertEquals("The Valley Front", cs.get(0).claimantText());
    }

    @Test
    void aDenialCoordinatedWithSayingIsItsOwnClaim() {
        String text = "Haddad spoke to reporters at the pass. He gave no details but said talks were going on "
                + "and denied that any shots had been fired.";
        List<Claim> cs = claims(text);
        assertTrue(cs.stream().anyMatch(c -> c.stance() == Stance.DENIES && "urn:x:ali".equals(c.claimant().entityRef())),
                cs.toString());
    }

    @Test
    void theAddresseeOfToldIsNotPartOfTheQuote() {
        String text = "Varga told the Peace Council on Monday that rebels had moved heavy guns to the valley.";
        Claim c = claims(text).get(0);
        assertEquals("rebels had moved heavy guns to the valley", c.quote().of(text));
        String adjunct = "The NGC said in a statement on Friday that two posts were rebuilt.";
        assertEquals("two posts were rebuilt", claims(adjunct).get(0).quote().of(adjunct));
    }

    @Test
    void clauseFragmentsAndCaptionsAreNotClaimants() {
        assertTrue(claims("A wide view shows the river crossing near the old bridge at dawn.").isEmpty());
        assertTrue(claims("The country shares a border of 900 kilometres with Ruritania and has reported three raids "
                + "since May.").stream().noneMatch(c -> c.claimantText().contains("900")));
        assertTrue(claims("Unlike other states that have moved to talk to the rebels, the capital stayed silent.")
                .isEmpty());
    }

    @Test
    void anOuterReportOfAClaimAddsNoSecondClaim() {
        String text = "The NGC has claimed to have stopped six armed men at the river, officials reported on Monday.";
        List<Claim> cs = claims(text);
        assertEquals(1, cs.size(), cs.toString());
        assertEquals("urn:x:committee", cs.get(0).claimant().entityRef());
    }

    @Test
    void pronounSpeakersTakeTheAntecedentsNameAndQuotationsCount() {
        String text = "The NGC said a patrol was ambushed near the gorge. \u201CTwo attackers were killed in the "
                + "exchange,\u201D it said.";
        List<Claim> cs = claims(text);
        assertEquals(2, cs.size(), cs.toString());
        assertEquals("The NGC", cs.get(1).claimantText());
        String plain = "The NGC said a patrol was ambushed near the gorge. It said the road was closed for a day.";
        assertEquals(1, claims(plain).size());
    }

    @Test
    void aPronounPrefersTheActorNamedInItsOwnSentence() {
        String text = "The NGC said forty rebels were captured. The Valley Front did not comment, but in the past it "
                + "has repeatedly denied any losses.";
        Claim denial = claims(text).stream().filter(c -> c.stance() == Stance.DENIES).findFirst().orElseThrow();
        assertEquals("urn:x:front", denial.claimant().entityRef());
    }

    @Test
    void aClaimThatSomethingFellIntoHandsIsAnAssertion() {
        String text = "Varga claimed that rifles left behind by the army have reached the Valley Front.";
        assertEquals(Stance.ASSERTS, claims(text).get(0).stance());
    }

    @Test
    void noEvidenceMarksTheSpeakersOwnEarlierClaim() {
        String text = "Varga claimed that the Valley Front received mortars from abroad. The NGC said the border "
                + "was calm. On Monday, Varga did not provide evidence to support her allegation.";
        List<Claim> cs = claims(text);
        Claim varga = cs.stream().filter(c -> "urn:x:lena".equals(c.claimant().entityRef())).findFirst().orElseThrow();
        Claim ngc = cs.stream().filter(c -> "urn:x:committee".equals(c.claimant().entityRef())).findFirst().orElseThrow();
        assertEquals(Boolean.FALSE, varga.evidenceGiven());
        assertFalse(Boolean.FALSE.equals(ngc.evidenceGiven()));
    }

    @Test
    void aRejectedDocumentIsItselfAClaimantAndTheRejectionAnswersIt() {
        String text = "Last month, the Valley Front rejected a Peace Council report claiming that its fighters hold "
                + "two villages.";
        List<Claim> cs = claims(text);
        Claim report = cs.stream().filter(c -> c.claimantText().contains("report")).findFirst().orElseThrow();
        Claim rejection = cs.stream().filter(c -> c.stance() == Stance.REJECTS).findFirst().orElseThrow();
        assertEquals("its fighters hold two villages", report.quote().of(text));
        assertEquals(report.key(), rejection.respondsTo());
    }
}
