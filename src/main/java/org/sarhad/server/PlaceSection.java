package org.sarhad.server;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.sarhad.vocab.SARHAD;

/** Place: where it is (map), what it is in and contains, incidents there, gazetteer identifiers. */
final class PlaceSection {
    private PlaceSection() {
    }

    static String render(View v, Resource p) {
        List<String> aliases = p.listProperties(SKOS.altLabel).toList().stream().map(s -> Html.esc(s.getString())).sorted()
            .limit(30).toList();
        String summary = Html.dl("Also known as", String.join(", ", aliases), "Country code", v.text(p, SARHAD.countryCode),
            "Located in", String.join(", ", v.links(v.objects(p, SARHAD.locatedIn))),
            "Population", v.text(p, SARHAD.population), "GeoNames id", v.text(p, SARHAD.geonamesId),
            "Same as", String.join(", ", v.links(v.objects(p, SKOS.exactMatch))));
        List<Resource> here = v.subjects(SARHAD.place, p);
        List<Resource> inCountry = v.subjects(SARHAD.country, p).stream().filter(r -> r.hasProperty(SARHAD.incidentType))
            .toList();
        List<Resource> all = new java.util.ArrayList<>(here);
        all.addAll(inCountry);
        return summary + EntityMaps.place(v, p, all)
            + Html.section("Incidents here", Html.list(v.links(here)))
            + Html.section("Incidents in this country", Html.list(v.links(inCountry)))
            + Html.section("Places within", Html.list(v.links(v.subjects(SARHAD.locatedIn, p))))
            + Html.section("Borders", Html.list(v.links(v.subjects(SARHAD.borderOf, p))));
    }
}
