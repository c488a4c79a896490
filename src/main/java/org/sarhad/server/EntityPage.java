package org.sarhad.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.sarhad.vocab.SARHAD;

/** The HTML page of one entity: a section specific to its kind, then every statement about it and pointing at it. */
final class EntityPage {
    private EntityPage() {
    }

    static String render(View view, Resource entity, String kind) {
        String types = Html.list(view.links(view.objects(entity, RDF.type)));
        String specific = switch (kind) {
            case "incident" -> IncidentSection.render(view, entity);
            case "claim" -> ClaimSection.render(view, entity);
            case "article" -> ArticleSection.render(view, entity);
            case "actor" -> ActorSection.render(view, entity);
            case "place", "geoname", "admin-region" -> PlaceSection.render(view, entity);
            case "event" -> EntityMaps.of(view, view.objects(entity, SARHAD.hasReport));
            default -> "";
        };
        // Only pages that draw a map load its scripts.
        String head = specific.contains("class=\"map\"") ? MapView.head() : "";
        return Html.page(view.label(entity), "<p><code>" + Html.esc(entity.getURI()) + "</code></p>" + types + specific
            + Html.section("All statements", statements(view, entity))
            + Html.section("Referenced by", inbound(view, entity)), head);
    }

    private static String statements(View view, Resource entity) {
        List<Statement> all = new ArrayList<>(entity.listProperties().toList());
        all.sort(Comparator.comparing((Statement s) -> s.getPredicate().getURI()).thenComparing(s -> s.getObject().toString()));
        StringBuilder b = new StringBuilder();
        for (Statement s : all) {
            if (s.getPredicate().equals(SARHAD.text)) {
                continue;
            }
            b.append("<tr><th>").append(view.link(s.getPredicate())).append("</th><td>").append(view.value(s.getObject()))
                .append("</td></tr>");
        }
        return b.length() == 0 ? "" : "<table>" + b + "</table>\n";
    }

    private static String inbound(View view, Resource entity) {
        List<Statement> in = view.model().listStatements(null, null, entity).toList();
        StringBuilder b = new StringBuilder();
        in.stream().limit(EntityDescriber.MAX_INBOUND).forEach(s -> b.append("<tr><td>").append(view.link(s.getSubject()))
            .append("</td><th>").append(view.link(s.getPredicate())).append("</th></tr>"));
        return b.length() == 0 ? "" : "<table>" + b + "</table>\n";
    }
}
