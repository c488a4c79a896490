package org.sarhad.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/** Which border an incident is put on, over invented states: three neighbours of one. */
class BorderFinderTest {
    private static final String BASE = "http://example.org/";
    private static final String TTL = """
            @prefix sarhad: <https://w3id.org/sarhad/ontology#> .
            @prefix skos:   <http://www.w3.org/2004/02/skos/core#> .
            <id/place/mid> a sarhad:Country ; skos:prefLabel "Midland"@en ; skos:hiddenLabel "Midlandic"@en ;
                sarhad:countryCode "XM" .
            <id/place/north> a sarhad:Country ; skos:prefLabel "Northland"@en ; skos:hiddenLabel "Northern"@en ;
                sarhad:countryCode "XN" .
            <id/place/west> a sarhad:Country ; skos:prefLabel "Westland"@en ; skos:hiddenLabel "Western"@en ;
                sarhad:countryCode "XW" .
            <id/border/mid-north> a sarhad:Border ; skos:prefLabel "Mid-North border"@en ;
                sarhad:borderOf <id/place/mid>, <id/place/north> .
            <id/border/mid-west> a sarhad:Border ; skos:prefLabel "Mid-West border"@en ;
                sarhad:borderOf <id/place/mid>, <id/place/west> .
            """;

    private static BorderFinder finder() {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(TTL), BASE, "TTL");
        return new BorderFinder(ReferenceView.of(m));
    }

    private static IncidentView incident(String key, String type, String date, String evidence,
            String... participantLabels) {
        List<String[]> participants = java.util.Arrays.stream(participantLabels)
                .map(l -> new String[] {BASE + "id/actor/minted-" + l.length(), l}).toList();
        return new IncidentView(BASE + "id/incident/t-" + key, type, date, "XM", null, null, null, null, participants,
                null, null, List.of(new int[] {0, evidence.length()}), evidence);
    }

    private static Optional<String> border(String evidence, String... participantLabels) {
        return finder().find(incident("i1", "armed-clash", "2024-06-10", evidence, participantLabels), evidence)
                .map(f -> f.border().label());
    }

    @Test
    void the_other_strike_of_one_raid_takes_its_border_but_not_a_strike_of_another_day() {
        String text = "Northern air strikes hit Upper Vale at the border on Monday, killing three, while two were "
                + "killed in a strike in Lower Vale.";
        IncidentView placed = incident("i1", "airstrike", "2024-06-10", text, "Northern aircraft");
        IncidentView sameDay = incident("i2", "airstrike", "2024-06-10",
                "while two were killed in a strike in Lower Vale.");
        IncidentView otherDay = incident("i3", "airstrike", "2024-06-08", "A strike hit Lower Vale on Saturday.");
        IncidentView otherType = incident("i4", "bombing", "2024-06-10", "A bomb went off in Lower Vale.");
        List<IncidentView> all = List.of(placed, sameDay, otherDay, otherType);
        BorderFinder finder = finder();
        java.util.Map<String, Optional<BorderFinder.Found>> found = new java.util.HashMap<>();
        all.forEach(i -> found.put(i.iri(), finder.find(i, text)));
        assertEquals(Optional.of("Mid-North border"), found.get(placed.iri()).map(f -> f.border().label()));
        assertEquals(Optional.empty(), found.get(sameDay.iri()), "its own clause names neither state nor border");
        Optional<BorderFinder.Found> raid = BorderFinder.sameRaid(sameDay, all, found);
        assertEquals(Optional.of("Mid-North border"), raid.map(f -> f.border().label()));
        assertEquals("border.same-raid", raid.get().rule());
        assertEquals(Optional.empty(), BorderFinder.sameRaid(otherDay, all, found));
        assertEquals(Optional.empty(), BorderFinder.sameRaid(otherType, all, found));
    }

    @Test
    void the_participants_states_decide_before_states_the_sentences_only_name() {
        String text = "Midlandic forces and Northern border guards clashed in the hills at the border. Earlier, the "
                + "Midlandic forces had clashed with Western troops.";
        assertEquals(Optional.of("Mid-North border"), border(text, "Midlandic forces", "Northern border guards"));
    }

    @Test
    void named_states_decide_where_the_participants_leave_the_pair_open() {
        String text = "Midlandic guards came under fire at the border with Northland.";
        assertEquals(Optional.of("Mid-North border"), border(text, "Midlandic guards"));
        assertEquals(Optional.empty(), border("Midlandic guards came under fire at the border with Northland and "
                + "Westland.", "Midlandic guards"));
    }
}
