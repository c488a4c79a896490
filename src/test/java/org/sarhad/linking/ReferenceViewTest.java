package org.sarhad.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/** What the event linker reads of invented reference data: the districts a place lies in, crossings on a border. */
class ReferenceViewTest {
    private static final String BASE = "http://example.org/";
    private static final String TTL = """
            @prefix sarhad: <https://w3id.org/sarhad/ontology#> .
            @prefix skos:   <http://www.w3.org/2004/02/skos/core#> .
            <id/place/north> a sarhad:Country ; skos:prefLabel "Northland"@en ; sarhad:countryCode "XN" .
            <id/place/south> a sarhad:Country ; skos:prefLabel "Southland"@en ; sarhad:countryCode "XS" .
            <id/border/north-south> a sarhad:Border ; skos:prefLabel "North-South border"@en ;
                sarhad:borderOf <id/place/north>, <id/place/south> ; sarhad:hasCrossing <id/place/zarkol> .
            <id/place/upper-vale> a sarhad:AdministrativeRegion ; skos:prefLabel "Upper Vale"@en ;
                sarhad:locatedIn <id/place/south> .
            <id/place/varan> a sarhad:District ; skos:prefLabel "Varan District"@en ;
                sarhad:locatedIn <id/place/upper-vale> .
            <id/place/zarkol> a sarhad:BorderCrossing ; skos:prefLabel "Zarkol"@en ;
                sarhad:locatedIn <id/place/varan> .
            <id/place/mirdosh> a sarhad:Locality ; skos:prefLabel "Mirdosh"@en ;
                sarhad:locatedIn <id/place/upper-vale> .
            """;

    private static ReferenceView view() {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(TTL), BASE, "TTL");
        return ReferenceView.of(m);
    }

    @Test
    void a_place_lies_in_the_districts_of_its_chain_and_a_crossing_is_on_its_border() {
        ReferenceView ref = view();
        assertEquals(List.of("Varan District"), ref.districtsOf(BASE + "id/place/zarkol"));
        assertEquals(List.of("Varan District"), ref.districtsOf(BASE + "id/place/varan"), "a district itself");
        assertEquals(List.of(), ref.districtsOf(BASE + "id/place/mirdosh"), "in a region, no district known");
        assertEquals("varan", PlaceNames.key(ref.districtsOf(BASE + "id/place/zarkol").get(0)));
        assertTrue(ref.onBorder(BASE + "id/place/zarkol").isPresent());
        assertTrue(ref.onBorder(BASE + "id/place/mirdosh").isEmpty());
    }
}
