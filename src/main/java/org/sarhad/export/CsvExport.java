package org.sarhad.export;

import java.io.Writer;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/**
 * The {@code events-csv} and {@code claims-csv} exports, columns exactly as DESIGN.md defines them, rows in
 * article order then in the order the article reports them.
 */
public final class CsvExport {
    public static final List<String> EVENT_COLUMNS = List.of("article_id", "incident", "type", "date",
            "date_precision", "country", "admin1", "admin2", "location", "geonames_id", "latitude", "longitude",
            "actors", "fatalities", "source_url", "border", "event");
    public static final List<String> CLAIM_COLUMNS = List.of("article_id", "claim", "claimant", "claimant_text",
            "stance", "about", "date", "quote", "reported_by", "evidence_given", "source_url");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)(\\d+)$");

    private CsvExport() {
    }

    public static void events(Dataset ds, Writer out) {
        Csv csv = new Csv(out);
        csv.row(EVENT_COLUMNS);
        Txn.executeRead(ds, () -> {
            Map<String, Set<String>> actors = new TreeMap<>();
            Map<String, String> order = new LinkedHashMap<>();
            select(ds, "export-participants.rq", s -> {
                String key = s.getResource("participation").getURI();
                order.put(key, s.getResource("incident").getURI());
                actors.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(str(s, "label"));
            });
            Map<String, Set<String>> byIncident = new LinkedHashMap<>();
            actors.keySet().stream().sorted(NATURAL).forEach(p ->
                    byIncident.computeIfAbsent(order.get(p), k -> new LinkedHashSet<>()).addAll(actors.get(p)));
            Map<String, List<String>> rows = new TreeMap<>(NATURAL);
            select(ds, "export-incidents.rq", s -> {
                String incident = s.getResource("incident").getURI();
                String[] latLon = latLon(str(s, "wkt"));
                rows.putIfAbsent(str(s, "articleId") + "\u0000" + incident, List.of(str(s, "articleId"), incident,
                        lastSegment(str(s, "type")), str(s, "date"), lastSegment(str(s, "precision")),
                        str(s, "country"), str(s, "admin1"), str(s, "admin2"), str(s, "location"),
                        str(s, "geonames"), latLon[0], latLon[1],
                        String.join("; ", byIncident.getOrDefault(incident, Set.of())), str(s, "fatalities"),
                        str(s, "url"), str(s, "border"), str(s, "event")));
            });
            rows.values().forEach(csv::row);
        });
    }

    public static void claims(Dataset ds, Writer out) {
        Csv csv = new Csv(out);
        csv.row(CLAIM_COLUMNS);
        Txn.executeRead(ds, () -> {
            Map<String, Map<String, Set<String>>> lists = new LinkedHashMap<>();
            select(ds, "export-claim-lists.rq", s -> lists
                    .computeIfAbsent(s.getResource("claim").getURI(), k -> new TreeMap<>())
                    .computeIfAbsent(str(s, "cell"), k -> new java.util.TreeSet<>()).add(str(s, "value")));
            Map<String, List<String>> rows = new TreeMap<>(NATURAL);
            select(ds, "export-claims.rq", s -> {
                String claim = s.getResource("claim").getURI();
                Map<String, Set<String>> l = lists.getOrDefault(claim, Map.of());
                rows.putIfAbsent(str(s, "articleId") + "\u0000" + claim, List.of(str(s, "articleId"), claim,
                        str(s, "claimant"), str(s, "claimantText"), lastSegment(str(s, "stance")),
                        String.join("; ", l.getOrDefault("about", Set.of())), str(s, "date"), str(s, "quote"),
                        String.join("; ", l.getOrDefault("reported_by", Set.of())), str(s, "evidenceGiven"),
                        str(s, "url")));
            });
            rows.values().forEach(csv::row);
        });
    }

    private static void select(Dataset ds, String query, Consumer<QuerySolution> each) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(Queries.load(query)).build()) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(each);
        }
    }

    private static String str(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        if (n == null) {
            return "";
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : "";
    }

    private static String lastSegment(String iri) {
        return iri.isEmpty() ? "" : iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static String[] latLon(String wkt) {
        return WktPoint.parse(wkt).map(p -> new String[] {p.latitude(), p.longitude()}).orElse(new String[] {"", ""});
    }

    /** Orders "…-i2" before "…-i10" so rows follow the article's own order. */
    static final Comparator<String> NATURAL = (a, b) -> {
        Matcher ma = TRAILING_NUMBER.matcher(a);
        Matcher mb = TRAILING_NUMBER.matcher(b);
        if (ma.matches() && mb.matches() && ma.group(1).equals(mb.group(1))
                && ma.group(2).length() < 18 && mb.group(2).length() < 18) {
            return Long.compare(Long.parseLong(ma.group(2)), Long.parseLong(mb.group(2)));
        }
        return a.compareTo(b);
    };
}
