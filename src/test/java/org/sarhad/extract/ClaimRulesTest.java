package org.sarhad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Claims across sentences: pronoun speakers, evidence statements and answers to documents. What one rule reads off one
 * sentence is a fixture of {@link ClaimRuleFixturesTest} ({@code src/test/resources/extract/claims}).
 */
class ClaimRulesTest {
    @Test
    void aRuleOnACueWordWithoutAFixedStanceIsRefusedAtLoad() {
        assertThrows(IllegalStateException.class, () -> new org.sarhad.extract.rules.ClaimRule("claim.x", 1, "according",
                "", null, null, null, List.of(), Set.of(), null, false, true, "tree", false));
    }

    private static List<Claim> claims(String text) {
        return Ruritania.claims(text);
    }

    @Test
    void pronounSpeakersTakeTheAntecedentsNameAndQuotationsCount() {
        // two sentences of narration between: right after the first, the quotation would go on with its account
        String text = "The NGC said a patrol was ambushed near the gorge. The road to the gorge was closed. Traders "
                + "waited at the gate. \u201CTwo attackers were killed in the exchange,\u201D it said.";
        List<Claim> cs = claims(text);
        assertEquals(2, cs.size(), cs.toString());
        assertEquals("The NGC", cs.get(1).claimantText());
        assertEquals(Ruritania.COMMITTEE, cs.get(1).claimant().entityRef());
    }

    @Test
    @Disabled("the engine gives 2 claims: a pronoun speaker's plain restatement is kept as a claim of its own "
            + "(ClaimFilters.distinctStatement is no longer called)")
    void aPronounSpeakersPlainRestatementAddsNoClaim() {
        String plain = "The NGC said a patrol was ambushed near the gorge. It said the road was closed for a day.";
        assertEquals(1, claims(plain).size(), claims(plain).toString());
    }

    @Test
    void aPronounPrefersTheActorNamedInItsOwnSentence() {
        String text = "The NGC said forty rebels were captured. The Valley Front did not comment, but in the past it "
                + "has repeatedly denied any losses.";
        Claim denial = claims(text).stream().filter(c -> c.stance() == Stance.DENIES).findFirst().orElseThrow();
        assertEquals(Ruritania.FRONT, denial.claimant().entityRef());
    }

    @Test
    void noEvidenceMarksTheSpeakersOwnEarlierClaim() {
        String text = "Varga claimed that the Valley Front received mortars from abroad. The NGC said the border "
                + "was calm. On Monday, Varga did not provide evidence to support her allegation.";
        List<Claim> cs = claims(text);
        Claim varga = cs.stream().filter(c -> Ruritania.VARGA.equals(c.claimant().entityRef())).findFirst().orElseThrow();
        Claim ngc = cs.stream().filter(c -> Ruritania.COMMITTEE.equals(c.claimant().entityRef())).findFirst()
                .orElseThrow();
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
