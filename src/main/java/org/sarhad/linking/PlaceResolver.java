package org.sarhad.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves an incident's place names to gazetteer features. The most specific name the text gives (location, then
 * district, then first-level division) is looked up by its folded name and alternate names, then by spelling
 * variant; candidates are weighed by the article's context (the incident's country, or a neighbour across its
 * border; the division the text names), feature class and population. The best candidate is linked only when no
 * other comes close (within {@value #CLOSE} of its score and more than {@value #SAME_PLACE_KM} km away): a close call
 * is recorded as such, with its runner-up, and linked to nothing. A division named alone takes its seat's
 * coordinates.
 */
final class PlaceResolver {
    static final double CLOSE = 0.1;
    static final double SAME_PLACE_KM = 25;
    private static final double MIN_SCORE = 0.55;
    private final GazetteerIndex gazetteer;

    PlaceResolver(GazetteerIndex gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The place as the text names it, with its context. */
    record Query(String country, Set<String> neighbours, String admin1, String admin2, String location,
            String ownId, List<String> withinIds) {
    }

    private record Scored(Feature feature, double score, boolean exact) {
    }

    Optional<PlaceMatch> resolve(Query q) {
        if (gazetteer.size() == 0) {
            return Optional.empty();
        }
        GazetteerIndex.Region region = q.admin1() == null ? null
                : gazetteer.regions(q.admin1(), q.country()).stream().findFirst().orElse(null);
        String text = q.location() != null ? q.location() : q.admin2() != null ? q.admin2() : q.admin1();
        if (q.ownId() != null) {
            Optional<PlaceMatch> own = byId(q.ownId(), text, "place.reference-id", 1.0);
            if (own.isPresent()) {
                return own;
            }
        }
        for (String name : new String[] {q.location(), q.admin2()}) {
            if (name == null || PlaceNames.key(name).isEmpty()) {
                continue;
            }
            Optional<PlaceMatch> m = byName(name, q, region);
            if (m.isPresent()) {
                return m;
            }
        }
        if (region == null && q.admin1() == null && q.admin2() != null) {
            region = gazetteer.regions(q.admin2(), q.country()).stream().findFirst().orElse(null);
        }
        if (region != null) {
            Feature seat = gazetteer.seat(region.code()).orElse(null);
            return Optional.of(new PlaceMatch(q.admin1() != null ? q.admin1() : q.admin2(), region.iri(), seat, 0.9,
                    seat == null ? "place.admin1" : "place.admin1+seat", 1, null));
        }
        // a place the gazetteer lacks (a village, a post): the nearest division the reference data puts it in
        for (String id : q.withinIds()) {
            Optional<PlaceMatch> within = byId(id, text, "place.within", 0.7);
            if (within.isPresent()) {
                return within;
            }
        }
        return Optional.empty();
    }

    /** The feature or division with a GeoNames id the reference data gives (a division by its seat's point). */
    private Optional<PlaceMatch> byId(String id, String text, String rule, double score) {
        Optional<Feature> f = gazetteer.byGeonamesId(id);
        if (f.isPresent()) {
            return Optional.of(new PlaceMatch(text == null ? f.get().name() : text, f.get().iri(), f.get(), score, rule,
                    1, null));
        }
        return gazetteer.regionByGeonamesId(id).map(r -> new PlaceMatch(text == null ? r.label() : text, r.iri(),
                gazetteer.seat(r.code()).orElse(null), score, rule + "+seat", 1, null));
    }

    private Optional<PlaceMatch> byName(String name, Query q, GazetteerIndex.Region region) {
        List<Scored> scored = new ArrayList<>();
        for (GazetteerIndex.Hit h : gazetteer.features(name)) {
            double s = score(h, q, region);
            if (s > 0) {
                scored.add(new Scored(h.feature(), s, h.exact()));
            }
        }
        if (scored.isEmpty()) {
            return Optional.empty();
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(x -> x.feature().geonamesId()));
        Scored best = scored.get(0);
        Scored second = scored.stream().skip(1)
                .filter(x -> !x.feature().hasPoint() || !best.feature().hasPoint()
                        || x.feature().kmTo(best.feature()) > SAME_PLACE_KM)
                .findFirst().orElse(null);
        double rounded = Math.round(best.score() * 1000) / 1000.0;
        if (second != null && best.score() - second.score() < CLOSE) {
            return Optional.of(new PlaceMatch(name, null, null, rounded, "place.ambiguous", scored.size(),
                    second.feature().iri()));
        }
        if (best.score() < MIN_SCORE) {
            return Optional.empty();
        }
        boolean inRegion = region != null && region.code().equals(best.feature().admin1());
        String rule = (best.exact() ? "place.name" : "place.variant") + (inRegion ? "+admin1" : "")
                + (q.country() != null && q.country().equals(best.feature().country()) ? "+country" : "");
        return Optional.of(new PlaceMatch(name, best.feature().iri(), best.feature(), rounded, rule, scored.size(),
                second == null ? null : second.feature().iri()));
    }

    /** 0 rules a candidate out; otherwise name evidence weighted by the context, class and population. */
    private static double score(GazetteerIndex.Hit h, Query q, GazetteerIndex.Region region) {
        Feature f = h.feature();
        double s = h.exact() ? 0.7 : 0.55;
        if (q.country() != null) {
            if (q.country().equals(f.country())) {
                s += 0.1;
            } else if (q.neighbours().contains(f.country())) {
                s -= 0.05;
            } else {
                return 0;
            }
        }
        if (region != null) {
            s += region.code().equals(f.admin1()) ? 0.15 : -0.15;
        }
        if ("P".equals(f.featureClass()) || "A".equals(f.featureClass())) {
            s += 0.02;
        }
        return Math.min(1, s + 0.05 * Math.min(1, Math.log10(f.population() + 1) / 6));
    }
}
