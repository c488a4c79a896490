package org.sarhad.linking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.sarhad.export.Queries;
import org.sarhad.export.WktPoint;

/**
 * Reads {@link IncidentFacts} of given incidents, and the incidents stored under given index keys, from the store
 * (by IRI and by key: index lookups, never a scan). Runs inside the caller's transaction, and lives no longer:
 * what it has read it keeps.
 */
final class FactReader {
    private final Dataset ds;
    private final ReferenceView ref;
    private final Map<String, IncidentFacts> read = new HashMap<>();

    FactReader(Dataset ds, ReferenceView ref) {
        this.ds = ds;
        this.ref = ref;
    }

    /** The incidents stored under any of {@code keys}. */
    Set<String> withKeys(Collection<String> keys) {
        Set<String> out = new TreeSet<>();
        if (keys.isEmpty()) {
            return out;
        }
        String values = keys.stream().map(FactReader::literal).collect(Collectors.joining(" "));
        select("PREFIX sarhad: <https://w3id.org/sarhad/ontology#> SELECT DISTINCT ?i WHERE { VALUES ?k { " + values
                + " } ?i sarhad:linkKey ?k }", s -> out.add(s.getResource("i").getURI()));
        return out;
    }

    /** The facts of the given incidents; each incident is read once per reader, as one update asks for some again. */
    Map<String, IncidentFacts> facts(Collection<String> incidents) {
        List<String> unread = incidents.stream().filter(i -> !read.containsKey(i)).toList();
        read.putAll(query(unread));
        Map<String, IncidentFacts> out = new LinkedHashMap<>();
        incidents.stream().filter(read::containsKey).forEach(i -> out.put(i, read.get(i)));
        return out;
    }

    private Map<String, IncidentFacts> query(Collection<String> incidents) {
        Map<String, IncidentFacts> out = new LinkedHashMap<>();
        if (incidents.isEmpty()) {
            return out;
        }
        String values = incidents.stream().map(i -> "<" + i + ">").collect(Collectors.joining(" "));
        Map<String, Map<String, Set<String>>> multi = new HashMap<>();
        select(Queries.load("link-incident-lists.rq").replace("#VALUES", values), s -> multi
                .computeIfAbsent(s.getResource("i").getURI(), k -> new HashMap<>())
                .computeIfAbsent(s.getLiteral("cell").getString(), k -> new TreeSet<>()).add(str(s, "value")));
        select(Queries.load("link-incident-facts.rq").replace("#VALUES", values), s -> {
            String iri = s.getResource("i").getURI();
            if (out.containsKey(iri)) {
                return;
            }
            Map<String, Set<String>> m = multi.getOrDefault(iri, Map.of());
            String country = blank(str(s, "country"));
            Set<String> states = new TreeSet<>();
            if (country != null) {
                states.add(country);
            }
            String border = blank(str(s, "border"));
            m.getOrDefault("key", Set.of()).stream().filter(LinkKeys::isArea).forEach(k -> states.add(k.substring(2)));
            // a division's seat, or the division a village lies in, places an incident only roughly: no distances
            String rule = str(s, "rule");
            double[] point = rule.contains("seat") || rule.contains("within") ? point("") : point(str(s, "wkt"));
            String fat = str(s, "fatalities");
            String place = blank(str(s, "place"));
            Set<String> districts = folded(m, "district");
            // where the text names no district, the one the reference data puts its place in tells two spots apart
            Set<String> within = !districts.isEmpty() || place == null ? Set.of() : ref.districtsOf(place).stream()
                    .map(PlaceNames::key).filter(k -> !k.isEmpty()).collect(Collectors.toSet());
            out.put(iri, new IncidentFacts(iri, str(s, "article"), str(s, "articleId"), blank(str(s, "published")),
                    blank(str(s, "outlet")), last(str(s, "type")), blank(str(s, "date")), country, states, border,
                    folded(m, "location"), districts, within, folded(m, "division"), place,
                    place != null && ref.onBorder(place).isPresent(), blank(str(s, "feature")),
                    blank(str(s, "admin1")), point[0], point[1], m.getOrDefault("actor", Set.of()),
                    fat.isEmpty() ? null : Integer.valueOf(fat), new ArrayList<>(m.getOrDefault("claim", Set.of()))));
        });
        return out;
    }

    private void select(String query, java.util.function.Consumer<QuerySolution> each) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            qe.execSelect().forEachRemaining(each);
        }
    }

    private static Set<String> folded(Map<String, Set<String>> cells, String cell) {
        return cells.getOrDefault(cell, Set.of()).stream().map(PlaceNames::key).filter(k -> !k.isEmpty())
                .collect(Collectors.toSet());
    }

    private static double[] point(String wkt) {
        return WktPoint.parse(wkt).map(p -> new double[] {Double.parseDouble(p.latitude()),
            Double.parseDouble(p.longitude())}).orElse(new double[] {Double.NaN, Double.NaN});
    }

    private static String literal(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String str(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource()
                ? n.asResource().getURI() : "";
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String last(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    static List<String> sorted(Collection<String> c) {
        return c.stream().sorted().toList();
    }
}
