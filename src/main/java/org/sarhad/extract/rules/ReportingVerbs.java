package org.sarhad.extract.rules;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Verbs of saying, claiming, accusing, denying and rejecting, with the stance each gives a claim. */
final class ReportingVerbs {
    /** Verbs in their original order; grouped by first letter (see {@link #grouped}) so most words fail at once. */
    private static final List<String> VERBS = List.of("said", "says", "say", "stated", "announced", "announces", "claimed",
            "claims", "claim", "confirmed", "confirms", "added", "noted", "told", "posted", "tweeted", "wrote", "warned",
            "warns", "insisted", "insists", "consider", "considers", "suggest", "suggests", "shows", "showed", "reported",
            "reports", "accused", "accuses", "accuse", "accusing", "blamed", "blames", "blaming", "alleges", "alleged",
            "allege", "condemned", "condemns", "denied", "denies", "deny", "rejected", "rejects", "reject", "dismissed",
            "dismisses", "refuted", "cited", "quoted", "maintains", "believes", "estimated", "vowed", "urged", "demanded",
            "confirm", "claimed responsibility", "have claimed", "has claimed");
    static final Pattern VERB = Pattern.compile("\\b(" + grouped(VERBS) + ")\\b");

    private static final Pattern DETERMINER = Pattern.compile("(?i)\\b(?:the|these|those|its|his|her|their|such|any|"
            + "a|an|of|our|to|similar|baseless|false|conflicting|rival|unverified|recent|earlier)\\s+$|['\u2019]s\\s+$");

    private ReportingVerbs() {
    }

    /**
     * One alternative per first letter ("s(?:aid|ays|...)|c(?:laimed|...)"), keeping the words' order within a letter:
     * the same matches as the flat alternation, tried far faster at each word start.
     */
    static String grouped(List<String> words) {
        java.util.Map<Character, List<String>> byLetter = new java.util.LinkedHashMap<>();
        for (String w : words) {
            byLetter.computeIfAbsent(w.charAt(0), k -> new java.util.ArrayList<>()).add(Pattern.quote(w.substring(1)));
        }
        List<String> out = new java.util.ArrayList<>();
        byLetter.forEach((c, rest) -> out.add(c + "(?:" + String.join("|", rest) + ")"));
        return String.join("|", out);
    }

    /** "these claims", "the report", "claims by ...": the word is a noun or a participle here, not a verb. */
    static boolean nounUse(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 20), start);
        String after = text.substring(end, Math.min(text.length(), end + 4));
        return DETERMINER.matcher(before).find() || after.startsWith(" by ") || after.startsWith(" of ");
    }

    /** "shows"/"showed" report only with a clause ("a tally shows that ..."), not a picture ("a view shows the pass"). */
    static boolean complementOk(String verb, String text, int end) {
        if (!verb.startsWith("show")) {
            return true;
        }
        return text.startsWith(" that ", end);
    }

    static String stance(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        if (v.startsWith("accus") || v.startsWith("blam") || v.startsWith("alleg") || v.startsWith("condemn")) {
            return "accuses";
        }
        if (v.startsWith("den")) {
            return "denies";
        }
        if (v.startsWith("reject") || v.startsWith("dismiss") || v.startsWith("refut")) {
            return "rejects";
        }
        return "asserts";
    }

    /** Verbs that carry their object as the proposition ("accused X of Y", "denied Z"). */
    static boolean objectVerb(String verb) {
        return !"asserts".equals(stance(verb));
    }
}
