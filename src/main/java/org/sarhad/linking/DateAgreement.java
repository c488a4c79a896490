package org.sarhad.linking;

import java.time.LocalDate;

/**
 * How far the dates of two incidents agree. Two dates are compared at the coarser precision: 1 the same day, 0.8 a
 * day apart, 0.7 agreeing at the coarser precision, {@value #FEW_DAYS_SCORE} two or three days apart (reports of one
 * event often differ by a day or two), -1 further apart. When a date is missing the publication date of its article
 * stands in for it: a report cannot tell of an event dated after it was published, so an undated incident of an
 * article published before the other incident's date (by more than a day) is not that event; otherwise publication
 * dates close to the date (or to each other) agree weakly and more than {@value #FAR_DAYS} days apart not at all.
 * NaN when there is nothing to compare.
 */
final class DateAgreement {
    static final double FEW_DAYS_SCORE = 0.3;
    private static final int FEW_DAYS = 3;
    private static final int FAR_DAYS = 45;

    private DateAgreement() {
    }

    static double of(IncidentFacts a, IncidentFacts b) {
        if (a.date() != null && b.date() != null) {
            return dated(a.date(), b.date());
        }
        if (a.date() != null && b.published() != null && after(a.date(), b.published())
                || b.date() != null && a.published() != null && after(b.date(), a.published())) {
            return -1;
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
        return d <= FEW_DAYS ? 0.6 : d <= 14 ? 0.4 : d <= FAR_DAYS ? 0.1 : -1;
    }

    private static double dated(String a, String b) {
        int n = Math.min(a.length(), b.length());
        if (a.substring(0, n).equals(b.substring(0, n))) {
            return n == 10 ? 1 : 0.7;
        }
        if (n < 10) {
            return -1;
        }
        long d = days(a, b);
        return d <= 1 ? 0.8 : d <= FEW_DAYS ? FEW_DAYS_SCORE : -1;
    }

    /** Whether {@code date} (at its precision) lies after {@code published}, with a day's grace for time zones. */
    static boolean after(String date, String published) {
        if (date.length() == 10 && published.length() >= 10) {
            return day(date) > day(published) + 1;
        }
        int n = Math.min(date.length(), published.length());
        return date.substring(0, n).compareTo(published.substring(0, n)) > 0;
    }

    private static long days(String a, String b) {
        return Math.abs(day(a) - day(b));
    }

    /**
     * The epoch day of a {@code YYYY-MM-DD...} string, read by position: pairs ask for it often, and parsing with a
     * formatter cost more than the rest of a pair's decision.
     */
    private static long day(String d) {
        return LocalDate.of(Integer.parseInt(d, 0, 4, 10), Integer.parseInt(d, 5, 7, 10), Integer.parseInt(d, 8, 10, 10))
                .toEpochDay();
    }
}
