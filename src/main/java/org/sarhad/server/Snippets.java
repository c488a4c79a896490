package org.sarhad.server;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.sarhad.vocab.SARHAD;

/** Evidence shown in context: the cited span highlighted inside a window of the article text. */
final class Snippets {
    static final Property START = ResourceFactory.createProperty(Prefixes.OA + "start");
    static final Property END = ResourceFactory.createProperty(Prefixes.OA + "end");
    static final Property EXACT = ResourceFactory.createProperty(Prefixes.OA + "exact");
    private static final int CONTEXT = 160;

    private Snippets() {
    }

    /** Snippets of every evidence node of {@code subject}. */
    static String evidence(View view, Resource subject) {
        StringBuilder b = new StringBuilder();
        for (Resource e : view.objects(subject, SARHAD.evidence)) {
            b.append(one(view, e));
        }
        return b.toString();
    }

    static String one(View view, Resource evidence) {
        String exact = evidence.hasProperty(EXACT) ? evidence.getProperty(EXACT).getString() : "";
        Resource article = evidence.hasProperty(SARHAD.sourceArticle)
            ? evidence.getPropertyResourceValue(SARHAD.sourceArticle) : null;
        String text = article != null && article.hasProperty(SARHAD.text) ? article.getProperty(SARHAD.text).getString() : null;
        String body = highlight(text, intOf(evidence, START), intOf(evidence, END), exact);
        String source = article == null ? "" : " <small>(" + view.link(article) + ")</small>";
        return "<blockquote class=\"snippet\">" + body + source + "</blockquote>\n";
    }

    /** The span [start, end) marked inside its context; the exact text alone when offsets do not fit. */
    static String highlight(String text, int start, int end, String exact) {
        if (text == null || start < 0 || end <= start || end > text.length()) {
            return "<mark>" + Html.esc(exact) + "</mark>";
        }
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        return (from > 0 ? "\u2026" : "") + Html.esc(text.substring(from, start)) + "<mark>"
            + Html.esc(text.substring(start, end)) + "</mark>" + Html.esc(text.substring(end, to))
            + (to < text.length() ? "\u2026" : "");
    }

    private static int intOf(Resource r, Property p) {
        return r.hasProperty(p) ? r.getProperty(p).getInt() : -1;
    }
}
