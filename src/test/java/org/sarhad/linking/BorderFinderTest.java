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

    private static Optional<String> border(String evidence, String... participantLabels) {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(TTL), BASE, "TTL");
        List<String[]> participants = java.util.Arrays.stream(participantLabels)
                .map(l -> new String[] {BASE + "id/actor/minted-" + l.length(), l}).toList();
        IncidentView i = new IncidentView(BASE + "id/incident/t-i1", "armed-clash", "2024-06-10", "XM", null, null,
                null, null, participants, null, null, List.of(new int[] {0, evidence.length()}), evidence);
        return new BorderFinder(ReferenceView.of(m)).find(i, evidence).map(f -> f.border().label());
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
