package org.sarhad.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.sarhad.vocab.PROV;
import org.sarhad.vocab.SARHAD;

/**
 * Every incident and every cross-report event of the store as {@link IncidentRow}s, read in one transaction and
 * kept until the store's next write (the browser filters and pages these in memory: no query text is ever built
 * from request parameters).
 */
final class IncidentIndex {
    /** Cross-report events are typed by class; until the store has any, the events list is empty. */
    static final Resource EVENT = SARHAD.Event;

    private final ServerSettings settings;
    private final DocumentCache versions;
    private Snapshot snapshot;

    private record Snapshot(long stamp, List<IncidentRow> incidents, List<IncidentRow> events, Set<String> types) {
    }

    IncidentIndex(ServerSettings settings) {
        this.settings = settings;
        this.versions = DocumentCache.of(settings.dataset());
    }

    List<IncidentRow> incidents() {
        return current().incidents();
    }

    List<IncidentRow> events() {
        return current().events();
    }

    /** The incident-type notations of the taxonomy in the store. */
    Set<String> types() {
        return current().types();
    }

    private synchronized Snapshot current() {
        long stamp = versions.stamp();
        if (snapshot == null || stamp < 0 || snapshot.stamp() != stamp) {
            Dataset ds = settings.dataset();
            snapshot = Txn.calculateRead(ds, () -> {
                View v = new View(ds.getUnionModel(), settings.iris());
                return new Snapshot(stamp, read(v, SARHAD.Incident), read(v, EVENT), types(v));
            });
        }
        return snapshot;
    }

    private static Set<String> types(View v) {
        Set<String> out = new TreeSet<>();
        v.model().listStatements(null, SKOS.notation, (RDFNode) null).forEachRemaining(s -> {
            if (s.getSubject().isURIResource() && s.getSubject().getURI().startsWith(SARHAD.TAXONOMY + "incident-type/")
                && s.getObject().isLiteral()) {
                out.add(s.getObject().asLiteral().getLexicalForm());
            }
        });
        return Set.copyOf(out);
    }

