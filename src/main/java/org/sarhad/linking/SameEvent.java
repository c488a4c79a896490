package org.sarhad.linking;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.SKOS;

/**
 * Whether two incidents of different articles report one event, by evidence: compatible types (the same, or
 * {@code skos:related} in the incident-type taxonomy), dates agreeing at the coarser precision or days apart ({@link
 * DateAgreement}: publication dates stand in for missing ones), the same place ({@link PlaceAgreement}: gazetteer
 * feature, named place, division, points nearby; two divisions or far-apart points rule it out), shared participants
 * and the same toll. Symmetric: {@code decide(a, b)} and {@code decide(b, a)} agree.
 */
final class SameEvent {
    /** A pair scoring this much is one event. */
    static final double THRESHOLD = 0.6;
    /** A pair scoring this much is one event when the two articles already share an event ({@link #STORY}). */
    static final double WEAK = 0.4;
    /** A pair scoring this much shows that two articles tell the same story. */
    static final double STORY = 0.85;
    /** Places agreeing this much are in the same area: the same country, or closer. */
    static final double SAME_AREA = 0.5;
    private final Map<String, Set<String>> related = new HashMap<>();

    /**
     * The decision on one pair: its score, the rule naming the evidence that carried it, whether the two agree on the
     * date or the place (not only on type, area, participants or toll), and whether they are alike: the same type in
     * the same area (the same country or closer).
     */
    record Decision(double score, String rule, boolean anchored, boolean alike) {
    }

    SameEvent(Model taxonomy) {
        taxonomy.listStatements(null, SKOS.related, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(s -> {
            if (s.getObject().isURIResource()) {
                String a = last(s.getSubject().getURI());
                String b = last(s.getObject().asResource().getURI());
                related.computeIfAbsent(a, k -> new HashSet<>()).add(b);
                related.computeIfAbsent(b, k -> new HashSet<>()).add(a);
            }
        });
    }

    /** Whether the two cannot be one event: one article, unrelated types, dates or places apart. */
    boolean conflict(IncidentFacts a, IncidentFacts b) {
        return a.article().equals(b.article()) || type(a, b) < 0 || DateAgreement.of(a, b) < 0
                || PlaceAgreement.of(a, b) < 0;
    }

    private double type(IncidentFacts a, IncidentFacts b) {
        return a.type().equals(b.type()) ? 1 : related.getOrDefault(a.type(), Set.of()).contains(b.type()) ? 0.6 : -1;
    }

    Optional<Decision> decide(IncidentFacts a, IncidentFacts b) {
        if (a.article().equals(b.article())) {
            return Optional.empty();
        }
        double type = type(a, b);
        double date = type < 0 ? -1 : DateAgreement.of(a, b);
        double place = date < 0 ? -1 : PlaceAgreement.of(a, b);
        if (place < 0) {
            return Optional.empty();
        }
        Set<String> shared = new HashSet<>(a.actors());
        shared.retainAll(b.actors());
        double actors = Math.min(1, shared.size() / 2.0);
        double toll = a.fatalities() != null && a.fatalities().equals(b.fatalities()) ? 1 : 0;
        // nothing dates the pair: judged on the rest where one type names the same place, else marked down for it
        double score = Double.isNaN(date) && place >= 0.8 && type == 1
                ? (0.3 * type + 0.3 * place + 0.1 * actors + 0.1 * toll) / 0.8
                : 0.3 * type + 0.25 * (Double.isNaN(date) ? 0.3 : date) + 0.3 * place + 0.1 * actors + 0.1 * toll;
        if (Double.isNaN(date) && actors == 0 && toll == 0) {
            // nothing dates the pair and no participant or toll is shared: type and place alone make a weak pair,
            // one event only when another pair shows that the two articles tell the same story
            score = Math.min(score, WEAK);
        }
        if (score < WEAK) {
            return Optional.empty();
        }
        StringBuilder rule = new StringBuilder("event");
        rule.append(type == 1 ? ".type" : ".related-type");
        boolean anchored = false;
        if (date >= 0.7) {
            rule.append("+date");
            anchored = true;
        }
        if (place >= 0.7) {
            rule.append("+place");
            anchored = true;
        }
        if (actors > 0) {
            rule.append("+actors");
        }
        if (toll > 0) {
            rule.append("+toll");
        }
        return Optional.of(new Decision(Math.round(Math.min(1, score) * 1000) / 1000.0, rule.toString(), anchored,
                type == 1 && place >= SAME_AREA));
    }

    private static String last(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
