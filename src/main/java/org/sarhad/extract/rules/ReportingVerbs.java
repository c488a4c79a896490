package org.sarhad.extract.rules;

import java.util.Locale;
import java.util.regex.Pattern;

/** Verbs of saying, claiming, accusing, denying and rejecting, with the stance each gives a claim. */
final class ReportingVerbs {
    static final Pattern VERB = Pattern.compile("\\b(said|says|say|stated|states|announced|announces|claimed|claims|"
            + "claim|confirmed|confirms|added|noted|told|posted|tweeted|wrote|warned|warns|insisted|insists|consider|"
            + "considers|suggest|suggests|shows|showed|reported|reports|accused|accuses|accuse|accusing|blamed|blames|"
            + "blaming|alleges|alleged|allege|condemned|condemns|denied|denies|deny|rejected|rejects|reject|dismissed|"
            + "dismisses|refuted|cited|quoted|maintains|believes|estimated|vowed|urged|demanded|"
            + "confirm|claimed responsibility|have claimed|has claimed)\\b");

    private static final Pattern DETERMINER = Pattern.compile("(?i)\\b(?:the|these|those|its|his|her|their|such|any|"
            + "a|an|of|our|to|similar|baseless|false|conflicting|rival|unverified|recent|earlier)\\s+$|['\u2019]s\\s+$");

    private ReportingVerbs() {
    }

    /** "these claims", "the report", "claims by ...": the word is a noun or a participle here, not a verb. */
    static boolean nounUse(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 20), start);
        String after = text.substring(end, Math.min(text.length(), end + 4));
        return DETERMINER.matcher(before).find() || after.startsWith(" by ") || after.startsWith(" of ");
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
