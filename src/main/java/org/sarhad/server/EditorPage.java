package org.sarhad.server;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The SPARQL editor a browser gets from the query endpoint without a query: YASGUI (packaged at build time) with
 * the example queries as tabs, the usual prefixes, results as a sortable table that links entities and downloads
 * as CSV or JSON. {@code #query=...} opens and runs a query, {@code #example=NAME} one of the examples (after the
 * "#": the endpoint answers {@code ?query=} itself).
 */
final class EditorPage {
    static final String YASGUI = "vendor/@zazuko/yasgui/build/";
    private static final List<String> BLANK_PREFIXES = List.of("sarhad", "rdfs", "skos", "prov", "schema", "geo", "xsd");

    private EditorPage() {
    }

    static String render(ServerSettings s, String limits) {
        String head = Html.stylesheet(YASGUI + "yasgui.min.css") + Html.script(YASGUI + "yasgui.min.js");
        String body = "<p>Write SPARQL, or pick an example tab; Ctrl+Enter runs the query. Column headers sort, "
            + "the download button saves the table as CSV, or, in the \u201cResponse\u201d view, the JSON as sent. "
            + Html.esc(limits) + "</p>\n<noscript><p>The editor needs JavaScript; without it, send the query as "
            + "<code>?query=</code> to this address: a browser gets the rows as a table.</p></noscript>\n"
            + "<div id=\"yasgui\"></div>\n"
            + Html.json("editor-config", config(s).toString()) + Html.script("sarhad/editor.js") + "\n";
        return Html.page("SPARQL query", body, head);
    }

    private static JsonObject config(ServerSettings s) {
        JsonObject c = new JsonObject();
        c.put("endpoint", Routes.SPARQL);
        JsonObject prefixes = new JsonObject();
        Map<String, String> all = new TreeMap<>(Prefixes.map());
        all.forEach(prefixes::put);
        c.put("prefixes", prefixes);
        StringBuilder blank = new StringBuilder();
        BLANK_PREFIXES.forEach(p -> blank.append("PREFIX ").append(p).append(": <").append(all.get(p)).append(">\n"));
        blank.append("\nSELECT ?incident ?label ?date WHERE {\n  ?incident a sarhad:Incident ; rdfs:label ?label .\n"
            + "  OPTIONAL { ?incident sarhad:date ?date }\n} ORDER BY DESC(?date) LIMIT 50\n");
        c.put("blank", blank.toString());
        JsonArray examples = new JsonArray();
        for (ExampleQueries.Example e : ExampleQueries.all()) {
            JsonObject o = new JsonObject();
            o.put("name", e.name().replaceFirst("\\.rq$", ""));
            o.put("title", e.title());
            o.put("sparql", e.sparql());
            examples.add(o);
        }
        c.put("examples", examples);
        return c;
    }
}
