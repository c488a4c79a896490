package org.sarhad.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.sarhad.vocab.SARHAD;

/**
 * {@code /}: what is here and how much, the latest incidents and events, the borders and actors with the most
 * incidents and deaths, the example queries as editor links, a search box. Every other unmatched path is a 404.
 */
final class LandingAction implements GetOnly {
    private final ServerSettings settings;
    private final IncidentIndex index;
    /** The counts scan the whole store (seconds at 10,000 articles): rendered once per store version. */
    private final DocumentCache cache;

    LandingAction(ServerSettings settings, IncidentIndex index) {
        this.settings = settings;
        this.index = index;
        this.cache = DocumentCache.of(settings.dataset());
    }

    @Override
    public void execGet(HttpAction action) {
        if (!"/".equals(action.getRequestRequestURI())) {
            ServletOps.errorNotFound("No such page: " + action.getRequestRequestURI());
        }
        Representation doc = cache.computeIfAbsent("/", Offers.HTML, () -> {
            String counts = Txn.calculateRead(settings.dataset(), this::counts);
            return Representation.of(Offers.HTML, Html.page("Sarhad", intro() + counts + LandingSections.recent(index)
                + LandingSections.top(index) + examples()));
        });
        Responses.send(action, doc);
    }

    private String intro() {
        return "<p>Border-security incidents in Central and South Asia and the claims actors make about them, drawn from "
            + "news articles; every statement traced to the outlet and sentence it came from.</p>"
            + "<p><a href=\"" + Routes.INCIDENTS + "\">Browse incidents</a> (filters, map, timeline, CSV and GeoJSON) "
            + "\u00b7 <a href=\"" + Routes.EVENTS + "\">Browse events</a> \u00b7 <a href=\"" + Routes.SPARQL
            + "\">Query editor</a></p>"
            + "<form action=\"/search\" method=\"get\"><input name=\"q\" type=\"search\" size=\"40\" aria-label=\"Search\" "
            + "placeholder=\"Search names, places, article text\"> <button>Search</button></form>"
            + "<p>SPARQL endpoint: <code>" + Html.esc(Links.sparqlEndpoint(settings.iris())) + "</code> (read-only, at most "
            + settings.resultCap() + " rows per query, " + settings.queryTimeout().toSeconds() + " s timeout). "
            + "<a href=\"/ontology\">Ontology</a> \u00b7 <a href=\"/void\">VoID</a> \u00b7 "
            + "<a href=\"/context.jsonld\">JSON-LD context</a></p>\n";
    }

    /** Things of each kind, subclasses included (a village is a Locality, a Locality a Place). */
    private String counts() {
        StringBuilder rows = new StringBuilder();
        for (Resource c : List.of(SARHAD.Incident, SARHAD.Claim, SARHAD.Article, SARHAD.Place, SARHAD.Actor,
            IncidentIndex.EVENT)) {
            String classes = LandingSections.withSubclasses(c).stream().map(x -> "<" + x + ">")
                .collect(Collectors.joining(" "));
            long n = VoidDescription.count(settings.dataset(),
                "SELECT (COUNT(DISTINCT ?s) AS ?n) { VALUES ?c { " + classes + " } ?s a ?c }");
            rows.append("<tr><th>").append(Html.esc(c.getLocalName())).append("</th><td>").append(n).append("</td></tr>");
        }
        long triples = VoidDescription.count(settings.dataset(), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        rows.append("<tr><th>Triples</th><td>").append(triples).append("</td></tr>");
        return Html.section("What is here", "<table>" + rows + "</table>\n");
    }

    private String examples() {
        StringBuilder b = new StringBuilder();
        for (ExampleQueries.Example e : ExampleQueries.all()) {
            String name = e.name().replaceFirst("\\.rq$", "");
            String table = Routes.SPARQL + "?query=" + URLEncoder.encode(e.sparql(), StandardCharsets.UTF_8);
            b.append("<h3>").append(Html.esc(e.title())).append("</h3><p><a href=\"").append(Routes.SPARQL)
                .append("#example=").append(Html.esc(name)).append("\">Open in the editor</a> \u00b7 <a href=\"")
                .append(Html.esc(table)).append("\">Results as a table</a></p><details><summary>SPARQL</summary><pre>")
                .append(Html.esc(e.sparql())).append("</pre></details>\n");
        }
        return Html.section("Example queries", b.toString());
    }
}
