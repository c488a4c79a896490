package org.sarhad.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** The pair rules of the event linker on invented incidents: dates, places, and what an undated pair needs. */
class SameEventTest {
    private static final String TYPES = "https://example.org/taxonomy/incident-type/";
    private final SameEvent same = new SameEvent(taxonomy());

    private static Model taxonomy() {
        Model m = ModelFactory.createDefaultModel();
        m.add(m.createResource(TYPES + "armed-clash"), SKOS.related, m.createResource(TYPES + "attack"));
        return m;
    }

    private Optional<SameEvent.Decision> decide(IncidentFixture a, IncidentFixture b) {
        Optional<SameEvent.Decision> ab = same.decide(a.facts(), b.facts());
        assertEquals(ab, same.decide(b.facts(), a.facts()), "symmetric");
        return ab;
    }

    private static IncidentFixture khorog(String article) {
        return IncidentFixture.of(article, 1).location("Khorog").feature("1", 37.49, 71.55).actor("border-troops");
    }

    @Test
    void an_undated_report_cannot_tell_of_an_event_dated_after_it_was_published() {
        IncidentFixture dated = khorog("a").date("2030-05-10").published("2030-05-10");
        assertTrue(same.conflict(dated.facts(), khorog("b").published("2030-05-07").facts()));
        assertFalse(same.conflict(dated.facts(), khorog("b").published("2030-05-11").facts()), "a day's grace");
        assertTrue(decide(dated, khorog("b").published("2030-05-12")).isPresent());
        assertTrue(same.conflict(khorog("a").date("2030-06").facts(), khorog("b").published("2030-05-30").facts()));
        assertEquals(-1, DateAgreement.of(khorog("a").date("2031").facts(), khorog("b").published("2030-12-30").facts()));
    }

    @Test
    void dates_two_or_three_days_apart_agree_weakly_and_further_apart_rule_a_pair_out() {
        IncidentFixture a = khorog("a").date("2030-05-10").toll(3);
        assertEquals(0.8, DateAgreement.of(a.facts(), khorog("b").date("2030-05-11").facts()));
        assertEquals(DateAgreement.FEW_DAYS_SCORE, DateAgreement.of(a.facts(), khorog("b").date("2030-05-13").facts()));
        assertTrue(decide(a, khorog("b").date("2030-05-12").toll(3)).isPresent(), "same place, actor and toll");
        assertTrue(same.conflict(a.facts(), khorog("b").date("2030-05-14").facts()));
        assertTrue(same.conflict(a.facts(), khorog("b").date("2030-04").facts()));
    }

    @Test
    void different_districts_of_one_division_agree_less_than_the_division_alone() {
        IncidentFixture a = IncidentFixture.of("a", 1).division("Khatlon region", "TJ.02").district("Vose district");
        IncidentFixture divisionOnly = IncidentFixture.of("b", 1).division("Khatlon", "TJ.02");
        IncidentFixture otherDistrict = IncidentFixture.of("b", 1).division("Khatlon", "TJ.02").district("Farkhor");
        IncidentFixture village = IncidentFixture.of("b", 1).division("Khatlon", "TJ.02").location("Panj");
        assertEquals(0.8, PlaceAgreement.of(a.facts(), divisionOnly.facts()));
        assertEquals(PlaceAgreement.OTHER_SPOTS, PlaceAgreement.of(a.facts(), otherDistrict.facts()));
        assertEquals(0.8, PlaceAgreement.of(a.facts(), village.facts()), "a village may lie in the district");
        assertEquals(1, PlaceAgreement.of(a.facts(), otherDistrict.district("Vose").facts()));
        assertEquals(-1, PlaceAgreement.of(a.facts(), IncidentFixture.of("b", 1).division("Sughd", "TJ.03").facts()));
    }

    @Test
    void a_division_reached_from_different_districts_is_not_the_same_place() {
        IncidentFixture a = IncidentFixture.of("a", 1).district("Vose").feature("tj-02", Double.NaN, Double.NaN);
        IncidentFixture b = IncidentFixture.of("b", 1).district("Farkhor").feature("tj-02", Double.NaN, Double.NaN);
        assertEquals(PlaceAgreement.OTHER_SPOTS, PlaceAgreement.of(a.facts(), b.facts()));
        assertEquals(1, PlaceAgreement.of(a.facts(), IncidentFixture.of("b", 1).feature("tj-02", Double.NaN, Double.NaN)
                .location("Panj").facts()));
    }

    @Test
    void a_shared_division_name_is_the_same_division_not_the_same_place() {
        IncidentFixture a = IncidentFixture.of("a", 1).division("Gorno-Badakhshan", null);
        assertEquals(0.8, PlaceAgreement.of(a.facts(), IncidentFixture.of("b", 1).division("Gorno Badakhshan", null)
                .facts()));
    }

