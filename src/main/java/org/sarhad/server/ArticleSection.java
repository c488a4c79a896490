package org.sarhad.server;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.sarhad.vocab.SARHAD;

/** Article: headline, outlet, date, what was drawn from it, and the text itself. */
final class ArticleSection {
    static final Property DERIVED_FROM = ResourceFactory.createProperty(Prefixes.PROV + "wasDerivedFrom");
    static final Property URL = ResourceFactory.createProperty(Prefixes.SCHEMA + "url");
    static final Property PUBLISHED = ResourceFactory.createProperty(Prefixes.SCHEMA + "datePublished");

    private ArticleSection() {
    }

    static String render(View v, Resource a) {
        String summary = Html.dl("Outlet", v.text(a, SARHAD.outlet), "Published", v.text(a, PUBLISHED),
            "URL", v.text(a, URL), "Input id", v.text(a, SARHAD.articleId));
        StringBuilder incidents = new StringBuilder();
        StringBuilder claims = new StringBuilder();
        StringBuilder others = new StringBuilder();
        for (Resource r : v.subjects(DERIVED_FROM, a)) {
            StringBuilder target = r.hasProperty(RDF.type, SARHAD.Incident) ? incidents
                : r.hasProperty(RDF.type, SARHAD.Claim) ? claims : others;
            target.append("<li>").append(v.link(r)).append("</li>");
        }
        String text = a.hasProperty(SARHAD.text) ? "<div class=\"snippet\">" + Html.esc(a.getProperty(SARHAD.text).getString())
            .replace("\n", "<br>") + "</div>\n" : "";
        return summary + Html.section("Incidents", wrap(incidents)) + Html.section("Claims", wrap(claims))
            + Html.section("Actors and places first seen here", wrap(others)) + Html.section("Text", text);
    }

    private static String wrap(StringBuilder items) {
        return items.length() == 0 ? "" : "<ul>" + items + "</ul>\n";
    }
}
