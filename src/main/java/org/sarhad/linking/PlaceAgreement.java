package org.sarhad.linking;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far the places of two incidents agree: 1 the same gazetteer feature or the same named place (location or
 * district, by name or spelling skeleton; a name shared by incidents the texts place in two states only at a crossing
 * or post on a border), 0.8 points within {@value #NEAR_KM} km or the same first-level division (its feature, code or
 * name), {@value #OTHER_SPOTS} the same division where both name a different place in it (a different district, or a
 * place the reference data puts in another district than the one the other names), 0.6 the same border, 0.5 the same
 * country, 0.4 states across a border from each other; -1 different divisions, points over {@value #FAR_KM} km apart,
 * states apart or borders of no common state. Two different borders of one state are a near miss
 * ({@value #OTHER_BORDER}): reports of one event may put it on either border of a state where they meet.
 */
final class PlaceAgreement {
    static final double NEAR_KM = 60;
    static final double OTHER_SPOTS = 0.5;
    static final double OTHER_BORDER = 0.1;
    private static final double FAR_KM = 150;
    private static final int MAX_CACHED = 100_000;
    private static final Map<String, String> SKELETONS = new ConcurrentHashMap<>();

    private PlaceAgreement() {
    }

    static double of(IncidentFacts a, IncidentFacts b) {
        if (sameSpot(a, b) && !inTwoStates(a, b)) {
            return 1;
        }
        // both name a district (or lie in one the reference data knows), or both a location, and the names differ
        boolean otherSpots = differ(district(a), district(b)) || differ(a.locations(), b.locations());
        if (a.feature() != null && a.feature().equals(b.feature())) {
            // a feature without a point of its own is a division (a seat, or the division a place lies in)
            return !a.hasPoint() && otherSpots ? OTHER_SPOTS : 1;
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
            return !a.admin1().equals(b.admin1()) ? -1 : otherSpots ? OTHER_SPOTS : 0.8;
        }
        if (sameName(a.divisions(), b.divisions())) {
            return otherSpots ? OTHER_SPOTS : 0.8;
        }
        return states(a, b);
    }

    private static double states(IncidentFacts a, IncidentFacts b) {
        if (!a.states().isEmpty() && !b.states().isEmpty() && Collections.disjoint(a.states(), b.states())) {
            return -1;
        }
        if (a.border() != null && b.border() != null && !a.border().equals(b.border())) {
            return OTHER_BORDER;
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

    /** The district the text names, else the one the reference data puts its place in. */
    private static Set<String> district(IncidentFacts x) {
        return x.districts().isEmpty() ? x.within() : x.districts();
    }

    /**
     * Whether the two are placed in different states, neither at a crossing or post on a border: a name they share is
     * then two places (a town and its namesake across the border) or one report's mistake, not one spot.
     */
    private static boolean inTwoStates(IncidentFacts a, IncidentFacts b) {
        return a.country() != null && b.country() != null && !a.country().equals(b.country()) && !a.borderPlace()
                && !b.borderPlace();
    }

    private static boolean differ(Set<String> a, Set<String> b) {
        return !a.isEmpty() && !b.isEmpty() && !sameName(a, b);
    }

    /** Whether the two sets of folded names share a name, or the spelling skeleton of one. */
    static boolean sameName(Set<String> a, Set<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y) || skeleton(x).equals(skeleton(y)) && !skeleton(x).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameSpot(IncidentFacts a, IncidentFacts b) {
        return sameName(a.locations(), b.locations()) || sameName(a.locations(), b.districts())
                || sameName(a.districts(), b.locations()) || sameName(a.districts(), b.districts());
    }

    /** The spelling skeleton of a folded name, empty when too short; kept, as pairs ask for the same names often. */
    private static String skeleton(String key) {
        if (SKELETONS.size() > MAX_CACHED) {
            SKELETONS.clear();
        }
        return SKELETONS.computeIfAbsent(key, k -> Objects.requireNonNullElse(PlaceNames.skeleton(k), ""));
    }
}
