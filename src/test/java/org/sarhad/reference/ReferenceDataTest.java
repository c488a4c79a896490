package org.sarhad.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.sarhad.extract.Dictionary;
import org.sarhad.extract.DictionaryEntry;
import org.sarhad.extract.EntityKind;
import org.sarhad.extract.Extractor;
import org.sarhad.extract.Incident;

class ReferenceDataTest {
    private static final String BASE = "http://example.org/kb/";

    @Test
    void relativeIrisResolveAgainstTheBase() {
        Model m = ReferenceData.load(BASE);
        Resource kevron = m.getResource(BASE + "id/place/kevron");
        assertTrue(kevron.hasProperty(SKOS.prefLabel));
    }

    @Test
    void everyEntityHasExactlyOneEnglishPrefLabel() {
        Model m = ReferenceData.load(BASE);
        m.listSubjectsWithProperty(SKOS.prefLabel).forEachRemaining(s ->
                assertEquals(1, s.listProperties(SKOS.prefLabel).toList().size(), s.getURI()));
    }

    @Test
    void dictionaryCarriesKindsTypesAliasesCountriesAndParents() {
        Dictionary d = ReferenceData.dictionary(BASE);
        DictionaryEntry gknb = d.get(BASE + "id/actor/gknb-tajikistan").orElseThrow();
        assertEquals(EntityKind.ACTOR, gknb.kind());
        assertEquals("GovernmentAgency", gknb.type());
        assertTrue(gknb.aliases().contains("GKNB"));
        assertEquals("TJ", gknb.countryCode());
        DictionaryEntry kevron = d.get(BASE + "id/place/kevron").orElseThrow();
        assertEquals("TJ", kevron.countryCode());
        assertEquals(BASE + "id/place/darvaz", kevron.parent());
        assertEquals(EntityKind.OUTLET, d.get(BASE + "id/actor/akipress").orElseThrow().kind());
        assertEquals("ArmedGroup", d.get(BASE + "id/actor/ttp").orElseThrow().type());
    }

    @Test
    void aRegionsTransliterationsNameItWholeNotTheNeighbourInsideIt() {
        Extractor x = Extractor.create(ReferenceData.dictionary(BASE));
        for (String spelling : java.util.List.of("Sistan and Balochistan", "Sistan va Baluchestan")) {
            String text = "Gunmen attacked a police post in " + spelling + " province on Monday.";
            Incident i = x.extract(new org.sarhad.article.Article("t", null, null, java.time.LocalDate.of(2024, 6, 12),
                    null, text, "test")).incidents().get(0);
            assertEquals("IR", i.place().countryCode(), i.toString());
            assertEquals(spelling + " province", i.place().admin1(), i.toString());
        }
    }
}
