package org.sarhad.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Incident trigger frames: the words that say something happened (crossed the border, killed, clash, attack,
 * suicide bombing, airstrike, seized, detained, smuggling, protest), each with the incident type it suggests.
 * Negated, hypothetical and aggregate uses ("denied any clashes", "plan attacks", "a spate of attacks") do not fire.
 */
public final class Triggers {
    /** Kinds of trigger, strongest first within one clause. */
    public enum Kind {
        CT_OPERATION("counter-terrorism-operation"), AIRSTRIKE("airstrike"), BOMBING("bombing"), ATTACK("attack"),
        SMUGGLING("smuggling"), CLASH("armed-clash"), KILL("armed-clash"), SEIZURE("weapons-seizure"), ARREST("arrest"),
        CROSSING("border-crossing"), PROTEST("protest");

        private final String type;

        Kind(String type) {
            this.type = type;
        }

        public String type() {
            return type;
        }
    }

    /** One trigger occurrence in a clause. */
    public record Trigger(Kind kind, int start, int end, String rule, String word) {
        /** "smugglers", "traffickers": the trigger names who was involved, not what happened. */
        public boolean actorNoun() {
            String w = word.toLowerCase(java.util.Locale.ROOT);
            return kind == Kind.SMUGGLING && (w.endsWith("er") || w.endsWith("ers"));
        }

        public boolean plural() {
            return word.endsWith("s") || word.endsWith("es");
        }
    }

    /** A trigger pattern, tried only on clauses holding one of its kind's lower-case stems. */
    private record Frame(Kind kind, GuardedPattern guarded, String rule) {
        Frame(Kind kind, Pattern pattern, String rule) {
            this(kind, new GuardedPattern(pattern, STEMS.get(kind)), rule);
        }
    }

