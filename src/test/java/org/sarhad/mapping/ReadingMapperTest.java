package org.sarhad.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.sarhad.article.Article;
import org.sarhad.extract.DateValue;
import org.sarhad.extract.Dictionary;
import org.sarhad.extract.EntityKind;
import org.sarhad.extract.Incident;
import org.sarhad.extract.IncidentPlace;
import org.sarhad.extract.Mention;
import org.sarhad.extract.Reading;
import org.sarhad.extract.SeizedItem;
import org.sarhad.extract.Span;
import org.sarhad.iri.IriMinter;
import org.sarhad.reference.ReferenceData;
import org.sarhad.vocab.SARHAD;

/** The mapper as a pure function of a hand-built reading. */
class ReadingMapperTest {
    private static final String TEXT = "Guards clashed with smugglers near Zarbogh in Darvaz district on Monday.";
    private final IriMinter iris = IriMinter.createDefault();
    private final Dictionary dictionary = ReferenceData.dictionary(ReferenceData.load(iris.base()));
    private final ReadingMapper mapper = ReadingMapper.create(iris, dictionary);

    private Reading reading() {
        Article a = new Article("t1", null, "Test Wire", LocalDate.of(2024, 5, 15), "t", TEXT, "test");
        Mention village = new Mention("Zarbogh", new Span(35, 42), EntityKind.PLACE, null, "Zarbogh", "Locality");
        Incident i = new Incident("i1", "armed-clash", new DateValue("2024-05-13", DateValue.Precision.DAY, "on Monday"),
                new IncidentPlace("TJ", null, "Darvaz district", "Zarbogh", village), List.of(), 0,
                List.of(new SeizedItem("hashish (kg)", new BigDecimal("25.50"), new Span(0, 6))), null, null, null, null,
                List.of(new Span(0, TEXT.length())), "test");
        return new Reading(a, List.of(new Span(0, TEXT.length())), List.of(village), List.of(i), List.of());
    }

    @Test
    void an_unknown_village_keeps_its_name_no_id_and_lies_in_the_known_district() {
        Model m = mapper.map(reading());
        Resource village = m.createResource(iris.entity("place", "Zarbogh"));
        assertTrue(m.contains(village, SKOS.prefLabel, m.createLiteral("Zarbogh", "en")));
        assertTrue(m.contains(village, SARHAD.locatedIn, m.createResource(iris.entity("place", "darvaz"))));
        assertTrue(!m.contains(village, SARHAD.geonamesId), "no invented gazetteer id");
    }

    @Test
    void mapping_is_deterministic_and_quantities_are_canonical_decimals() {
        Model a = mapper.map(reading());
        Model b = mapper.map(reading());
        assertTrue(a.isIsomorphicWith(b));
        Resource item = a.createResource(iris.inArticle("incident", "t1", "i1") + "/item1");
        assertEquals("25.5", a.getProperty(item, SARHAD.quantity).getLiteral().getLexicalForm());
        assertEquals("30.0", Literals.canonicalDecimal(new BigDecimal("30")));
        assertEquals(EntityLinker.canonicalLabel("Militants"), EntityLinker.canonicalLabel("militants"));
        assertEquals("Tajikistan's guards", EntityLinker.canonicalLabel("tajikistan\u2019s  guards"));
    }
}
