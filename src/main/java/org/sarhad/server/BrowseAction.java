package org.sarhad.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.fuseki.servlets.HttpAction;

/**
 * {@code /incidents} and {@code /events}: the filtered list as a paged, sortable table with a map and a timeline
 * of the whole filtered set, or as CSV, GeoJSON or JSON by {@code Accept} (or {@code format=csv|geojson|json}).
 * Data answers hold at most the result cap's rows ({@code Sarhad-Result-Truncated} when cut).
 */
final class BrowseAction implements GetOnly {
    static final List<String> OFFERS = List.of(Offers.HTML, BrowseFormats.CSV, BrowseFormats.GEOJSON, Offers.JSON);
    private static final Map<String, String> FORMATS = Map.of("csv", BrowseFormats.CSV, "geojson", BrowseFormats.GEOJSON,
        "json", Offers.JSON, "html", Offers.HTML);

    private final ServerSettings settings;
    private final IncidentIndex index;
    private final boolean events;

    BrowseAction(ServerSettings settings, IncidentIndex index, boolean events) {
        this.settings = settings;
        this.index = index;
        this.events = events;
    }

    @Override
    public void execGet(HttpAction action) {
        List<IncidentRow> all = events ? index.events() : index.incidents();
        Set<String> types = new TreeSet<>(index.types());
        all.forEach(r -> {
            if (r.type() != null) {
                types.add(r.type());
            }
        });
        IncidentFilter filter = IncidentFilter.parse(action, types);
        List<IncidentRow> rows = filter.apply(all);
        String mediaType = mediaType(action);
        Responses.varyAccept(action);
        if (Offers.HTML.equals(mediaType)) {
            String title = events ? "Events" : "Incidents";
            String page = Html.page(title, BrowsePage.render(path(), all, rows, filter, types, events), MapView.head());
            Responses.send(action, Offers.HTML, page.getBytes(StandardCharsets.UTF_8));
            return;
        }
        List<IncidentRow> capped = rows.size() > settings.resultCap() ? rows.subList(0, settings.resultCap()) : rows;
        if (capped.size() < rows.size()) {
            action.setResponseHeader(ResultCap.HEADER, String.valueOf(settings.resultCap()));
        }
        String body = switch (mediaType) {
            case BrowseFormats.CSV -> BrowseFormats.csv(capped);
            case BrowseFormats.GEOJSON -> BrowseFormats.geojson(capped);
            default -> BrowseFormats.json(capped, rows.size());
        };
        Responses.send(action, mediaType, body.getBytes(StandardCharsets.UTF_8));
    }

    private String path() {
        return events ? "/events" : "/incidents";
    }

    private static String mediaType(HttpAction action) {
        String format = action.getRequestParameter("format");
        if (format != null) {
            String type = FORMATS.get(format);
            if (type == null) {
                Responses.error(400, "Unknown format '" + format + "'. Allowed: csv, geojson, json, html.");
            }
            return type;
        }
        return Responses.negotiate(action, OFFERS);
    }

    /** A link to the same list with some parameters changed (null removes one); values percent-encoded. */
    static String link(String path, IncidentFilter f, Map<String, String> changes) {
        Map<String, String> params = new LinkedHashMap<>(f.values());
        params.put("sort", f.sort());
        params.put("order", f.ascending() ? "asc" : "desc");
        changes.forEach((k, v) -> {
            if (v == null) {
                params.remove(k);
            } else {
                params.put(k, v);
            }
        });
        StringBuilder b = new StringBuilder(path);
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            b.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return b.toString();
    }

    static Set<String> distinct(List<IncidentRow> rows, Function<IncidentRow, String> key) {
        Set<String> out = new TreeSet<>();
        rows.forEach(r -> {
            String k = key.apply(r);
            if (k != null) {
                out.add(k);
            }
        });
        return out;
    }
}
