package org.sarhad.linking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The index keys of an incident, area and month, under which the event linker finds candidates without scanning the
 * store. The month is the date's, else the month the article was published. An incident is stored under
 * {@code M|CC|YYYY-MM} for each state of its area (its country and, on a border, the state across), or
 * {@code M|-|YYYY-MM} without one, and {@code M|*|YYYY-MM}; under {@code A|CC} and {@code A|CC|DIV} for each state,
 * {@code DIV} the first-level division its place links to or {@code -} when none; and, without any month, under
 * {@code U|CC} and {@code U|CC|DIV}. It asks for its states' keys of its month and the months either side, the
 * state-less ones of those months and the month-less ones of its states; a state-less incident asks for every
 * incident of those months. A month-less incident, which nothing dates, asks for the incidents of its division and
 * those of its states placed in no division ({@code A|CC|DIV}, {@code A|CC|-}), and a dated one for the month-less
 * ones of its division and of none ({@code U|CC|DIV}, {@code U|CC|-}): incidents in two different divisions are one
 * event only when their points lie close (a case these buckets leave to dated pairs), and neither bucket grows with
 * the rest of the state. Only an incident placed in no division asks for every incident ({@code A|CC}) or every
 * month-less incident ({@code U|CC}) of its states. A finds B exactly when B finds A, so the order of ingest does not
 * matter.
 */
final class LinkKeys {
    private LinkKeys() {
    }

    static List<String> stored(List<String> states, String division, String date, String published) {
        TreeSet<String> keys = new TreeSet<>();
        List<String> months = months(date, published, false);
        for (String month : months) {
            if (states.isEmpty()) {
                keys.add("M|-|" + month);
            }
            states.forEach(s -> keys.add("M|" + s + "|" + month));
            keys.add("M|*|" + month);
        }
        String div = division == null ? "-" : division;
        for (String s : states) {
            keys.add("A|" + s);
            keys.add("A|" + s + "|" + div);
            if (months.isEmpty()) {
                keys.add("U|" + s);
                keys.add("U|" + s + "|" + div);
            }
        }
        return List.copyOf(keys);
    }

    /** The keys whose incidents are candidates for an incident of these states, division and dates. */
    static List<String> wanted(List<String> states, String division, String date, String published) {
        TreeSet<String> keys = new TreeSet<>();
        List<String> months = months(date, published, true);
        for (String month : months) {
            if (states.isEmpty()) {
                keys.add("M|*|" + month);
            } else {
                states.forEach(s -> keys.add("M|" + s + "|" + month));
                keys.add("M|-|" + month);
            }
        }
        String bucket = months.isEmpty() ? "A|" : "U|";
        for (String s : states) {
            if (division == null) {
                keys.add(bucket + s);
            } else {
                keys.add(bucket + s + "|" + division);
                keys.add(bucket + s + "|-");
            }
        }
        return List.copyOf(keys);
    }

    /** Whether a key is a state's area key {@code A|CC}, which names a state of the incident's area. */
    static boolean isArea(String key) {
        return key.startsWith("A|") && key.indexOf('|', 2) < 0;
    }

    /** Its own month (a year-only date's twelve); with {@code around}, the months either side as well. */
    private static List<String> months(String date, String published, boolean around) {
        String d = date != null && date.length() >= 4 ? date : published;
        List<String> out = new ArrayList<>();
        if (d == null || d.length() < 4) {
            return out;
        }
        YearMonth first = d.length() == 4 ? YearMonth.of(Integer.parseInt(d), 1) : YearMonth.parse(d.substring(0, 7));
        YearMonth last = d.length() == 4 ? first.plusMonths(11) : first;
        if (around) {
            first = first.minusMonths(1);
            last = last.plusMonths(1);
        }
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            out.add(m.toString());
        }
        return out;
    }

    static String decimal(double score) {
        String s = BigDecimal.valueOf(score).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }
}
