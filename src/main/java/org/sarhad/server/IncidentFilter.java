package org.sarhad.server;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.sarhad.export.ExportFilter;

/**
 * The browser's filters ({@code type}, {@code country}, {@code border}, {@code actor}, {@code from}, {@code to},
 * {@code q}), sort and page, checked before use: a bad value answers 400 with a sentence naming what is allowed.
 * Matching happens in memory over {@link IncidentRow}s.
 */
record IncidentFilter(String type, String country, String border, String actor, String from, String to, String q,
                      String sort, boolean ascending, int page) {
    static final int PAGE_SIZE = 50;
    static final int MAX_TEXT = 200;
    static final List<String> PARAMS = List.of("type", "country", "border", "actor", "from", "to", "q");
    private static final Pattern DATE = ExportFilter.DATE;
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern SLUG = Pattern.compile("[\\p{L}\\p{N}._~-]{1,100}");
    private static final Map<String, Comparator<IncidentRow>> SORTS = sorts();

    static IncidentFilter parse(HttpAction action, Set<String> types) {
        String type = param(action, "type");
        if (type != null && !types.contains(type)) {
            Responses.error(400, "Unknown type '" + type + "'. Allowed: " + String.join(", ", new TreeSet<>(types)) + ".");
        }
        String country = checked(action, "country", COUNTRY, "a two-letter ISO 3166-1 code such as TJ");
        String border = checked(action, "border", SLUG, "the last part of a border's address, e.g. afghanistan-tajikistan");
        String actor = param(action, "actor");
        String from = checked(action, "from", DATE, "YYYY, YYYY-MM or YYYY-MM-DD");
        String to = checked(action, "to", DATE, "YYYY, YYYY-MM or YYYY-MM-DD");
        String q = param(action, "q");
        String sort = param(action, "sort") == null ? "date" : param(action, "sort");
        if (!SORTS.containsKey(sort)) {
            Responses.error(400, "Unknown sort '" + sort + "'. Allowed: " + String.join(", ", SORTS.keySet()) + ".");
        }
        String order = param(action, "order");
        if (order != null && !order.equals("asc") && !order.equals("desc")) {
            Responses.error(400, "Unknown order '" + order + "'. Allowed: asc, desc.");
        }
        boolean asc = order == null ? !sort.equals("date") && !sort.equals("fatalities") : order.equals("asc");
        return new IncidentFilter(type, country == null ? null : country.toUpperCase(Locale.ROOT), border, actor, from, to,
            q, sort, asc, page(action));
    }

    private static String param(HttpAction action, String name) {
        String v = action.getRequestParameter(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > MAX_TEXT) {
            Responses.error(400, "Parameter " + name + " is longer than " + MAX_TEXT + " characters.");
        }
        return v.strip();
    }

    private static String checked(HttpAction action, String name, Pattern p, String allowed) {
        String v = param(action, name);
        if (v != null && !p.matcher(v).matches()) {
            Responses.error(400, "Parameter " + name + " must be " + allowed + ".");
        }
        return v;
    }

    private static int page(HttpAction action) {
        String v = param(action, "page");
        if (v == null) {
            return 1;
        }
        if (!v.matches("[1-9]\\d{0,5}")) {
            Responses.error(400, "Parameter page must be a whole number from 1.");
        }
        return Integer.parseInt(v);
    }

    boolean matches(IncidentRow r) {
        return (type == null || type.equals(r.type()))
            && (country == null || country.equalsIgnoreCase(r.countryCode()))
            && (border == null || (r.borderIri() != null && r.borderIri().endsWith("/" + border)))
            && (actor == null || r.actors().stream().anyMatch(a -> a.iri().endsWith("/" + actor)
                || a.label().toLowerCase(Locale.ROOT).contains(actor.toLowerCase(Locale.ROOT))))
            && new ExportFilter(from, to, null, null).inRange(r.date())
            && (q == null || text(r).contains(q.toLowerCase(Locale.ROOT)));
    }

    private static String text(IncidentRow r) {
        StringBuilder b = new StringBuilder();
        for (String s : new String[] {r.label(), r.typeLabel(), r.location(), r.placeLabel(), r.borderLabel(),
            r.admin1(), r.admin2(), String.join(" ", r.actorLabels(null)), String.join(" ", r.seized())}) {
            if (s != null) {
                b.append(s).append('\n');
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    List<IncidentRow> apply(List<IncidentRow> rows) {
        Comparator<IncidentRow> c = SORTS.get(sort);
        return rows.stream().filter(this::matches).sorted(ascending ? c : c.reversed()).toList();
    }

    /** The filters that are set, as query parameters for links (values escaped by the caller). */
    Map<String, String> values() {
        Map<String, String> m = new LinkedHashMap<>();
        String[] v = {type, country, border, actor, from, to, q};
        for (int i = 0; i < PARAMS.size(); i++) {
            if (v[i] != null) {
                m.put(PARAMS.get(i), v[i]);
            }
        }
        return m;
    }

    private static Map<String, Comparator<IncidentRow>> sorts() {
        Map<String, Comparator<IncidentRow>> m = new LinkedHashMap<>();
        m.put("date", by(IncidentRow::date));
        m.put("fatalities", Comparator.comparing(IncidentRow::fatalities, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(IncidentRow::iri));
        m.put("type", by(IncidentRow::type));
        m.put("country", by(IncidentRow::countryCode));
        m.put("place", by(IncidentRow::placeLabel));
        return m;
    }

    private static Comparator<IncidentRow> by(Function<IncidentRow, String> key) {
        return Comparator.comparing(key, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(IncidentRow::iri);
    }
}
