package org.sarhad.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.lucene.queryparser.classic.QueryParser;

/** {@code /search?q=}: full-text search (jena-text) over labels, aliases, article text and quotes; HTML or JSON. */
final class SearchAction implements GetOnly {
    static final int MAX_HITS = 50;
    /** Lucene refuses queries of more than 1,024 clauses; a search box needs far fewer words. */
    static final int MAX_WORDS = 100;
    /**
     * Index entries read to find {@link #MAX_HITS} resources: a name minted by many articles is indexed once per
     * article graph, and such copies would otherwise fill the first page with one resource.
     */
    private static final int MAX_ENTRIES = 1000;
    private static final List<String> OFFERS = List.of(Offers.HTML, Offers.JSON);
    private static final String QUERY = "PREFIX text: <http://jena.apache.org/text#> "
        + "SELECT ?s ?score ?match { (?s ?score ?match) text:query (?q " + MAX_ENTRIES + ") } ORDER BY DESC(?score)";

    private final ServerSettings settings;
    /** Answers per (query, media type) until the next write: popular searches repeat, and each reads many entries. */
    private final DocumentCache cache;

    SearchAction(ServerSettings settings) {
        this.settings = settings;
        this.cache = DocumentCache.of(settings.dataset());
    }

    /** One hit per resource: its best score and the literal that matched. */
    record Hit(Resource resource, String label, double score, String match) {
    }

    @Override
    public void execGet(HttpAction action) {
        String q = action.getRequestParameter("q");
        String mediaType = "json".equals(action.getRequestParameter("format")) ? Offers.JSON
            : Responses.negotiate(action, OFFERS);
        Responses.varyAccept(action);
        if (q != null && q.strip().split("\\s+").length > MAX_WORDS) {
            Responses.error(400, "Search for at most " + MAX_WORDS + " words.");
        }
        Representation doc;
        try {
            doc = cache.computeIfAbsent("search " + q, mediaType, () -> Representation.of(mediaType,
                Txn.calculateRead(settings.dataset(), () -> {
                    List<Hit> hits = q == null || q.isBlank() ? List.of() : search(q.strip());
                    return Offers.JSON.equals(mediaType) ? json(q, hits) : html(q, hits);
                })));
        } catch (TextIndexParseException e) {
            // Words such as AND, OR, NOT are search operators: alone they are not a query.
            Responses.error(400, "Cannot search for \"" + q + "\": AND, OR and NOT are operators and need terms beside"
                + " them (search for them in lower case).");
            return;
        }
        Responses.send(action, doc);
    }

    List<Hit> search(String q) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(QUERY);
        pss.setLiteral("q", QueryParser.escape(q));
        org.apache.jena.rdf.model.Model union = settings.dataset().getUnionModel();
        View view = new View(union, settings.iris());
        Map<Resource, Hit> best = new LinkedHashMap<>();
        for (QuerySolution row : VoidDescription.select(settings.dataset(), pss.toString())) {
            // the hit as a resource of the store, not of the result set, so its labels can be read
            Resource r = row.getResource("s").inModel(union);
            String match = row.contains("match") ? row.getLiteral("match").getLexicalForm() : "";
            if (!best.containsKey(r) && best.size() < MAX_HITS) {
                best.put(r, new Hit(r, view.label(r), row.getLiteral("score").getDouble(), excerpt(match, q)));
            }
        }
        return List.copyOf(best.values());
    }

    private static String excerpt(String text, String q) {
        int at = text.toLowerCase(Locale.ROOT).indexOf(q.toLowerCase(Locale.ROOT));
        int from = Math.max(0, at < 0 ? 0 : at - 80);
        return (from > 0 ? "\u2026" : "") + text.substring(from, Math.min(text.length(), from + 200));
    }

    private String html(String q, List<Hit> hits) {
        View view = new View(settings.dataset().getUnionModel(), settings.iris());
        StringBuilder b = new StringBuilder("<form action=\"/search\" method=\"get\"><input name=\"q\" type=\"search\" value=\"")
            .append(Html.esc(q)).append("\" aria-label=\"Search\"> <button>Search</button></form>\n");
        if (q != null && !q.isBlank()) {
            b.append("<p>").append(hits.size()).append(" results for <q>").append(Html.esc(q)).append("</q></p><ol>");
            hits.forEach(h -> b.append("<li>").append(view.link(h.resource())).append("<br><small>")
                .append(Html.esc(h.match())).append("</small></li>"));
            b.append("</ol>\n");
        }
        return Html.page("Search", b.toString());
    }

    private static String json(String q, List<Hit> hits) {
        JsonObject out = new JsonObject();
        out.put("query", q == null ? "" : q);
        JsonArray results = new JsonArray();
        for (Hit h : hits) {
            JsonObject o = new JsonObject();
            o.put("iri", h.resource().getURI());
            o.put("label", h.label());
            o.put("score", JsonNumber.value(h.score()));
            o.put("match", h.match());
            results.add(o);
        }
        out.put("results", results);
        return JSON.toString(out);
    }
}