    private static final java.util.Map<Kind, List<String>> STEMS = java.util.Map.ofEntries(
            java.util.Map.entry(Kind.CT_OPERATION, List.of("terror", "intelligence", "ibo", "insurgen")),
            java.util.Map.entry(Kind.AIRSTRIKE, List.of("strike", "raid", "drone", "bomb", "aerial")),
            java.util.Map.entry(Kind.BOMBING, List.of("suicide", "ied", "explosive", "bomb", "blast")),
            java.util.Map.entry(Kind.ATTACK, List.of("attack", "assault", "struck", "ambush", "storm", "raid", "fired",
                    "rocket", "shell", "launched")),
            java.util.Map.entry(Kind.SMUGGLING, List.of("smuggl", "traffick", "narcotic")),
            java.util.Map.entry(Kind.CLASH, List.of("clash", "shoot", "exchange", "fire", "skirmish", "battle", "fight")),
            java.util.Map.entry(Kind.KILL, List.of("kill", "neutrali", "eliminat", "martyr", "hell", "lives", "died",
                    "dead")),
            java.util.Map.entry(Kind.SEIZURE, List.of("seiz", "confiscat", "recover", "found", "cache")),
            java.util.Map.entry(Kind.ARREST, List.of("arrest", "detain", "apprehend", "custody", "captur")),
            java.util.Map.entry(Kind.CROSSING, List.of("cross", "enter", "infiltrat", "attempt")),
            java.util.Map.entry(Kind.PROTEST, List.of("protest", "demonstrat", "rallied")));

    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final List<Frame> FRAMES = List.of(
            new Frame(Kind.CT_OPERATION, Pattern.compile("\\b(?:anti-?terror\\w*|counter-?terror\\w*|intelligence-based|"
                    + "counterinsurgency|counter-insurgency)\\s+(?:operations?|units?|raids?|forces|action)\\b|\\bIBO\\b", CI),
                    "frame:ct-operation"),
            new Frame(Kind.AIRSTRIKE, Pattern.compile("\\b(?:air ?strikes?|air raids?|drone strikes?|drone attacks?|"
                    + "aerial (?:bombardment|strikes?)|bombed the|bombing (?:of )?the)\\b", CI), "frame:airstrike"),
            new Frame(Kind.BOMBING, Pattern.compile("\\b(?:suicide (?:attacks?|bombings?|blasts?|bombers?|attackers?)|"
                    + "improvised explosive devices?|IEDs?|roadside bombs?|car bombs?|bomb blasts?|bombings?|"
                    + "explosive[- ]laden vehicle)\\b", CI), "frame:bombing"),
            new Frame(Kind.ATTACK, Pattern.compile("\\b(?:attack(?:ed|s|ing)?|assault(?:ed|s)?|struck|ambush(?:ed)?|"
                    + "stormed|raided|fired \\w+ rockets|rocket (?:attack|fire)|shelling|launched .{0,20}attacks?)\\b"
                    + "(?! rifles?)", CI),
                    "frame:attack"),
            new Frame(Kind.SMUGGLING, Pattern.compile("\\b(?:smuggl(?:e|ed|ing|ers?)|(?:drug )?traffickers|"
                    + "narcotics? (?:were|was) (?:seized|found|confiscated))\\b", CI), "frame:smuggling"),
            new Frame(Kind.CLASH, Pattern.compile("\\b(?:clash(?:es|ed)?|shoot-?outs?|exchanges? of (?:gun)?fire|"
                    + "fire exchange|exchanged (?:gun)?fire|traded (?:cross-border )?fire|firefights?|gunfights?|"
                    + "skirmish(?:es)?|gun ?battles?|intense battles|opened fire|return(?:ed)? fire|fierce fighting)\\b", CI),
                    "frame:armed-clash"),
            new Frame(Kind.KILL, Pattern.compile("\\b(?:killed|killing|kills?|neutrali[sz]ed|eliminated|martyred|"
                    + "martyrdom|sent to hell|lost their lives|died|dead)\\b", CI), "frame:killed"),
            new Frame(Kind.SEIZURE, Pattern.compile("\\b(?:seized|seizure of|confiscated|recovered|were found|was found|"
                    + "found and confiscated|cache of)\\b", CI), "frame:seized"),
            new Frame(Kind.ARREST, Pattern.compile("\\b(?:arrested|detained|apprehended|taken into custody|"
                    + "(?:were|was|been) captured|captured alive)\\b", CI), "frame:detained"),
            new Frame(Kind.CROSSING, Pattern.compile("(?<!border )\\b(?:(?:illegally )?(?:crossed|cross|"
                    + "crossing(?= (?:the|into|over)\\b)) (?:the |into |over )?"
                    + "(?:\\w+[- ]){0,3}(?:border|frontier|country|territory|river)|crossed into|"
                    + "(?:entered|enter|infiltrat\\w+) (?:into )?(?:the country|\\w+ territory|tajik|tajikistan|"
                    + "pakistan|afghanistan|uzbekistan|iran|kyrgyzstan|\\w+ district)|"
                    + "attempt\\w* to (?:illegally )?(?:cross|enter|infiltrate))", CI), "frame:crossed-border"),
            new Frame(Kind.PROTEST, Pattern.compile("\\b(?:protest(?:ed|ers|s)?|demonstrators|rallied)\\b", CI),
                    "frame:protest"));

    private static final GuardedPattern NEGATED = GuardedPattern.of("(?:\\bdenied|\\bdenies|\\bdeny|\\brejected|"
            + "\\brejects|\\bno\\b|\\bnot\\b|\\bwithout|\\bany|\\bnever|\\bprevent\\w*|\\bthwart\\w*)[^.,;]{0,25}$",
            "den", "reject", "no", "without", "any", "never", "prevent", "thwart");
    private static final GuardedPattern HYPOTHETICAL = GuardedPattern.of("(?:\\bwould|\\bcould|\\bwill|\\bmay|\\bmight|"
            + "\\bplan(?:s|ned|ning)?(?: to)?|\\bin order to|\\baim\\w* (?:at|to)|\\bthreat\\w* to|\\bvow\\w* to|\\bgoal was to|"
            + "\\bto commit|\\bprevent\\w*|\\ballowing them to)\\s+(?:\\w+\\s+){0,2}$",
            "would", "could", "will", "may", "might", "plan", "in order to", "aim", "threat", "vow", "goal was to",
            "to commit", "prevent", "allowing them to");
    private static final GuardedPattern AGGREGATE = GuardedPattern.of("(?:several|many|numerous|spate of|wave of|"
            + "series of|dozens of|hundreds of|uptick in|rise in|surge in|stepped up|intensified|increased|frequent|"
            + "repeated|continuous|multiple|previous|past|separate)"
            + "(?:\\s+[\\w-]+){0,2}\\s*$",
            "several", "many", "numerous", "spate of", "wave of", "series of", "dozens of", "hundreds of", "uptick in",
            "rise in", "surge in", "stepped up", "intensified", "increased", "frequent", "repeated", "continuous",
            "multiple", "previous", "past", "separate");
    private static final Pattern NUMBERED = Pattern.compile("\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|ten)"
            + "\\s+(?:[\\w-]+\\s+)?$", CI);
    private static final GuardedPattern GENERIC_SENTENCE = GuardedPattern.of("\\b(?:are|is) (?:common|frequent|routine)\\b|"
            + "\\bhas (?:witnessed|experienced|seen)\\b|\\b(?:menace|threat) of\\b|\\btally\\b|during this period|"
            + "so far this year|since the start of|\\bin the past (?:year|month|decade)|over the past",
            "common", "frequent", "routine", "has ", "menace", "threat", "tally", "during this period", "so far this year",
            "since the start of", "past");

