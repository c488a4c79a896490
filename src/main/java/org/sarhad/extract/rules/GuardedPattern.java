package org.sarhad.extract.rules;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A case-insensitive (ASCII) pattern that can only match where one of its literal stems occurs in the lower-cased
 * text. The {@code contains} tests run first and skip the regex, which would otherwise try every alternative at
 * every position of every clause: most clauses hold none of the stems.
 */
record GuardedPattern(Pattern pattern, List<String> stems) {
    GuardedPattern {
        Objects.requireNonNull(pattern, "pattern");
        if ((pattern.flags() & Pattern.CASE_INSENSITIVE) == 0) {
            throw new IllegalArgumentException("stems are lower case: the pattern must be case-insensitive: " + pattern);
        }
        stems = List.copyOf(stems);
        if (stems.isEmpty() || stems.stream().anyMatch(s -> s.isEmpty() || !s.equals(s.toLowerCase(java.util.Locale.ROOT)))) {
            throw new IllegalArgumentException("stems must be non-empty lower-case strings: " + stems);
        }
    }

    static GuardedPattern of(String regex, String... stems) {
        return new GuardedPattern(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), List.of(stems));
    }

    boolean mayMatch(String lower) {
        for (String stem : stems) {
            if (lower.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the pattern occurs in {@code text}; {@code lower} is {@code text} lower-cased. */
    boolean find(String text, String lower) {
        return mayMatch(lower) && pattern.matcher(text).find();
    }
}
