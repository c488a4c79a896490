package org.sarhad.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** Grouping invented incidents of two articles that tell one story: which weaker pairs the story carries. */
class ClustersTest {
    private static final String TYPES = "https://example.org/taxonomy/incident-type/";

    private static SameEvent same() {
        Model m = ModelFactory.createDefaultModel();
        m.add(m.createResource(TYPES + "armed-clash"), SKOS.related, m.createResource(TYPES + "attack"));
        return new SameEvent(m);
    }

    private static List<IncidentFacts> incidents() {
        List<IncidentFacts> out = new ArrayList<>();
        for (String art : List.of("a", "b")) {
            String published = art.equals("a") ? "2030-05-10" : "2030-05-20";
            // the story: the same clash at the same post, day, participant and toll
            out.add(IncidentFixture.of(art, 1).published(published).date("2030-05-09").location("Khorog")
                    .feature("1", 37.49, 71.55).actor("border-troops").toll(2).facts());
            // a weaker pair agreeing on the place
            out.add(IncidentFixture.of(art, 2).published(published).type(art.equals("a") ? "attack" : "armed-clash")
                    .location("Panj").feature("2", 37.24, 69.10).facts());
            // a weaker pair agreeing only on the country and the toll
            out.add(IncidentFixture.of(art, 3).published(published).type(art.equals("a") ? "armed-clash" : "attack")
                    .toll(5).facts());
        }
        return out;
    }

    private static List<List<String>> groups(List<IncidentFacts> incidents) {
        Map<String, IncidentFacts> facts = new LinkedHashMap<>();
        incidents.forEach(f -> facts.put(f.iri(), f));
        return Clusters.of(facts, same()).stream().map(Clusters.Group::members).toList();
    }

    @Test
    void a_story_carries_a_weaker_pair_that_agrees_on_the_place_but_not_one_that_agrees_on_less() {
        List<IncidentFacts> incidents = incidents();
        List<List<String>> groups = groups(incidents);
        assertEquals(2, groups.size(), groups.toString());
        assertTrue(groups.get(0).get(0).endsWith("a-i1") && groups.get(0).get(1).endsWith("b-i1"), groups.toString());
        assertTrue(groups.get(1).get(0).endsWith("a-i2") && groups.get(1).get(1).endsWith("b-i2"), groups.toString());
        Map<String, IncidentFacts> facts = new LinkedHashMap<>();
        incidents.forEach(f -> facts.put(f.iri(), f));
        Clusters.Edge weak = Clusters.of(facts, same()).get(1).edges().get(0);
        assertTrue(weak.decision().rule().endsWith("+same-story"), weak.decision().rule());
        assertTrue(same().decide(incidents.get(1), incidents.get(4)).orElseThrow().score() < SameEvent.THRESHOLD);
    }

    @Test
    void context_incidents_show_the_story_but_join_no_group() {
        Map<String, IncidentFacts> facts = new LinkedHashMap<>();
        incidents().forEach(f -> facts.put(f.iri(), f));
        java.util.Set<String> context = java.util.Set.of(incidents().get(0).iri(), incidents().get(3).iri());
        List<List<String>> groups = Clusters.of(facts, same(), context).stream().map(Clusters.Group::members).toList();
        assertEquals(1, groups.size(), groups.toString());
        assertTrue(groups.get(0).get(0).endsWith("a-i2") && groups.get(0).get(1).endsWith("b-i2"), groups.toString());
    }

    @Test
    void the_groups_do_not_depend_on_the_order_the_incidents_come_in() {
        List<IncidentFacts> incidents = incidents();
        List<IncidentFacts> reversed = new ArrayList<>(incidents);
        Collections.reverse(reversed);
        assertEquals(groups(incidents), groups(reversed));
    }

    /** Strikes in one state and the next, nothing dated, nothing shared but the type and the state. */
    private static List<IncidentFacts> strikes(String article, String... states) {
        List<IncidentFacts> out = new ArrayList<>();
        for (int n = 0; n < states.length; n++) {
            out.add(IncidentFixture.of(article, n + 1).type("airstrike").country(states[n]).facts());
        }
        return out;
    }

    @Test
    void reports_that_pair_off_several_incidents_one_to_one_tell_one_story() {
        List<IncidentFacts> incidents = new ArrayList<>(strikes("a", "KG", "UZ"));
        incidents.addAll(strikes("b", "UZ", "KG"));
        assertTrue(same().decide(incidents.get(0), incidents.get(3)).orElseThrow().score() < SameEvent.THRESHOLD,
                "one such pair alone is weak");
        Map<String, IncidentFacts> facts = new LinkedHashMap<>();
        incidents.forEach(f -> facts.put(f.iri(), f));
        List<Clusters.Group> groups = Clusters.of(facts, same());
        assertEquals(List.of(List.of(incidents.get(0).iri(), incidents.get(3).iri()), List.of(incidents.get(1).iri(),
                incidents.get(2).iri())), groups.stream().map(Clusters.Group::members).toList());
        assertTrue(groups.get(0).edges().get(0).decision().rule().endsWith("+same-story"));
        List<IncidentFacts> one = new ArrayList<>(strikes("a", "KG"));
        one.addAll(strikes("b", "KG"));
        assertEquals(List.of(), groups(one), "a single alike pair tells nothing more");
        List<IncidentFacts> ambiguous = new ArrayList<>(strikes("a", "KG", "UZ"));
        ambiguous.addAll(strikes("b", "UZ", "KG", "KG"));
        assertEquals(List.of(), groups(ambiguous), "which of two strikes in one state pairs with which is not told");
    }
}
