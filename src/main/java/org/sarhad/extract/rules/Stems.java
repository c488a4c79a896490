package org.sarhad.extract.rules;

/** Cheap substring tests run before costly patterns: a pattern that needs one of the words is skipped without them. */
final class Stems {
    private Stems() {
    }

    /** Whether the lower-cased text contains any of the stems. */
    static boolean any(String lower, String... stems) {
        for (String stem : stems) {
            if (lower.contains(stem)) {
                return true;
            }
        }
        return false;
    }
}
