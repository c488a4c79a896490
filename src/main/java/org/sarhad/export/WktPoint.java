package org.sarhad.export;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A WKT {@code POINT(lon lat)} as its two coordinates, kept as the lexical forms the store holds. */
public record WktPoint(String longitude, String latitude) {
    private static final Pattern POINT = Pattern.compile("POINT\\s*\\(\\s*(-?[0-9.]+)\\s+(-?[0-9.]+)\\s*\\)",
            Pattern.CASE_INSENSITIVE);

    public static Optional<WktPoint> parse(String wkt) {
        Matcher m = wkt == null ? null : POINT.matcher(wkt);
        return m != null && m.find() ? Optional.of(new WktPoint(m.group(1), m.group(2))) : Optional.empty();
    }
}
