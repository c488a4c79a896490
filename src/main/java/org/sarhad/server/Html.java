package org.sarhad.server;

import java.util.List;

/**
 * Server-rendered HTML for people: escaping and the page frame (inline CSS). Scripts and style sheets, where a page
 * has them, come only from this server's {@code /assets/}.
 */
final class Html {
    private static final String CSS = "body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;"
        + "color:#222}header{border-bottom:1px solid #ccc;margin-bottom:1rem}header a{margin-right:1rem}"
        + "table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .5rem;vertical-align:top;text-align:left}"
        + "mark{background:#ffe066}.snippet{background:#f6f6f6;padding:.5rem;border-left:3px solid #999}"
        + "dt{font-weight:bold}dd{margin:0 0 .4rem 1rem}pre{background:#f6f6f6;padding:.5rem;overflow:auto}"
        + "svg{border:1px solid #ccc;background:#eef4f8}.map{height:360px;border:1px solid #ccc;background:#eef4f8}"
        + "form.filters label{margin-right:.6rem;display:inline-block}.pager a{margin-right:.6rem}"
        + "body.wide{max-width:90rem}";

    private Html() {
    }

    /** Escapes text for element content and double-quoted attributes. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String page(String title, String body) {
        return page(title, body, "");
    }

    /** A page whose head also holds {@code head} (built from {@link #script} and {@link #stylesheet}). */
    static String page(String title, String body, String head) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(title)
            + " - Sarhad</title><meta name=\"viewport\" content=\"width=device-width\"><link rel=\"icon\" href=\"data:,\">"
            + "<style>" + CSS + "</style>" + head + "</head><body" + (head.isEmpty() ? "" : " class=\"wide\"")
            + "><header><a href=\"/\">Sarhad</a><a href=\"/incidents\">Incidents</a>"
            + "<a href=\"/events\">Events</a><a href=\"" + Routes.SPARQL + "\">Query</a><a href=\"/ontology\">Ontology</a>"
            + "<a href=\"/void\">VoID</a><form action=\"/search\" method=\"get\" style=\"display:inline\">"
            + "<input name=\"q\" type=\"search\" placeholder=\"Search\" aria-label=\"Search\"> <button>Search</button>"
            + "</form></header><main><h1>" + esc(title) + "</h1>\n" + body + "</main></body></html>\n";
    }

    /** A script of ours or of a packaged library, under {@code /assets/}. */
    static String script(String asset) {
        return "<script defer src=\"" + AssetAction.PREFIX + esc(asset) + "\"></script>";
    }

    static String stylesheet(String asset) {
        return "<link rel=\"stylesheet\" href=\"" + AssetAction.PREFIX + esc(asset) + "\">";
    }

    /**
     * Data for a page's script, as JSON inside a non-executed script element; every "&lt;" is written as a JSON escape so
     * no value can close the element or open a comment.
     */
    static String json(String id, String json) {
        return "<script type=\"application/json\" id=\"" + esc(id) + "\">" + json.replace("<", "\\u003c") + "</script>";
    }

    static String section(String heading, String content) {
        return content.isEmpty() ? "" : "<section><h2>" + esc(heading) + "</h2>\n" + content + "</section>\n";
    }

    static String dl(String... termsAndValues) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i + 1 < termsAndValues.length; i += 2) {
            if (termsAndValues[i + 1] != null && !termsAndValues[i + 1].isEmpty()) {
                b.append("<dt>").append(esc(termsAndValues[i])).append("</dt><dd>").append(termsAndValues[i + 1])
                    .append("</dd>");
            }
        }
        return b.length() == 0 ? "" : "<dl>" + b + "</dl>\n";
    }

    static String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<ul>");
        items.forEach(i -> b.append("<li>").append(i).append("</li>"));
        return b.append("</ul>\n").toString();
    }
}