    private static final Pattern REPELLED = Pattern.compile("\\b(?:repel\\w*|repuls\\w*|fend\\w* off|fought off|"
            + "beat(?:ing)? back|push\\w* back)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,3}$", CI);
    private static final Pattern STATE_AIR = Pattern.compile("\\bair ?force\\b|\\bwarplanes?\\b|\\bfighter jets?\\b|"
            + "\\bmilitary aircraft\\b", CI);

    private Triggers() {
    }

    /** Triggers in {@code text[from, to)}, in text order, offsets absolute. */
    public static List<Trigger> find(String text, int from, int to) {
        String clause = text.substring(from, to);
        List<Trigger> out = new ArrayList<>();
        String lower = clause.toLowerCase(java.util.Locale.ROOT);
        if (GENERIC_SENTENCE.find(clause, lower)) {
            return out;
        }
        for (Frame f : FRAMES) {
            if (!f.guarded().mayMatch(lower)) {
                continue;
            }
            Matcher m = f.guarded().pattern().matcher(clause);
            while (m.find()) {
                if (overlaps(out, from + m.start(), from + m.end()) || suppressed(f.kind(), clause, m)) {
                    continue;
                }
                out.add(new Trigger(kind(f.kind(), clause, m), from + m.start(), from + m.end(), f.rule(), m.group()));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * "repelling an overnight attack" is a two-sided fight (armed clash); a drone attack or strike is an attack
     * unless the clause names an air force or warplanes (a state's airstrike).
     */
    private static Kind kind(Kind kind, String clause, Matcher m) {
        String before = clause.substring(Math.max(0, m.start() - 40), m.start());
        if (kind == Kind.ATTACK && REPELLED.matcher(before).find()) {
            return Kind.CLASH;
        }
        if (kind == Kind.AIRSTRIKE && m.group().toLowerCase(java.util.Locale.ROOT).startsWith("drone")
                && !STATE_AIR.matcher(clause).find()) {
            return Kind.ATTACK;
        }
        return kind;
    }

    private static boolean overlaps(List<Trigger> found, int s, int e) {
        return found.stream().anyMatch(t -> t.start() < e && s < t.end());
    }

    private static boolean suppressed(Kind kind, String clause, Matcher m) {
        String before = clause.substring(Math.max(0, m.start() - 60), m.start());
        String lower = before.toLowerCase(java.util.Locale.ROOT);
        if (NEGATED.find(before, lower)) {
            return true;
        }
        boolean eventNoun = kind != Kind.CROSSING && kind != Kind.KILL && kind != Kind.ARREST && kind != Kind.SEIZURE;
        if (eventNoun && AGGREGATE.find(before, lower)) {
            return true;
        }
        boolean plural = m.group().toLowerCase(java.util.Locale.ROOT).endsWith("s");
        if (eventNoun && plural && NUMBERED.matcher(before).find()) {
            return true;
        }
        if (kind == Kind.CT_OPERATION && m.group().toLowerCase(java.util.Locale.ROOT).endsWith("operations")) {
            return true;
        }
        return kind != Kind.CROSSING && HYPOTHETICAL.find(before, lower) && !m.group().toLowerCase().startsWith("kill");
    }
}
