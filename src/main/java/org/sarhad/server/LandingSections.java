package org.sarhad.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.sarhad.vocab.OntologyResources;

/** The landing page's summaries drawn from the incident index: latest incidents and events, top borders and actors. */
final class LandingSections {
    static final int RECENT = 5;
    static final int TOP = 10;
    /** The ontology as bundled, read once: the store's own copy may be older or absent (a remote store). */
    private static final Model ONTOLOGY = OntologyResources.ontologyModel();

    private LandingSections() {
    }

    record Tally(String key, String label, int incidents, long fatalities) {
    }

    static Set<String> withSubclasses(Resource c) {
        Set<String> out = new TreeSet<>(List.of(c.getURI()));
        List<Resource> todo = new ArrayList<>(List.of(c));
        while (!todo.isEmpty()) {
            ONTOLOGY.listSubjectsWithProperty(RDFS.subClassOf, todo.remove(0)).forEachRemaining(s -> {
                if (s.isURIResource() && out.add(s.getURI())) {
                    todo.add(s);
                }
            });
        }
        return out;
    }

    static String recent(IncidentIndex index) {
        return Html.section("Latest incidents", latest(index.incidents(), Routes.INCIDENTS))
            + Html.section("Latest events", index.events().isEmpty()
                ? "<p>No cross-report events yet: they appear once reports of the same incident have been linked.</p>\n"
                : latest(index.events(), Routes.EVENTS));
    }

    private static String latest(List<IncidentRow> rows, String all) {
        List<String> items = rows.stream().filter(r -> r.date() != null)
            .sorted(Comparator.comparing(IncidentRow::date).reversed().thenComparing(IncidentRow::iri)).limit(RECENT)
            .map(r -> Html.esc(r.date()) + " <a href=\"" + Html.esc(r.href()) + "\">" + Html.esc(r.label()) + "</a>"
                + (r.fatalities() == null ? "" : " (" + r.fatalities() + " dead)")).toList();
        return items.isEmpty() ? "" : Html.list(items) + "<p><a href=\"" + all + "\">All " + rows.size() + "</a></p>\n";
    }

    static String top(IncidentIndex index) {
        List<IncidentRow> rows = index.incidents();
        String borders = table(tally(rows, r -> r.borderIri() == null ? List.<String[]>of()
            : List.<String[]>of(new String[] {IncidentIndex.slug(r.borderIri()), r.borderLabel()})), "border");
        String actors = table(tally(rows, r -> r.actors().stream().map(a -> new String[] {IncidentIndex.slug(a.iri()),
            a.label()}).toList()), "actor");
        return Html.section("Borders with the most incidents", borders) + Html.section("Actors in the most incidents", actors);
    }

    private static List<Tally> tally(List<IncidentRow> rows, Function<IncidentRow, List<String[]>> keys) {
        Map<String, Tally> t = new HashMap<>();
        for (IncidentRow r : rows) {
            long dead = r.fatalities() == null ? 0 : r.fatalities();
            keys.apply(r).stream().map(k -> k[0] + "\u0000" + k[1]).distinct().forEach(k -> {
                String[] parts = k.split("\u0000", 2);
                t.merge(parts[0], new Tally(parts[0], parts[1], 1, dead),
                    (a, b) -> new Tally(a.key(), a.label(), a.incidents() + 1, a.fatalities() + b.fatalities()));
            });
        }
        return t.values().stream().sorted(Comparator.comparingInt(Tally::incidents).reversed()
            .thenComparing(Comparator.comparingLong(Tally::fatalities).reversed()).thenComparing(Tally::label))
            .limit(TOP).toList();
    }

    private static String table(List<Tally> tallies, String param) {
        if (tallies.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<table><tr><th>" + (param.equals("border") ? "Border" : "Actor")
            + "</th><th>Incidents</th><th>Stated fatalities</th></tr>");
        for (Tally t : tallies) {
            b.append("<tr><td><a href=\"").append(Routes.INCIDENTS).append('?').append(param).append('=')
                .append(Html.esc(URLEncoder.encode(t.key(), StandardCharsets.UTF_8))).append("\">").append(Html.esc(t.label()))
                .append("</a></td><td>").append(t.incidents()).append("</td><td>").append(t.fatalities()).append("</td></tr>");
        }
        return b.append("</table>\n").toString();
    }
}
