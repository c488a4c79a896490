package org.sarhad.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.sarhad.iri.IriMinter;

/** Reading the store for a page (inside a read transaction): labels, links, values, inbound statements. */
final class View {
    static final int MAX_LINKS = 100;

    private final Model union;
    private final IriMinter iris;

    View(Model union, IriMinter iris) {
        this.union = union;
        this.iris = iris;
    }

    Resource resource(String iri) {
        return union.createResource(iri);
    }

    Model model() {
        return union;
    }

    /** English preferred label, then any preferred label, rdfs:label, headline, the IRI's last segment. */
    String label(Resource r) {
        return firstLiteral(r, SKOS.prefLabel, "en")
            .or(() -> firstLiteral(r, SKOS.prefLabel, null))
            .or(() -> firstLiteral(r, RDFS.label, null))
            .or(() -> firstLiteral(r, union.createProperty(Prefixes.SCHEMA + "headline"), null))
            .orElseGet(() -> r.isURIResource() ? r.getURI().replaceAll(".*[/#]", "") : "(unnamed)");
    }

    private Optional<String> firstLiteral(Resource r, Property p, String lang) {
        return r.listProperties(p).toList().stream().map(Statement::getObject).filter(RDFNode::isLiteral)
            .map(RDFNode::asLiteral).filter(l -> lang == null || lang.equals(l.getLanguage()))
            .map(Literal::getLexicalForm).sorted().findFirst();
    }

    /** Same-site path for our IRIs (parts link to their owner's page), absolute for http(s), else null. */
    String href(Resource r) {
        if (!r.isURIResource()) {
            return null;
        }
        String doc = iris.documentFor(r.getURI());
        if (doc != null) {
            String path = doc.substring(iris.base().length() - 1);
            String[] seg = path.split("/");
            return seg.length > 4 ? String.join("/", seg[0], seg[1], seg[2], seg[3]) : path;
        }
        return r.getURI().matches("https?://.*") ? r.getURI() : null;
    }

    String link(Resource r) {
        String href = href(r);
        String text = Html.esc(label(r));
        return href == null ? text : "<a href=\"" + Html.esc(href) + "\">" + text + "</a>";
    }

    /** A value for display: linked resource, or escaped literal (with its datatype when not a plain string). */
    String value(RDFNode n) {
        if (n.isResource()) {
            return link(n.asResource());
        }
        Literal l = n.asLiteral();
        return Html.esc(l.getLexicalForm()) + (l.getLanguage().isEmpty() ? "" : " <small>@" + Html.esc(l.getLanguage())
            + "</small>");
    }

    Optional<RDFNode> one(Resource r, Property p) {
        return r.listProperties(p).toList().stream().map(Statement::getObject).findFirst();
    }

    String text(Resource r, Property p) {
        return one(r, p).map(this::value).orElse("");
    }

    List<Resource> objects(Resource r, Property p) {
        List<Resource> out = new ArrayList<>();
        r.listProperties(p).forEachRemaining(s -> {
            if (s.getObject().isResource()) {
                out.add(s.getObject().asResource());
            }
        });
        out.sort(Comparator.comparing(x -> String.valueOf(x.getURI())));
        return out;
    }

    List<Resource> subjects(Property p, Resource o) {
        List<Resource> out = new ArrayList<>(union.listSubjectsWithProperty(p, o).toList());
        out.sort(Comparator.comparing(x -> String.valueOf(x.getURI())));
        return out;
    }

    /**
     * Links to at most {@value #MAX_LINKS} of the resources, then how many more there are: an actor named in
     * thousands of articles would otherwise make a page of megabytes (the SPARQL endpoint lists them all).
     */
    List<String> links(List<Resource> rs) {
        List<Resource> distinct = rs.stream().distinct().toList();
        List<String> out = new java.util.ArrayList<>(distinct.stream().limit(MAX_LINKS).map(this::link).toList());
        if (distinct.size() > MAX_LINKS) {
            out.add("\u2026 and " + (distinct.size() - MAX_LINKS) + " more");
        }
        return out;
    }
}
