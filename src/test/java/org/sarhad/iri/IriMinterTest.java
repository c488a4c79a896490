package org.sarhad.iri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.apache.jena.iri.IRI;
import org.apache.jena.iri.IRIFactory;
import org.junit.jupiter.api.Test;

class IriMinterTest {
    private final IriMinter iris = IriMinter.createDefault();

    @Test
    void entity_iris_are_slugs_of_names() {
        assertEquals("http://localhost:3030/id/actor/state-committee-for-national-security",
                iris.entity("actor", "State Committee for National Security"));
        assertEquals("http://localhost:3030/id/actor/tajikistans-border-troops", iris.entity("actor", "Tajikistan’s Border Troops"));
    }

    @Test
    void nfc_and_nfd_spellings_mint_one_iri() {
        String nfc = Normalizer.normalize("Rŭshon district", Normalizer.Form.NFC);
        String nfd = Normalizer.normalize("Rŭshon district", Normalizer.Form.NFD);
        assertNotEquals(nfc, nfd);
        assertEquals(iris.entity("place", nfc), iris.entity("place", nfd));
    }

    @Test
    void minted_iris_are_valid_rfc3987_iris_even_from_hostile_keys() {
        IRIFactory f = IRIFactory.iriImplementation();
        for (String key : new String[] {"\"> } ; DROP ALL ; #", "a b\tc", "\u0000x", "<script>", "", "—", "ع ب"}) {
            IRI iri = f.create(iris.entity("actor", key));
            assertTrue(!iri.hasViolation(false), key + " -> " + iri);
        }
    }

    @Test
    void long_keys_stay_unique_and_bounded() {
        String a = "x".repeat(200) + "a";
        String b = "x".repeat(200) + "b";
        assertNotEquals(IriMinter.slug(a), IriMinter.slug(b));
        assertTrue(IriMinter.slug(a).length() <= 80);
    }

    @Test
    void article_parts_and_graphs() {
        String claim = iris.inArticle("claim", "amu-tajik-kevron-2023", "c1");
        assertEquals("http://localhost:3030/id/claim/amu-tajik-kevron-2023-c1", claim);
        assertEquals(claim + "/quote", iris.part(claim, "quote"));
        assertEquals("http://localhost:3030/graph/article/amu-tajik-kevron-2023", iris.articleGraph("amu-tajik-kevron-2023"));
        assertEquals("http://localhost:3030/doc/claim/amu-tajik-kevron-2023-c1", iris.documentFor(claim));
    }

    @Test
    void builder_fails_fast_on_a_bad_base() {
        assertThrows(IllegalArgumentException.class, () -> IriMinter.create("localhost:3030"));
        assertThrows(IllegalArgumentException.class, () -> IriMinter.create("http://example.org/no-slash"));
        assertEquals("https://example.org/kb/id/place/kevron", IriMinter.create("https://example.org/kb/").entity("place", "Kevron"));
    }
}
