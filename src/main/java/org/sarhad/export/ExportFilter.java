package org.sarhad.export;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which rows an export keeps: a date range ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; a row dated at
 * month or year precision is in range when any day of it is, an undated row is out of any range), a country
 * (ISO 3166-1 alpha-2) and an incident type (its notation). Null keeps everything.
 */
public record ExportFilter(String from, String to, String country, String type) {
    public static final ExportFilter NONE = new ExportFilter(null, null, null, null);
    public static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

    public ExportFilter {
        for (String d : new String[] {from, to}) {
            if (d != null && !DATE.matcher(d).matches()) {
                throw new IllegalArgumentException("dates are YYYY, YYYY-MM or YYYY-MM-DD, not '" + d + "'");
            }
        }
        if (country != null && !country.matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException("a country is a two-letter ISO 3166-1 code such as TJ, not '" + country + "'");
        }
        country = country == null ? null : country.toUpperCase(Locale.ROOT);
    }

    public boolean byPlaceOrType() {
        return country != null || type != null;
    }

    public boolean acceptsIncident(String date, String countryCode, String typeNotation) {
        return inRange(date) && (country == null || country.equalsIgnoreCase(countryCode))
            && (type == null || type.equals(typeNotation));
    }

    /** Whether a date at any precision overlaps the range. */
    public boolean inRange(String date) {
        if (from == null && to == null) {
            return true;
        }
        if (date == null || date.isEmpty()) {
            return false;
        }
        return (from == null || pad(date, "-12-31").compareTo(pad(from, "-01-01")) >= 0)
            && (to == null || pad(date, "-01-01").compareTo(pad(to, "-12-31")) <= 0);
    }

    /**
     * The first or last day of a date given to the year or month ({@code tail} "-01-01" or "-12-31"); a month's
     * last day is written as its 31st, which compares after every real day of it.
     */
    private static String pad(String date, String tail) {
        return date.length() >= 10 ? date.substring(0, 10) : date + tail.substring(date.length() - 4);
    }
}