    private static List<IncidentRow> read(View v, Resource type) {
        List<IncidentRow> rows = new ArrayList<>();
        v.model().listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> {
            if (r.isURIResource()) {
                rows.add(type.equals(EVENT) ? EventRows.row(v, r) : row(v, r));
            }
        });
        rows.sort(Comparator.comparing(IncidentRow::iri));
        return List.copyOf(rows);
    }

    static IncidentRow row(View v, Resource i) {
        Resource article = i.getPropertyResourceValue(PROV.wasDerivedFrom);
        Resource type = i.getPropertyResourceValue(SARHAD.incidentType);
        Resource place = i.getPropertyResourceValue(SARHAD.place);
        Resource country = Optional.ofNullable(i.getPropertyResourceValue(SARHAD.country))
            .orElse(place == null ? null : place.getPropertyResourceValue(SARHAD.locatedIn));
        Resource border = i.getPropertyResourceValue(SARHAD.onBorder);
        Optional<double[]> point = place == null ? Optional.empty() : MapView.point(place);
        Resource event = v.model().listSubjectsWithProperty(SARHAD.hasReport, i).toList().stream()
            .filter(e -> e.hasProperty(RDF.type, EVENT)).findFirst().orElse(null);
        return new IncidentRow(i.getURI(), v.href(i), v.label(i), uri(article), lexical(v, article, SARHAD.articleId),
            article == null ? null : uri(article.getPropertyResourceValue(schemaUrl(v))),
            type == null ? null : notation(v, type), type == null ? null : v.label(type), lexical(v, i, SARHAD.date),
            lastSegment(i.getPropertyResourceValue(SARHAD.datePrecision)),
            country == null ? null : lexical(v, country, SARHAD.countryCode), lexical(v, i, SARHAD.admin1Text),
            lexical(v, i, SARHAD.admin2Text), lexical(v, i, SARHAD.locationText), place == null ? null : place.getURI(),
            place == null ? null : v.label(place), place == null ? null : lexical(v, place, SARHAD.geonamesId),
            point.map(p -> p[1]).orElse(null), point.map(p -> p[0]).orElse(null), integer(v, i, SARHAD.fatalities),
            border == null ? null : border.getURI(), border == null ? null : v.label(border),
            event == null ? null : event.getURI(), actors(v, i), seized(v, i), spot(v, place));
    }

    /** The place's point, else the first point up its locatedIn chain (a village known only by its district). */
    private static IncidentRow.Spot spot(View v, Resource place) {
        Resource at = place;
        for (int depth = 0; at != null && depth < 4; depth++) {
            Optional<double[]> p = MapView.point(at);
            if (p.isPresent()) {
                return new IncidentRow.Spot(p.get()[1], p.get()[0], v.label(at), depth == 0);
            }
            at = at.getPropertyResourceValue(SARHAD.locatedIn);
        }
        return null;
    }

    private static List<IncidentRow.Actor> actors(View v, Resource i) {
        List<IncidentRow.Actor> out = new ArrayList<>();
        for (Resource p : sortedParts(v, i, SARHAD.participation)) {
            Resource actor = p.getPropertyResourceValue(SARHAD.participant);
            if (actor != null && actor.isURIResource()) {
                String role = lastSegment(p.getPropertyResourceValue(SARHAD.role));
                out.add(new IncidentRow.Actor(actor.getURI(), v.label(actor), role == null ? "" : role));
            }
        }
        return out;
    }

    private static List<String> seized(View v, Resource i) {
        List<String> out = new ArrayList<>();
        for (Resource s : sortedParts(v, i, SARHAD.seized)) {
            String item = lexical(v, s, SARHAD.itemLabel);
            Long q = integer(v, s, SARHAD.quantity);
            String qty = q != null ? q.toString() : lexical(v, s, SARHAD.quantity);
            if (item != null) {
                out.add(qty == null ? item : qty + " " + item);
            }
        }
        return out;
    }

    /** Parts in the order the mapper numbered them ({@code .../p2} before {@code .../p10}). */
    private static List<Resource> sortedParts(View v, Resource i, Property p) {
        List<Resource> parts = new ArrayList<>(v.objects(i, p));
        parts.sort((a, b) -> NaturalOrder.compare(String.valueOf(a.getURI()), String.valueOf(b.getURI())));
        return parts;
    }

    private static String notation(View v, Resource concept) {
        String n = lexical(v, concept, SKOS.notation);
        return n != null ? n : lastSegment(concept);
    }

    private static Property schemaUrl(View v) {
        return v.model().createProperty(Prefixes.SCHEMA + "url");
    }

    static String lexical(View v, Resource r, Property p) {
        if (r == null) {
            return null;
        }
        return v.one(r, p).filter(RDFNode::isLiteral).map(n -> n.asLiteral().getLexicalForm()).orElse(null);
    }

    /** A whole number (fatalities 3, a quantity 5.0) as a long; null when absent or not whole. */
    static Long integer(View v, Resource r, Property p) {
        Optional<Literal> l = v.one(r, p).filter(RDFNode::isLiteral).map(RDFNode::asLiteral);
        try {
            return l.map(x -> new java.math.BigDecimal(x.getLexicalForm().strip()))
                .filter(d -> d.stripTrailingZeros().scale() <= 0).map(java.math.BigDecimal::longValueExact).orElse(null);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static String uri(Resource r) {
        return r == null || !r.isURIResource() ? null : r.getURI();
    }

    static String slug(String iri) {
        return iri == null ? null : iri.substring(iri.lastIndexOf('/') + 1);
    }

    static String lastSegment(Resource r) {
        return r == null || !r.isURIResource() ? null : r.getURI().substring(r.getURI().lastIndexOf('/') + 1);
    }
}
