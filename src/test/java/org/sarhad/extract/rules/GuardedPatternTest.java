package org.sarhad.extract.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GuardedPatternTest {
    private static final GuardedPattern DENIAL = GuardedPattern.of("\\b(?:denied|rejected)\\b", "denied", "rejected");

    private static boolean find(GuardedPattern p, String text) {
        return p.find(text, text.toLowerCase(Locale.ROOT));
    }

    @Test
    void matches_exactly_where_the_plain_pattern_does() {
        for (String text : List.of("The ministry DENIED it", "Kabul rejected the report", "no stem here",
                "undenied", "Denied.")) {
            assertTrue(find(DENIAL, text) == DENIAL.pattern().matcher(text).find(), text);
        }
        assertTrue(find(DENIAL, "The ministry DENIED it"));
        assertFalse(find(DENIAL, "The ministry confirmed it"));
    }

    @Test
    void refuses_a_case_sensitive_pattern_or_upper_case_stems() {
        assertThrows(IllegalArgumentException.class,
                () -> new GuardedPattern(Pattern.compile("denied"), List.of("denied")));
        assertThrows(IllegalArgumentException.class, () -> GuardedPattern.of("denied", "Denied"));
        assertThrows(IllegalArgumentException.class, () -> GuardedPattern.of("denied"));
    }
}
