package org.sarhad.extract.rules;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/** Reads cardinal numbers written as digits ("1,500", "3.5") or words ("twelve", "twenty-three", "a", "an"). */
public final class Numbers {
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("single", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12),
            Map.entry("both", 2), Map.entry("pair", 2));

    /** Regex alternation matching one number token (digits or words), for use inside larger patterns. */
    public static final String TOKEN = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty"
            + "|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)|one|two|three|four|five|six|seven"
            + "|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty"
            + "|forty|fifty|sixty|seventy|eighty|ninety|a|an|a dozen|a single|both)";

    private Numbers() {
    }

    /** The value of a number token, or null when it is not one. */
    public static BigDecimal parse(String token) {
        if (token == null) {
            return null;
        }
        String t = token.strip().toLowerCase(Locale.ROOT).replace(",", "");
        if (t.matches("\\d+(\\.\\d+)?")) {
            return new BigDecimal(t);
        }
        if (t.startsWith("a ")) {
            t = t.substring(2);
        }
        String[] parts = t.split("[- ]");
        int total = 0;
        for (String p : parts) {
            Integer v = WORDS.get(p);
            if (v == null) {
                return null;
            }
            total += v;
        }
        return BigDecimal.valueOf(total);
    }

    public static Integer parseInt(String token) {
        BigDecimal d = parse(token);
        return d == null ? null : d.intValue();
    }
}
