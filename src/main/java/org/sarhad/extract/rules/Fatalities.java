package org.sarhad.extract.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts deaths stated in an incident's clauses. Figures are grouped by side (security forces, militants, civilians,
 * or a stated total); each side keeps its largest figure, and the result is the larger of the stated total and the
 * sum of the sides ("12 soldiers and six terrorists" gives 18). "The terrorists were neutralized" takes the number
 * of an earlier "two members"; "no casualties" gives 0; injuries alone give null.
 */
public final class Fatalities {
    private enum Side { TOTAL, SECURITY, MILITANT, CIVILIAN }

    private static final String NUM = Numbers.TOKEN;
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z\\s-]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BOUND_BEFORE = Pattern.compile("(?i)\\b(?:more than|over|nearly|almost|upwards of)\\s+$");
    private static final String Q = "[\"\u201C\u201D\u2018\u2019']?";
    private static final String KILL = "(?:killed|killing|kills?|neutrali[sz]ed|neutrali[sz]ing|eliminated|martyred|"
            + "martyrdom|sent to hell|dead|died|lost (?:their|his) lives|perished|slain)";
    private static final String WORD = "(?:(?!(?:the|a|an|after|before|in|on|at|during|with|by|from|and|were|was)\\b)"
            + "[\\w\u201C\u201D\"'-]+)";
    private static final String NOUN_GROUP = "((?:" + NUM + ")(?:\\s+(?:of\\s+(?:the|its|their)\\s+)?(?:" + WORD + "\\s+)"
            + "{0,4}?(?:" + WORD + "))?(?:\\s+(?:and|plus)\\s+(?:" + NUM + ")\\s+(?:" + WORD + "\\s+){0,3}?" + WORD + ")*)";
    private static final Pattern SUBJECT_FIRST = Pattern.compile("(?i)\\b(?:at least |as many as |up to |all )?"
            + NOUN_GROUP + "(?:\\s+of\\s+the\\s+[\\w\\s-]{1,40}?)?\\s+(?:were|was|have been|had been|are|been|have|has)?"
            + "\\s*(?:also |reportedly |allegedly )?" + Q + KILL + "\\b");
    private static final Pattern VERB_FIRST = Pattern.compile("(?i)\\b(?:killed|killing|kills?|kill|neutrali[sz]ed|"
            + "martyred|claimed the lives of|losing|lost)" + Q + "\\s+" + Q + "(?:at least |as many as |"
            + "up to |around |some )?" + NOUN_GROUP);
    private static final Pattern LEFT_DEAD = Pattern.compile("(?i)\\b(?:left|leaving|leaf|leaves)\\s+(?:at least |"
            + "around |some )?(" + NUM + ")\\s+(?:people\\s+|persons\\s+)?dead\\b");
    private static final Pattern PART = Pattern.compile("(?i)(" + NUM + ")\\s+(?:of\\s+(?:the|its|their)\\s+)?"
            + "((?:[\\w\u201C\u201D\"'-]+\\s+){0,4}?[\\w-]+)");
    private static final Pattern DEFINITE_KILLED = Pattern.compile("(?i)\\b(?:the|these|those) (?:\\w+ ){0,2}"
            + "(?:terrorists|militants|attackers|intruders|members|fighters|gunmen|smugglers|insurgents)"
            + " (?:were|have been|had been) " + KILL);
    private static final Pattern EARLIER_COUNT = Pattern.compile("(?i)\\b(" + NUM + ")\\s+(?:members|militants|"
            + "terrorists|attackers|fighters|gunmen|intruders|smugglers|insurgents)\\b");
    private static final Pattern NO_CASUALTIES = Pattern.compile("(?i)\\bno (?:reports? of (?:any )?)?(?:casualties|deaths|"
            + "fatalities|victims|one was (?:killed|hurt))\\b|\\bnobody was killed\\b");
    private static final Set<String> SECURITY = Set.of("soldier", "soldiers", "troops", "troop", "guard", "guards",
            "officer", "officers", "personnel", "policemen", "policeman", "police", "servicemen", "serviceman",
            "sons", "jawans", "commandos", "constables", "sepoys");
    private static final Set<String> CIVILIAN = Set.of("civilians", "civilian", "children", "child", "woman", "women",
            "boys", "girls", "boy", "girl", "worshippers", "passengers", "residents", "villagers", "nationals", "workers");
    private static final Set<String> TOTAL = Set.of("people", "persons", "person", "dead", "lives", "victims",
            "individuals");
    private static final Set<String> NOT_PEOPLE = Set.of("kilograms", "kilometers", "kilometres", "km", "rockets",
            "vehicles", "rifles", "posts", "positions", "days", "years", "months", "hours", "miles", "percent");

    private static final List<String> DEATH_STEMS = List.of("kill", "neutrali", "eliminat", "martyr", "hell", "dead",
            "died", "lives", "perish", "slain", "los", "leaf", "leav", "left");

    private Fatalities() {
    }

    /** The total deaths stated in the clauses, or null when none is stated. */
    public static Integer count(List<String> clauses) {
        Map<Side, Integer> best = new EnumMap<>(Side.class);
        boolean noCasualties = false;
        for (String c : clauses) {
            String lower = c.toLowerCase(Locale.ROOT);
            noCasualties |= noneReported(c);
            if (!mentionsDeath(lower)) {
                continue;
            }
            scan(SUBJECT_FIRST.matcher(c), best, c);
            scan(VERB_FIRST.matcher(c), best, c);
            Matcher left = LEFT_DEAD.matcher(c);
            while (left.find()) {
                Integer n = Numbers.parseInt(left.group(1));
                if (n != null) {
                    best.merge(Side.TOTAL, n, Math::max);
                }
            }
        }
        if (best.isEmpty()) {
            Integer anaphoric = anaphoric(clauses);
            return anaphoric != null ? anaphoric : noCasualties ? Integer.valueOf(0) : null;
        }
        int sides = best.getOrDefault(Side.SECURITY, 0) + best.getOrDefault(Side.MILITANT, 0)
                + best.getOrDefault(Side.CIVILIAN, 0);
        return Math.max(best.getOrDefault(Side.TOTAL, 0), sides);
    }

    /** "There were no reports of casualties", "no casualties have been reported": the text says nobody died. */
    static boolean noneReported(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        return (lower.contains("no ") || lower.contains("nobody")) && NO_CASUALTIES.matcher(sentence).find();
    }

    /** Cheap test before the count patterns, which are costly on clauses that report no death at all. */
    private static boolean mentionsDeath(String lower) {
        for (String stem : DEATH_STEMS) {
            if (lower.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static void scan(Matcher m, Map<Side, Integer> best, String clause) {
        while (m.find()) {
            if (BOUND_BEFORE.matcher(clause.substring(Math.max(0, m.start(1) - 14), m.start(1))).find()) {
                continue; // "left more than 100 people dead": a bound, not the article's count
            }
            boolean martyr = m.group().toLowerCase(Locale.ROOT).contains("martyr");
            Map<Side, Integer> local = new EnumMap<>(Side.class);
            Matcher part = PART.matcher(m.group(1));
            while (part.find()) {
                Integer n = Numbers.parseInt(part.group(1));
                Side side = martyr ? Side.SECURITY : side(part.group(2));
                if (n != null && side != null && !(n > 1900 && n < 2100)) {
                    local.merge(side, n, Integer::sum);
                }
            }
            local.forEach((side, n) -> best.merge(side, n, Math::max));
        }
    }

    private static Side side(String words) {
        String[] w = SPACES.split(NOT_WORD.matcher(words.toLowerCase(Locale.ROOT)).replaceAll("").strip());
        for (String x : w) {
            if (NOT_PEOPLE.contains(x)) {
                return null;
            }
        }
        for (String x : w) {
            if (SECURITY.contains(x)) {
                return Side.SECURITY;
            }
            if (CIVILIAN.contains(x)) {
                return Side.CIVILIAN;
            }
            if (TOTAL.contains(x)) {
                return Side.TOTAL;
            }
        }
        return Side.MILITANT;
    }

    private static Integer anaphoric(List<String> clauses) {
        boolean definite = clauses.stream().anyMatch(c -> DEFINITE_KILLED.matcher(c).find());
        if (!definite) {
            return null;
        }
        for (String c : clauses) {
            Matcher m = EARLIER_COUNT.matcher(c);
            if (m.find()) {
                return Numbers.parseInt(m.group(1));
            }
        }
        return null;
    }
}
