package org.sarhad.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.sarhad.iri.IriMinter;
import org.sarhad.vocab.PROV;
import org.sarhad.vocab.Prefixes;
import org.sarhad.vocab.SARHAD;
import org.sarhad.vocab.Taxonomy;

/**
 * The graph of one event: its reports, the pairs that joined them (each an {@code sarhad:EventLink} with its score and
 * rule, and {@code sarhad:sameEventAs} between the two incidents), and what the reports say together: the type most
 * give it, its earliest and latest date, country, place and border, fatalities best / low / high, reports and outlets,
 * the aspects on which they disagree, and the claims they cite.
 */
final class EventWriter {
    private final IriMinter iris;
    private final ReferenceView ref;

    EventWriter(IriMinter iris, ReferenceView ref) {
        this.iris = iris;
        this.ref = ref;
    }

    /** The key event IRIs and graph names are minted from: the earliest-published report (then by IRI). */
    static String key(List<IncidentFacts> reports) {
        IncidentFacts seed = reports.stream().min(Comparator.comparing((IncidentFacts f) -> f.published() == null
                ? "9999" : f.published()).thenComparing(IncidentFacts::iri)).orElseThrow();
        return seed.iri().substring(seed.iri().lastIndexOf('/') + 1);
    }

    Model write(String key, List<IncidentFacts> reports, List<Clusters.Edge> edges) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.standard());
        Resource e = m.createResource(iris.entity("event", key));
        e.addProperty(RDF.type, SARHAD.Event);
        String type = mode(reports, IncidentFacts::type);
        e.addProperty(SARHAD.eventType, Taxonomy.incidentType(type));
        List<String> dates = reports.stream().map(IncidentFacts::date).filter(Objects::nonNull).sorted().toList();
        if (!dates.isEmpty()) {
            e.addLiteral(SARHAD.dateEarliest, date(m, dates.get(0)));
            e.addLiteral(SARHAD.dateLatest, date(m, dates.get(dates.size() - 1)));
        }
        String country = mode(reports, IncidentFacts::country);
        if (country != null && ref.countryIri(country) != null) {
            e.addProperty(SARHAD.eventCountry, m.createResource(ref.countryIri(country)));
        }
        String place = mode(reports, f -> f.feature() != null ? f.feature() : f.place());
        if (place != null) {
            e.addProperty(SARHAD.eventPlace, m.createResource(place));
        }
        String border = mode(reports, IncidentFacts::border);
        if (border != null) {
            e.addProperty(SARHAD.onBorder, m.createResource(border));
        }
        tolls(m, e, reports);
        Set<String> outlets = new TreeSet<>();
        for (IncidentFacts r : reports) {
            e.addProperty(SARHAD.hasReport, m.createResource(r.iri()));
            e.addProperty(PROV.wasDerivedFrom, m.createResource(r.article()));
            if (r.outlet() != null) {
                outlets.add(r.outlet());
            }
            r.claims().forEach(c -> e.addProperty(SARHAD.eventClaim, m.createResource(c)));
        }
        outlets.forEach(o -> e.addProperty(SARHAD.reportingOutlet, m.createResource(o)));
        e.addLiteral(SARHAD.reportCount, integer(m, reports.size()));
        e.addLiteral(SARHAD.outletCount, integer(m, outlets.size()));
        disagreements(reports).forEach(d -> e.addProperty(SARHAD.disagreesOn, d));
        e.addProperty(RDFS.label, type.replace('-', ' ') + ", " + (dates.isEmpty() ? "date unknown" : dates.get(0))
                + ", " + reports.size() + " reports");
        links(m, e, edges);
        return m;
    }

    private void links(Model m, Resource e, List<Clusters.Edge> edges) {
        int n = 0;
        for (Clusters.Edge edge : edges) {
            Resource a = m.createResource(edge.a());
            Resource b = m.createResource(edge.b());
            a.addProperty(SARHAD.sameEventAs, b);
            Resource link = m.createResource(iris.part(e.getURI(), "link" + (++n)));
            link.addProperty(RDF.type, SARHAD.EventLink);
            link.addProperty(SARHAD.linkSubject, a);
            link.addProperty(SARHAD.linkTarget, b);
            link.addLiteral(SARHAD.linkScore, m.createTypedLiteral(LinkKeys.decimal(edge.decision().score()),
                    XSDDatatype.XSDdecimal));
            link.addProperty(SARHAD.linkRule, edge.decision().rule());
            link.addProperty(PROV.wasDerivedFrom, e);
        }
    }

    private static void tolls(Model m, Resource e, List<IncidentFacts> reports) {
        List<Integer> tolls = reports.stream().map(IncidentFacts::fatalities).filter(Objects::nonNull).sorted().toList();
        if (tolls.isEmpty()) {
            return;
        }
        Map<Integer, Integer> counts = new TreeMap<>();
        tolls.forEach(t -> counts.merge(t, 1, Integer::sum));
        int best = counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        e.addLiteral(SARHAD.fatalitiesBest, integer(m, best));
        e.addLiteral(SARHAD.fatalitiesLow, integer(m, tolls.get(0)));
        e.addLiteral(SARHAD.fatalitiesHigh, integer(m, tolls.get(tolls.size() - 1)));
    }

    /** The aspects on which reports differ: type, date (not agreeing at the coarser precision), place, toll. */
    static List<String> disagreements(List<IncidentFacts> reports) {
        List<String> out = new ArrayList<>();
        if (distinct(reports, IncidentFacts::type) > 1) {
            out.add("type");
        }
        List<String> dates = reports.stream().map(IncidentFacts::date).filter(Objects::nonNull).toList();
        boolean dateApart = false;
        for (String a : dates) {
            for (String b : dates) {
                int n = Math.min(a.length(), b.length());
                dateApart |= !a.substring(0, n).equals(b.substring(0, n));
            }
        }
        if (dateApart) {
            out.add("date");
        }
        if (distinct(reports, IncidentFacts::country) > 1 || distinct(reports, IncidentFacts::feature) > 1) {
            out.add("place");
        }
        if (distinct(reports, IncidentFacts::fatalities) > 1) {
            out.add("toll");
        }
        return out;
    }

    private static <T> long distinct(List<IncidentFacts> reports, Function<IncidentFacts, T> f) {
        return reports.stream().map(f).filter(Objects::nonNull).distinct().count();
    }

    /** The most frequent non-null value, the smallest on a tie; null when none. */
    private static String mode(List<IncidentFacts> reports, Function<IncidentFacts, String> f) {
        Map<String, Integer> counts = new TreeMap<>();
        reports.stream().map(f).filter(Objects::nonNull).forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey)
                .orElse(null);
    }

    private static Literal integer(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Literal date(Model m, String d) {
        XSDDatatype t = d.length() == 10 ? XSDDatatype.XSDdate : d.length() == 7 ? XSDDatatype.XSDgYearMonth
                : XSDDatatype.XSDgYear;
        return m.createTypedLiteral(d, t);
    }
}
