package org.sarhad.export;

import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
            "actors", "fatalities", "source_url", "border", "event", "perpetrators", "responders", "targets", "seized");
    public static final List<String> CLAIM_COLUMNS = List.of("article_id", "claim", "claimant", "claimant_text",
            "stance", "about", "date", "quote", "reported_by", "evidence_given", "source_url", "responds_to");
    /** The role columns of events-csv and the role concept (its notation) each lists. */
    private static final Map<String, String> ROLES = Map.of("perpetrators", "perpetrator", "responders", "responding-force",
            "targets", "target");
    private static final Pattern WHOLE = Pattern.compile("(-?\\d+)(\\.0*)?");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)(\\d+)$");

    private CsvExport() {
    }

    public static void events(Dataset ds, Writer out) {
        events(ds, out, ExportFilter.NONE);
    }

    public static void events(Dataset ds, Writer out, ExportFilter filter) {
        Csv csv = new Csv(out);
        csv.row(EVENT_COLUMNS);
        eventRows(ds, filter).forEach(csv::row);
    }

    /** The events-csv rows (cells in {@link #EVENT_COLUMNS} order) the filter keeps. */
    public static List<List<String>> eventRows(Dataset ds, ExportFilter filter) {
        return Txn.calculateRead(ds, () -> {
            Map<String, Set<String>> actors = new TreeMap<>();
            Map<String, String> order = new LinkedHashMap<>();
            Map<String, String> roleOf = new HashMap<>();
            select(ds, "export-participants.rq", s -> {
                String key = s.getResource("participation").getURI();
                order.put(key, s.getResource("incident").getURI());
                actors.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(str(s, "label"));
                roleOf.put(key, lastSegment(str(s, "role")));
            });
            Map<String, Set<String>> byIncident = new LinkedHashMap<>();
            Map<String, Map<String, Set<String>>> byRole = new HashMap<>();
            actors.keySet().stream().sorted(NATURAL).forEach(p -> {
                byIncident.computeIfAbsent(order.get(p), k -> new LinkedHashSet<>()).addAll(actors.get(p));
                byRole.computeIfAbsent(order.get(p), k -> new HashMap<>())
                        .computeIfAbsent(roleOf.get(p), k -> new LinkedHashSet<>()).addAll(actors.get(p));
            });
            Map<String, List<String>> seized = seized(ds);
            Map<String, List<String>> rows = new TreeMap<>(NATURAL);
            select(ds, "export-incidents.rq", s -> {
                String incident = s.getResource("incident").getURI();
                String[] latLon = latLon(str(s, "wkt"));
                String type = lastSegment(str(s, "type"));
                if (!filter.acceptsIncident(str(s, "date"), str(s, "country"), type)) {
                    return;
                }
                Map<String, Set<String>> roles = byRole.getOrDefault(incident, Map.of());
                List<String> row = new ArrayList<>(List.of(str(s, "articleId"), incident, type, str(s, "date"),
                        lastSegment(str(s, "precision")), str(s, "country"), str(s, "admin1"), str(s, "admin2"),
                        str(s, "location"), str(s, "geonames"), latLon[0], latLon[1],
                        String.join("; ", byIncident.getOrDefault(incident, Set.of())), whole(str(s, "fatalities")),
                        str(s, "url"), str(s, "border"), str(s, "event")));
                for (String column : List.of("perpetrators", "responders", "targets")) {
                    row.add(String.join("; ", roles.getOrDefault(ROLES.get(column), Set.of())));
                }
                row.add(String.join("; ", seized.getOrDefault(incident, List.of())));
                rows.putIfAbsent(str(s, "articleId") + "\u0000" + incident, List.copyOf(row));
            });
            return List.copyOf(rows.values());
        });
    }

    /** Per incident, its seized items as "quantity item" ("5 Kalashnikov assault rifles"), or the item alone. */
    private static Map<String, List<String>> seized(Dataset ds) {
        Map<String, String> items = new TreeMap<>(NATURAL);
        Map<String, String> owner = new HashMap<>();
        select(ds, "export-seized.rq", s -> {
            String item = s.getResource("item").getURI();
            String quantity = whole(str(s, "quantity"));
            items.putIfAbsent(item, quantity.isEmpty() ? str(s, "label") : quantity + " " + str(s, "label"));
            owner.put(item, s.getResource("incident").getURI());
        });
        Map<String, List<String>> out = new HashMap<>();
        items.forEach((item, text) -> out.computeIfAbsent(owner.get(item), k -> new ArrayList<>()).add(text));
        return out;
    }

    /** A whole number as an integer ("5.0" is written 5), anything else as stored. */
    static String whole(String lexical) {
        Matcher m = WHOLE.matcher(lexical);
        return m.matches() ? m.group(1) : lexical;
    }

    public static void claims(Dataset ds, Writer out) {
        claims(ds, out, ExportFilter.NONE);
    }

    /** Claims-csv; only the filter's date range applies (a claim has no place or type of its own). */
    public static void claims(Dataset ds, Writer out, ExportFilter filter) {
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
                if (!filter.inRange(str(s, "date"))) {
                    return;
                }
                Map<String, Set<String>> l = lists.getOrDefault(claim, Map.of());
                rows.putIfAbsent(str(s, "articleId") + "\u0000" + claim, List.of(str(s, "articleId"), claim,
                        str(s, "claimant"), str(s, "claimantText"), lastSegment(str(s, "stance")),
                        String.join("; ", l.getOrDefault("about", Set.of())), str(s, "date"), str(s, "quote"),
                        String.join("; ", l.getOrDefault("reported_by", Set.of())), str(s, "evidenceGiven"),
                        str(s, "url"), str(s, "respondsTo")));
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
