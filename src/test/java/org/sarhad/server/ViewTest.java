package org.sarhad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.sarhad.iri.IriMinter;

class ViewTest {
    @Test
    void a_long_list_of_links_is_capped_and_says_how_many_more() {
        Model m = ModelFactory.createDefaultModel();
        View view = new View(m, IriMinter.create("http://localhost:3030/"));
        List<Resource> many = new ArrayList<>();
        for (int i = 0; i < View.MAX_LINKS + 50; i++) {
            many.add(m.createResource("http://localhost:3030/id/article/a" + i));
            many.add(m.createResource("http://localhost:3030/id/article/a" + i));
        }
        List<String> links = view.links(many);
        assertEquals(View.MAX_LINKS + 1, links.size());
        assertTrue(links.get(0).contains("href=\"/doc/article/a0\""), links.get(0));
        assertEquals("\u2026 and 50 more", links.get(View.MAX_LINKS));
        assertEquals(3, view.links(many.subList(0, 6)).size(), "duplicates collapse, short lists stay whole");
    }
}
