package org.sarhad.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An {@code Accept} header read as RFC 9110 says: media types compared without regard to case, each offer weighed
 * by the most specific range that matches it, and {@code q=0} meaning "not acceptable". Ties go to the offer the
 * server lists first.
 */
final class AcceptHeader {
    private record Range(String type, String subtype, double q) {
        /** 3 exact, 2 type/*, 1 wildcard, 0 no match. */
        int specificity(String offerType, String offerSubtype) {
            if (type.equals("*")) {
                return 1;
            }
            if (!type.equals(offerType)) {
                return 0;
            }
            if (subtype.equals("*")) {
                return 2;
            }
            return subtype.equals(offerSubtype) ? 3 : 0;
        }
    }

    private final List<Range> ranges;

    private AcceptHeader(List<Range> ranges) {
        this.ranges = ranges;
    }

    static AcceptHeader parse(String header) {
        List<Range> ranges = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] params = part.split(";");
            String[] type = params[0].strip().toLowerCase(Locale.ROOT).split("/", 2);
            if (type.length != 2 || type[0].isEmpty() || type[1].isEmpty()) {
                continue;
            }
            ranges.add(new Range(type[0], type[1], quality(params)));
        }
        return new AcceptHeader(ranges);
    }

    private static double quality(String[] params) {
        for (int i = 1; i < params.length; i++) {
            String[] kv = params[i].strip().split("=", 2);
            if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("q")) {
                try {
                    return Math.max(0, Math.min(1, Double.parseDouble(kv[1].strip())));
                } catch (NumberFormatException e) {
                    return 1;
                }
            }
        }
        return 1;
    }

    /** The acceptable offer with the highest quality (the earliest on a tie), or null when none is acceptable. */
    String choose(List<String> offers) {
        String best = null;
        double bestQ = 0;
        for (String offer : offers) {
            double q = quality(offer);
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return best;
    }

    private double quality(String offer) {
        String[] t = offer.toLowerCase(Locale.ROOT).split("/", 2);
        int most = 0;
        double q = 0;
        for (Range r : ranges) {
            int s = r.specificity(t[0], t[1]);
            if (s > most) {
                most = s;
                q = r.q();
            }
        }
        return q;
    }
}
