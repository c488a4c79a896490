package org.sarhad.extract;

/**
 * A date as the text gives it.
 *
 * @param value     {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}; null when it cannot be resolved
 * @param precision day, month or year; null with a null value
 * @param text      the phrase it came from (e.g. "on the night of August 29-30"), or null
 */
public record DateValue(String value, Precision precision, String text) {
    /** How precise a date is; notation of the {@code date-precision} SKOS concept. */
    public enum Precision {
        DAY("day"), MONTH("month"), YEAR("year");

        private final String notation;

        Precision(String notation) {
            this.notation = notation;
        }

        public String notation() {
            return notation;
        }
    }

    public static DateValue unknown() {
        return new DateValue(null, null, null);
    }

    public boolean known() {
        return value != null;
    }
}
