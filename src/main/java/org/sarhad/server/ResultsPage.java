package org.sarhad.server;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/** SELECT results as an HTML table, for a browser that asks for HTML; says when the rows were cut at the cap. */
final class ResultsPage {
    /** In the order a client without preference gets them: SPARQL results first, HTML only when asked for. */
    static final List<String> SELECT_OFFERS = List.of("application/sparql-results+json", "application/sparql-results+xml",
        "text/csv", "text/tab-separated-values", "application/json", "application/xml", Offers.HTML);

    private ResultsPage() {
    }

    static boolean wanted(String accept) {
        return accept != null && Offers.HTML.equals(AcceptHeader.parse(accept).choose(SELECT_OFFERS));
    }

    static byte[] render(RowSet rows, boolean truncated, int cap, View view) {
        List<Var> vars = rows.getResultVars();
        StringBuilder b = new StringBuilder();
        if (truncated) {
            b.append("<p role=\"status\"><strong>Only the first ").append(cap).append(" rows are shown:</strong> the"
                + " endpoint answers at most ").append(cap).append(" rows per query. Add LIMIT and OFFSET to page"
                + " through the rest.</p>\n");
        }
        b.append("<table><thead><tr>");
        vars.forEach(v -> b.append("<th>").append(Html.esc(v.getVarName())).append("</th>"));
        b.append("</tr></thead><tbody>\n");
        int n = 0;
        while (rows.hasNext()) {
            Binding row = rows.next();
            n++;
            b.append("<tr>");
            for (Var v : vars) {
                b.append("<td>").append(cell(row.get(v), view)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table>\n<p>").append(n).append(n == 1 ? " row" : " rows").append(".</p>\n");
        return Html.page("Query results", b.toString()).getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(Node n, View view) {
        if (n == null) {
            return "";
        }
        String href = n.isURI() ? view.href(ResourceFactory.createResource(n.getURI())) : null;
        if (href != null) {
            return "<a href=\"" + Html.esc(href) + "\">" + Html.esc(n.getURI()) + "</a>";
        }
        return Html.esc(n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
    }
}
