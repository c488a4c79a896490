package org.sarhad.linking;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.SKOS;

/**
 * Whether two incidents of different articles report one event, by evidence: compatible types (the same, or
 * {@code skos:related} in the incident-type taxonomy), dates agreeing at the coarser precision (or the articles
 * published within days of each other when a date is missing), the same place (gazetteer feature, district or
 * location name, division, or points within {@value #NEAR_KM} km; two named divisions or far-apart points rule it
 * out), shared participants and the same toll. Symmetric: {@code decide(a, b)} and {@code decide(b, a)} agree.
 */
final class SameEvent {
    /** A pair scoring this much is one event. */
    static final double THRESHOLD = 0.6;
    /** A pair scoring this much is one event when the two articles already share an event ({@link #STORY}). */
    static final double WEAK = 0.4;
    /** A pair scoring this much shows that two articles tell the same story. */
    static final double STORY = 0.85;
    static final double NEAR_KM = 60;
    private static final double FAR_KM = 150;
    private final Set<String> related = new HashSet<>();

    /** The decision on one pair: its score and the rule naming the evidence that carried it. */
    record Decision(double score, String rule) {
    }

    SameEvent(Model taxonomy) {
        taxonomy.listStatements(null, SKOS.related, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(s -> {
            if (s.getObject().isURIResource()) {
                related.add(last(s.getSubject().getURI()) + " " + last(s.getObject().asResource().getURI()));
                related.add(last(s.getObject().asResource().getURI()) + " " + last(s.getSubject().getURI()));
            }
        });
    }

    /** Whether the two cannot be one event: one article, unrelated types, dates or places apart. */
    boolean conflict(IncidentFacts a, IncidentFacts b) {
        return a.article().equals(b.article()) || type(a, b) < 0 || date(a, b) < 0 || place(a, b) < 0;
    }

    private double type(IncidentFacts a, IncidentFacts b) {
        return a.type().equals(b.type()) ? 1 : related.contains(a.type() + " " + b.type()) ? 0.6 : -1;
    }

    Optional<Decision> decide(IncidentFacts a, IncidentFacts b) {
        if (conflict(a, b)) {
            return Optional.empty();
        }
        double type = type(a, b);
        double date = date(a, b);
        double place = place(a, b);
        Set<String> shared = new HashSet<>(a.actors());
        shared.retainAll(b.actors());
        double actors = Math.min(1, shared.size() / 2.0);
        double toll = a.fatalities() != null && a.fatalities().equals(b.fatalities()) ? 1 : 0;
        // nothing dates the pair: judged on the rest where the same place is named, else marked down for it
        double score = Double.isNaN(date) && place >= 0.8 ? (0.3 * type + 0.3 * place + 0.1 * actors + 0.1 * toll) / 0.8
                : 0.3 * type + 0.25 * (Double.isNaN(date) ? 0.3 : date) + 0.3 * place + 0.1 * actors + 0.1 * toll;
        if (score < WEAK) {
            return Optional.empty();
        }
        StringBuilder rule = new StringBuilder("event");
        rule.append(type == 1 ? ".type" : ".related-type");
        if (date >= 0.7) {
            rule.append("+date");
        }
        if (place >= 0.7) {
            rule.append("+place");
        }
        if (actors > 0) {
            rule.append("+actors");
        }
        if (toll > 0) {
            rule.append("+toll");
        }
        return Optional.of(new Decision(Math.round(Math.min(1, score) * 1000) / 1000.0, rule.toString()));
    }

    /**
     * 1 same day, 0.8 a day apart, 0.7 agreeing at the coarser precision; -1 disagreeing; by publication dates when a
     * date is missing; NaN when there is nothing to compare.
     */
    private static double date(IncidentFacts a, IncidentFacts b) {
        if (a.date() != null && b.date() != null) {
            int n = Math.min(a.date().length(), b.date().length());
            if (a.date().substring(0, n).equals(b.date().substring(0, n))) {
                return n == 10 ? 1 : 0.7;
            }
            return n == 10 && days(a.date(), b.date()) <= 1 ? 0.8 : -1;
        }
        String pa = a.date() != null ? a.date() : a.published();
        String pb = b.date() != null ? b.date() : b.published();
        if (pa == null || pb == null) {
            return Double.NaN;
        }
        if (pa.length() < 10 || pb.length() < 10) {
            int n = Math.min(pa.length(), pb.length());
            return pa.substring(0, n).equals(pb.substring(0, n)) ? 0.4 : 0.1;
        }
        long d = days(pa, pb);
        return d <= 3 ? 0.6 : d <= 14 ? 0.4 : d <= 45 ? 0.1 : -1;
    }

    /** 1 same feature or name, 0.8 same division, 0.7 near; -1 different named divisions or countries apart. */
    private static double place(IncidentFacts a, IncidentFacts b) {
        if (a.feature() != null && a.feature().equals(b.feature())) {
            return 1;
        }
        Set<String> names = new HashSet<>(a.names());
        names.retainAll(b.names());
        if (!names.isEmpty()) {
            return 1;
        }
        if (a.hasPoint() && b.hasPoint()) {
            double km = a.kmTo(b);
            if (km <= NEAR_KM) {
                return 0.8;
            }
            if (km > FAR_KM) {
                return -1;
            }
        }
        if (a.admin1() != null && b.admin1() != null) {
            return a.admin1().equals(b.admin1()) ? 0.8 : -1;
        }
        if (!a.states().isEmpty() && !b.states().isEmpty() && java.util.Collections.disjoint(a.states(), b.states())
                || a.border() != null && b.border() != null && !a.border().equals(b.border())) {
            return -1;
        }
        if (a.country() != null && b.country() != null && !a.country().equals(b.country())) {
            boolean acrossBorder = a.states().contains(b.country()) || b.states().contains(a.country());
            return acrossBorder ? 0.4 : -1;
        }
        if (a.border() != null && a.border().equals(b.border())) {
            return 0.6;
        }
        return a.country() != null && a.country().equals(b.country()) ? 0.5 : 0.3;
    }

    private static long days(String a, String b) {
        return Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(a.substring(0, 10)), LocalDate.parse(b.substring(0, 10))));
    }

    private static String last(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