    @Test
    void an_undated_pair_needs_a_participant_or_the_toll_in_common() {
        IncidentFixture a = IncidentFixture.of("a", 1).location("Khorog").feature("1", 37.49, 71.55);
        IncidentFixture b = IncidentFixture.of("b", 1).location("Khorog").feature("1", 37.49, 71.55);
        double alone = decide(a, b).orElseThrow().score();
        assertTrue(alone <= SameEvent.WEAK, "type and place alone: " + alone);
        assertTrue(decide(a.toll(4), b.toll(4)).orElseThrow().score() >= SameEvent.THRESHOLD);
        assertTrue(decide(a.actor("gknb"), b.actor("gknb")).orElseThrow().score() >= SameEvent.THRESHOLD);
    }

    @Test
    void an_undated_pair_of_related_types_is_not_judged_as_if_its_dates_agreed() {
        IncidentFixture clash = IncidentFixture.of("a", 1).division("Khatlon", "TJ.02").toll(4);
        IncidentFixture attack = IncidentFixture.of("b", 1).type("attack").division("Khatlon", "TJ.02").toll(4);
        assertTrue(decide(clash, IncidentFixture.of("c", 1).division("Khatlon", "TJ.02").toll(4)).orElseThrow()
                .score() >= SameEvent.THRESHOLD, "one type, one division, one toll");
        double related = decide(clash, attack).orElseThrow().score();
        assertTrue(related < SameEvent.THRESHOLD, "an attack and a clash in one division with one toll: " + related);
    }

    @Test
    void two_borders_of_one_state_are_a_near_miss_and_borders_of_no_common_state_rule_a_pair_out() {
        IncidentFixture a = IncidentFixture.of("a", 1).country("TJ", "UZ").border("tajikistan-uzbekistan");
        IncidentFixture b = IncidentFixture.of("b", 1).country("TJ", "AF").border("afghanistan-tajikistan");
        IncidentFixture c = IncidentFixture.of("c", 1).country("PK", "AF").border("afghanistan-pakistan");
        assertEquals(PlaceAgreement.OTHER_BORDER, PlaceAgreement.of(a.facts(), b.facts()));
        assertTrue(same.conflict(a.facts(), c.facts()));
        assertEquals(0.6, PlaceAgreement.of(b.facts(), IncidentFixture.of("d", 1).country("TJ", "AF")
                .border("afghanistan-tajikistan").facts()));
    }

    @Test
    void a_place_the_reference_data_puts_in_another_district_is_another_spot_of_the_division() {
        IncidentFixture crossing = IncidentFixture.of("a", 1).country("PK", "AF").location("Zarkol")
                .place("zarkol", "Varan District").feature("pk-09", Double.NaN, Double.NaN).actor("border-guards");
        IncidentFixture otherDistrict = IncidentFixture.of("b", 1).country("PK", "AF").district("Mirdosh")
                .feature("pk-09", Double.NaN, Double.NaN).actor("border-guards");
        assertEquals(PlaceAgreement.OTHER_SPOTS, PlaceAgreement.of(crossing.facts(), otherDistrict.facts()));
        assertEquals(1, PlaceAgreement.of(crossing.facts(), IncidentFixture.of("b", 1).country("PK", "AF")
                .district("Varan").feature("pk-09", Double.NaN, Double.NaN).facts()), "its own district");
        assertEquals(1, PlaceAgreement.of(IncidentFixture.of("a", 1).country("PK", "AF").location("Zarkol")
                .feature("pk-09", Double.NaN, Double.NaN).facts(), otherDistrict.facts()), "a place it may lie in");
        assertTrue(decide(crossing, otherDistrict).map(d -> d.score() < SameEvent.THRESHOLD).orElse(true));
    }

    @Test
    void a_name_shared_across_a_border_is_one_spot_only_at_a_crossing_on_it() {
        IncidentFixture here = IncidentFixture.of("a", 1).country("IR", "PK").border("iran-pakistan").date("2030-01")
                .location("Dastan").division("Lower Vale", null);
        IncidentFixture across = IncidentFixture.of("b", 1).country("PK", "IR").border("iran-pakistan").date("2030-01")
                .location("Dastan").division("Upper Vale", null);
        assertEquals(0.4, PlaceAgreement.of(here.facts(), across.facts()), "states across a border");
        assertTrue(decide(here, across).map(d -> d.score() < SameEvent.THRESHOLD).orElse(true));
        assertEquals(1, PlaceAgreement.of(here.crossing().facts(), across.crossing().facts()));
        assertEquals(1, PlaceAgreement.of(IncidentFixture.of("a", 1).country("PK", "IR").location("Dastan").facts(),
                across.facts()), "one state");
    }
}
