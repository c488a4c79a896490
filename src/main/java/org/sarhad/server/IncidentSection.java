package org.sarhad.server;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.sarhad.vocab.SARHAD;

/** Incident: what, when (with precision), where (with a map), who in which role, toll, seizures, evidence, sources. */
final class IncidentSection {
    private IncidentSection() {
    }

    static String render(View v, Resource i) {
        Resource place = i.getPropertyResourceValue(SARHAD.place);
        String when = i.hasProperty(SARHAD.dateUnknown) ? "unknown"
            : v.text(i, SARHAD.date) + precision(v, i, SARHAD.datePrecision);
        String where = (place == null ? "unknown" : v.link(place)) + precision(v, i, SARHAD.placePrecision);
        String summary = Html.dl("Type", v.text(i, SARHAD.incidentType), "Date", when, "Date as written",
            v.text(i, SARHAD.dateText), "Place", where, "Location as written", v.text(i, SARHAD.locationText),
            "District as written", v.text(i, SARHAD.admin2Text), "Province as written", v.text(i, SARHAD.admin1Text),
            "Country", v.text(i, SARHAD.country), "Border", v.text(i, SARHAD.onBorder),
            "Crossed from", v.text(i, SARHAD.crossedFrom), "Crossed into", v.text(i, SARHAD.crossedInto),
            "Fatalities", v.text(i, SARHAD.fatalities), "Fatalities stated by", v.text(i, SARHAD.fatalitiesStatedBy),
            "Intent", v.text(i, SARHAD.intent), "Preceded by", v.text(i, SARHAD.precededBy), "Part of", v.text(i, SARHAD.partOf));
        return summary + EntityMaps.incident(v, i)
            + Html.section("Participants", participants(v, i))
            + Html.section("Seized", seized(v, i))
            + Html.section("Evidence", Snippets.evidence(v, i))
            + Html.section("Reported by", Html.list(sources(v, i)))
            + Html.section("Other reports of the same event", Html.list(sameEvent(v, i)));
    }

    private static String precision(View v, Resource i, Property p) {
        return i.hasProperty(p) ? " <small>(precision: " + v.link(i.getPropertyResourceValue(p)) + ")</small>" : "";
    }

    private static String participants(View v, Resource i) {
        StringBuilder b = new StringBuilder();
        for (Resource p : v.objects(i, SARHAD.participation)) {
            b.append("<tr><td>").append(v.text(p, SARHAD.participant)).append("</td><td>").append(v.text(p, SARHAD.role))
                .append("</td><td>").append(v.text(p, SARHAD.nameInText)).append("</td></tr>");
        }
        return b.length() == 0 ? "" : "<table><tr><th>Actor</th><th>Role</th><th>Named in text</th></tr>" + b + "</table>\n";
    }

    private static String seized(View v, Resource i) {
        StringBuilder b = new StringBuilder();
        for (Resource s : v.objects(i, SARHAD.seized)) {
            b.append("<tr><td>").append(v.text(s, SARHAD.itemLabel)).append("</td><td>").append(v.text(s, SARHAD.quantity))
                .append("</td></tr>");
        }
        return b.length() == 0 ? "" : "<table><tr><th>Item</th><th>Quantity</th></tr>" + b + "</table>\n";
    }

    static List<String> sources(View v, Resource x) {
        List<String> out = new ArrayList<>();
        for (Resource a : v.objects(x, ArticleSection.DERIVED_FROM)) {
            Resource outlet = a.getPropertyResourceValue(SARHAD.outlet);
            out.add(v.link(a) + (outlet == null ? "" : " \u2014 " + v.link(outlet)));
        }
        return out;
    }

    private static List<String> sameEvent(View v, Resource i) {
        List<Resource> same = new ArrayList<>(v.objects(i, SARHAD.sameEventAs));
        same.addAll(v.subjects(SARHAD.sameEventAs, i));
        return v.links(same);
    }
}
