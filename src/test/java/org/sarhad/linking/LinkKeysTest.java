package org.sarhad.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Candidate keys on invented incidents: found both ways or neither, and bounded by division when nothing dates. */
class LinkKeysTest {
    /** An incident as the keys see it: its area's states, its division, date and publication date. */
    private record Inc(String name, List<String> states, String division, String date, String published) {
        List<String> stored() {
            return LinkKeys.stored(states, division, date, published);
        }

        List<String> wanted() {
            return LinkKeys.wanted(states, division, date, published);
        }

        boolean finds(Inc o) {
            return !Collections.disjoint(wanted(), o.stored());
        }
    }

    private static final List<Inc> INCIDENTS = List.of(
            new Inc("dated in Khatlon", List.of("TJ", "AF"), "TJ.02", "2030-05-10", "2030-05-11"),
            new Inc("published in Khatlon", List.of("TJ"), "TJ.02", null, "2030-05-20"),
            new Inc("dated, no division", List.of("TJ"), null, "2030-05", null),
            new Inc("dated in Sughd", List.of("TJ"), "TJ.03", "2030-06-01", "2030-06-02"),
            new Inc("undated in Khatlon", List.of("TJ"), "TJ.02", null, null),
            new Inc("undated in Sughd", List.of("TJ", "KG"), "TJ.03", null, null),
            new Inc("undated, no division", List.of("TJ"), null, null, null),
            new Inc("undated in Badakhshan", List.of("AF"), "AF.01", null, null),
            new Inc("dated, years later", List.of("TJ"), "TJ.02", "2034-01-02", null),
            new Inc("undated, nowhere", List.of(), null, null, null));

    @Test
    void an_incident_finds_another_exactly_when_the_other_finds_it() {
        for (Inc a : INCIDENTS) {
            for (Inc b : INCIDENTS) {
                assertEquals(a.finds(b), b.finds(a), a.name() + " / " + b.name());
            }
        }
    }

    @Test
    void an_undated_incident_finds_its_division_and_the_undivided_rest_of_its_states_at_any_date() {
        Inc undated = INCIDENTS.get(4);
        List<String> found = new ArrayList<>();
        INCIDENTS.stream().filter(o -> o != undated && undated.finds(o)).forEach(o -> found.add(o.name()));
        assertEquals(List.of("dated in Khatlon", "published in Khatlon", "dated, no division", "undated, no division",
                "dated, years later"), found);
        assertFalse(undated.wanted().contains("A|TJ"), "not every incident of the state");
        assertTrue(INCIDENTS.get(6).finds(INCIDENTS.get(5)), "an undivided undated incident asks the whole state");
    }

    @Test
    void a_dated_incident_finds_the_undated_ones_of_its_division_and_of_none() {
        Inc dated = INCIDENTS.get(0);
        assertTrue(dated.finds(INCIDENTS.get(4)));
        assertTrue(dated.finds(INCIDENTS.get(6)));
        assertFalse(dated.finds(INCIDENTS.get(5)), "another division");
        assertFalse(dated.wanted().contains("U|TJ"));
        assertTrue(dated.finds(INCIDENTS.get(1)) && !dated.finds(INCIDENTS.get(8)), "by month, as before");
    }

    @Test
    void the_area_keys_name_the_states_of_the_area_only() {
        assertTrue(LinkKeys.isArea("A|TJ"));
        assertFalse(LinkKeys.isArea("A|TJ|TJ.02"));
        assertFalse(LinkKeys.isArea("U|TJ"));
    }
}
