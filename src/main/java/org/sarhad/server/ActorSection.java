package org.sarhad.server;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.sarhad.vocab.SARHAD;

/** Actor: names, state, alliances, posts, claims it made and claims about it, incidents it took part in. */
final class ActorSection {
    private ActorSection() {
    }

    static String render(View v, Resource a) {
        List<String> aliases = a.listProperties(SKOS.altLabel).toList().stream().map(s -> Html.esc(s.getString())).sorted()
            .toList();
        String summary = Html.dl("Also known as", String.join(", ", aliases), "Country", v.text(a, SARHAD.country),
            "Allied with", String.join(", ", v.links(v.objects(a, SARHAD.alliedWith))),
            "Affiliated with", String.join(", ", v.links(v.objects(a, SARHAD.affiliatedWith))),
            "Same as", String.join(", ", v.links(v.objects(a, SKOS.exactMatch))));
        List<Resource> incidents = new ArrayList<>();
        for (Resource p : v.subjects(SARHAD.participant, a)) {
            incidents.addAll(v.subjects(SARHAD.participation, p));
        }
        List<String> posts = v.objects(a, SARHAD.holdsPost).stream().map(p -> v.text(p, SARHAD.postLabel) + " "
            + v.text(p, SARHAD.postIn) + " " + v.text(p, SARHAD.heldFrom)).toList();
        return summary + EntityMaps.of(v, incidents) + Html.section("Posts", Html.list(posts))
            + Html.section("Claims made", Html.list(v.links(v.subjects(SARHAD.claimant, a))))
            + Html.section("Claims about", Html.list(v.links(v.subjects(SARHAD.about, a))))
            + Html.section("Incidents", Html.list(v.links(incidents)))
            + Html.section("Articles published", Html.list(v.links(v.subjects(SARHAD.outlet, a))))
            + Html.section("Reported claims", Html.list(v.links(v.subjects(SARHAD.reportedBy, a))))
            + Html.section("Allied with it", Html.list(v.links(v.subjects(SARHAD.alliedWith, a))));
    }
}
