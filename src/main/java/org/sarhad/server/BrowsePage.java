package org.sarhad.server;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The HTML of {@code /incidents} and {@code /events}: filter form, map, timeline, sortable table, pager. */
final class BrowsePage {
    private BrowsePage() {
    }

    static String render(String path, List<IncidentRow> all, List<IncidentRow> rows, IncidentFilter f, Set<String> types,
                         boolean events) {
        String noun = events ? "event" : "incident";
        if (all.isEmpty()) {
            return "<p class=\"empty\">No " + noun + "s in this store yet."
                + (events ? " Cross-report events appear here once incidents reported by several articles have been linked "
                + "to one event." : " Ingest articles with <code>sarhad ingest</code>.") + "</p>\n";
        }
        int pages = Math.max(1, (rows.size() + IncidentFilter.PAGE_SIZE - 1) / IncidentFilter.PAGE_SIZE);
        int page = Math.min(f.page(), pages);
        List<IncidentRow> shown = rows.subList((page - 1) * IncidentFilter.PAGE_SIZE,
            Math.min(rows.size(), page * IncidentFilter.PAGE_SIZE));
        long deaths = rows.stream().filter(r -> r.fatalities() != null).mapToLong(IncidentRow::fatalities).sum();
        String summary = "<p class=\"summary\">" + rows.size() + " of " + all.size() + " " + noun + "s match, " + deaths
            + " stated fatalities. Download: " + download(path, f, "csv", "CSV") + " \u00b7 "
            + download(path, f, "geojson", "GeoJSON") + " \u00b7 " + download(path, f, "json", "JSON") + "</p>\n";
        return form(path, all, f, types) + summary
            + Html.section("Map", MapView.render(rows))
            + Html.section("Timeline", Timeline.render(rows))
            + Html.section(events ? "Events" : "Incidents", table(path, shown, f) + pager(path, f, page, pages));
    }

    private static String download(String path, IncidentFilter f, String format, String label) {
        return "<a href=\"" + Html.esc(BrowseAction.link(path, f, Map.of("format", format))) + "\">" + label + "</a>";
    }

    private static String form(String path, List<IncidentRow> all, IncidentFilter f, Set<String> types) {
        return "<form class=\"filters\" method=\"get\" action=\"" + path + "\">"
            + select("type", "Type", types, f.type())
            + select("country", "Country", BrowseAction.distinct(all, IncidentRow::countryCode), f.country())
            + select("border", "Border", BrowseAction.distinct(all, r -> IncidentIndex.slug(r.borderIri())), f.border())
            + input("actor", "Actor", f.actor(), "text", "name or id")
            + input("from", "From", f.from(), "text", "YYYY-MM-DD") + input("to", "To", f.to(), "text", "YYYY-MM-DD")
            + input("q", "Text", f.q(), "search", "words in names and places")
            + "<button>Filter</button> <a href=\"" + path + "\">Clear</a></form>\n";
    }

    private static String select(String name, String label, Set<String> values, String chosen) {
        StringBuilder b = new StringBuilder("<label>" + label + " <select name=\"" + name + "\"><option value=\"\">any</option>");
        for (String v : values) {
            b.append("<option").append(v.equals(chosen) ? " selected" : "").append(">").append(Html.esc(v)).append("</option>");
        }
        return b.append("</select></label>").toString();
    }

    private static String input(String name, String label, String value, String type, String hint) {
        return "<label>" + label + " <input name=\"" + name + "\" type=\"" + type + "\" size=\"12\" placeholder=\""
            + Html.esc(hint) + "\" value=\"" + Html.esc(value) + "\"></label>";
    }

    private static String table(String path, List<IncidentRow> rows, IncidentFilter f) {
        if (rows.isEmpty()) {
            return "<p class=\"empty\">Nothing matches these filters.</p>\n";
        }
        StringBuilder b = new StringBuilder("<table class=\"incidents\"><tr>").append(header(path, f, "date", "Date"))
            .append(header(path, f, "type", "Type")).append("<th>").append("What").append("</th>")
            .append(header(path, f, "place", "Place")).append(header(path, f, "country", "Country"))
            .append("<th>Border</th><th>Actors</th>").append(header(path, f, "fatalities", "Fatalities"))
            .append("<th>Source</th></tr>");
        for (IncidentRow r : rows) {
            b.append("<tr><td>").append(Html.esc(r.date())).append("</td><td>").append(Html.esc(r.type()))
                .append("</td><td>").append(anchor(r.href(), r.label())).append("</td><td>")
                .append(anchor(localPath(r.placeIri()), r.placeLabel() != null ? r.placeLabel() : r.location()))
                .append("</td><td>").append(Html.esc(r.countryCode())).append("</td><td>")
                .append(anchor(localPath(r.borderIri()), r.borderLabel())).append("</td><td>");
            List<String> actors = r.actors().stream().map(a -> anchor(localPath(a.iri()), a.label())
                + (a.role().isEmpty() ? "" : " <small>(" + Html.esc(a.role()) + ")</small>")).distinct().toList();
            b.append(String.join("; ", actors)).append("</td><td>")
                .append(r.fatalities() == null ? "" : r.fatalities()).append("</td><td>")
                .append(source(r)).append("</td></tr>");
        }
        return b.append("</table>\n").toString();
    }

    /** The article's own address where it has one, else its page here. */
    private static String source(IncidentRow r) {
        String href = r.sourceUrl() != null ? r.sourceUrl() : localPath(r.articleIri());
        return anchor(href, r.articleId() == null ? "article" : r.articleId());
    }

    private static String header(String path, IncidentFilter f, String sort, String label) {
        boolean current = sort.equals(f.sort());
        Map<String, String> change = new HashMap<>();
        change.put("sort", sort);
        change.put("order", current && f.ascending() ? "desc" : "asc");
        change.put("page", null);
        String arrow = current ? (f.ascending() ? " \u25b2" : " \u25bc") : "";
        return "<th><a href=\"" + Html.esc(BrowseAction.link(path, f, change)) + "\">" + label + arrow + "</a></th>";
    }

    private static String pager(String path, IncidentFilter f, int page, int pages) {
        if (pages <= 1) {
            return "";
        }
        StringBuilder b = new StringBuilder("<p class=\"pager\">Page " + page + " of " + pages + ": ");
        if (page > 1) {
            b.append("<a href=\"").append(Html.esc(BrowseAction.link(path, f, Map.of("page", String.valueOf(page - 1)))))
                .append("\" rel=\"prev\">previous</a>");
        }
        if (page < pages) {
            b.append("<a href=\"").append(Html.esc(BrowseAction.link(path, f, Map.of("page", String.valueOf(page + 1)))))
                .append("\" rel=\"next\">next</a>");
        }
        return b.append("</p>\n").toString();
    }

    private static String anchor(String href, String text) {
        if (text == null) {
            return "";
        }
        return href == null ? Html.esc(text) : "<a href=\"" + Html.esc(href) + "\">" + Html.esc(text) + "</a>";
    }

    /** The page of one of our IRIs: the path after the host ({@code /id/...}), which redirects to its document. */
    static String localPath(String iri) {
        if (iri == null) {
            return null;
        }
        int i = iri.indexOf("/id/");
        return i < 0 ? null : iri.substring(i);
    }
}
