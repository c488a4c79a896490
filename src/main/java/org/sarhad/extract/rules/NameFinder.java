package org.sarhad.extract.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sarhad.extract.Dictionary;
import org.sarhad.extract.DictionaryEntry;
import org.sarhad.extract.EntityKind;
import org.sarhad.extract.Span;

/**
 * All names in an article: dictionary names (with their designator: "Khatlon" + " region") and unknown names from
 * patterns ("X district", "village of X", "the Y group", "members of Z", capitalised organisation phrases,
 * demonym + force phrases such as "Tajik security forces").
 */
public final class NameFinder {
    private static final String CAP = "[A-Z][\\w\u2019'.-]*";
    /** A capitalised word of a place name: an apostrophe inside it is no possessive ("Kashmir's Poonch district"). */
    private static final String PLACE_WORD = "[A-Z][\\w.-]*(?:['\u2019](?!s\\b)\\w+)?";
    /** The possessor of a place name just after it: "Punjab's" in "Punjab's Kasur district". */
    private static final Pattern POSSESSOR = Pattern.compile("\\b((?:" + PLACE_WORD + "\\s){0,2}" + PLACE_WORD
            + ")['\u2019]s\\s+$");
    private static final Pattern REGION_WORD = Pattern.compile("\\b(?:province|region|oblast)\\b");
    /** Second-level divisions by their local names: a tehsil, a township or an upazila is a district. */
    private static final Pattern DISTRICT_WORD = Pattern.compile("\\b(?:district|tehsil|township|county|subdivision|upazila)\\b");
    private static final Pattern POST_WORD = Pattern.compile("\\b(?:post|outpost)\\b");
    private static final Pattern FORCE_WORD = Pattern.compile("\\b(?:forces|troops|guards|army|military|soldiers|police|"
            + "service|services|personnel|corps|constabulary|air force|command|brigade)\\b");
    private static final Pattern AGENCY_WORD = Pattern.compile("\\b(?:ministry|committee|council|directorate|agency|"
            + "department|office|authorities|officials)\\b");
    private static final Pattern GROUP_WORD = Pattern.compile("\\b(?:group|movement|front|militants|terrorists|attackers|"
            + "gunmen|insurgents|emirate|outfit|smugglers|traffickers|intruders)\\b");
    private static final String DESIGNATOR = "(?:Autonomous Region|Autonomous Oblast|district|District|province|Province|"
            + "region|Region|oblast|Oblast|valley|Valley|village|jamoat|town|city|City|border crossing|crossing|"
            + "frontier post|border post|outpost|area|section|sector|township|tehsil|county|subdivision|upazila|"
            + "frontier detachment|border detachment)";
    private static final Pattern PLACE_WITH_DESIGNATOR = Pattern.compile("\\b((?:" + PLACE_WORD + "\\s){0,2}" + PLACE_WORD
            + ")\\s+("
            + DESIGNATOR + ")\\b");
    private static final Pattern PLACE_OF = Pattern.compile("\\b(?=[vtcagopjd])(?:village|town|city|area|general area|"
            + "outpost|post|jamoat|district) (?:of )?([A-Z][\\w'-]+(?:[\\s-][A-Z][\\w'-]+)?)");
    private static final Pattern QUOTED_POST = Pattern.compile("[\"\u201C]([A-Z][\\w-]+)[\"\u201D] (?:frontier post|"
            + "border post|outpost|post|border detachment|detachment)");
    private static final Pattern ORG_HEAD = Pattern.compile("\\b(?=[MCSFADPBTGOE])"
            + "(?:Ministry|Committee|Service|Front|Army|Council|"
            + "Directorate|Agency|Movement|Police|Constabulary|Corps|Department|Command|Brigade|Forces|Force|Troops|"
            + "Guard|Office|Organization|Organisation|Group|Emirate)\\b");
    private static final Pattern LEFT_WORD = Pattern.compile("[\\w\u2019'.-]+\\s+(?=\\S|$)");
    private static final Pattern CONNECTOR_WORD = Pattern.compile("of|for|and|the");
    private static final Pattern ORG_TAIL = Pattern.compile("\\s(?:of|for)\\s(?:the\\s)?(?:[A-Z][\\w\u2019'.-]*\\s?){1,5}");
    private static final Pattern ORG = Pattern.compile("\\b((?:the )?(?:" + CAP + "\\s(?:of\\s(?:the\\s)?|for\\s|and\\s)?){0,6}"
            + "(?:Ministry|Committee|Service|Front|Army|Council|Directorate|Agency|Movement|Police|Constabulary|Corps|"
            + "Department|Command|Brigade|Forces|Force|Troops|Guard|Office|Organization|Organisation|Group|Emirate)"
            + "(?:\\s(?:of|for)\\s(?:the\\s)?(?:" + CAP + "\\s?){1,5})?)");
    private static final Pattern GROUP = Pattern.compile("\\b(?:the|members of(?: the)?) ([A-Z][\\w-]+(?:[\\s-][A-Z][\\w-]+)"
            + "{0,3}) (?:group|organization|organisation|movement|outfit|militants)\\b");
    /** What follows a state's name or demonym to make a force: "'s border guards", " security forces". */
    private static final Pattern FORCE_AFTER_NAME = Pattern.compile("^(?:['\u2019]s)?(\\s(?:[a-z-]+\\s){0,2}"
            + "(?:forces|troops|border guards|guards|army|military|soldiers|police|authorities|officials|services|service|"
            + "side|personnel|Air Force|frontier guards|security services))\\b");
    /** Case spelled out per word rather than (?i), which makes every position a slow case-folding comparison. */
    private static final Pattern GENERIC = Pattern.compile("\\b(?=[AaUuMmTtGgIiDdSs])"
            + "((?:[Aa]rmed |[Uu]nknown |[Mm]asked )?(?:[Mm]ilitants|"
            + "[Tt]errorists|[Aa]ttackers|[Gg]unmen|[Ii]nsurgents|[Ii]ntruders|(?:[Dd]rug )?(?:[Ss]mugglers|[Tt]raffickers)"
            + "|[Ss]ecurity [Ff]orces))\\b");

    private static final String PERSON_NAME = "((?:[A-Z][a-z'\u2019-]+\\s){1,3}[A-Z][a-z'\u2019-]+)";
    private static final Pattern PERSON_TITLED = Pattern.compile("\\b(?=[SsMmPpOoCcGgEeA])"
            + "(?:[Ss]pokes(?:man|person|woman)|[Mm]inister|"
            + "[Pp]resident|[Oo]fficial|[Cc]ommissioner|Mullah|Maulvi|Colonel|General|Major General|[Cc]hief|[Cc]ommander|"
            + "[Gg]overnor|[Ss]ecretary|[Ee]nvoy|[Aa]mbassador)\\s+" + PERSON_NAME);
    private static final Pattern PERSON_APPOSED = Pattern.compile(PERSON_NAME + ",\\s+(?:a|an|the)\\s+[^,]{0,80}?"
            + "(?:official|spokes(?:man|person|woman)|commissioner|head|chief|minister|commander|president|governor|"
            + "analyst|expert|leader|officer)");

    /**
     * "A resident of the village, Wali Khan, said", "the doctor, Ana Petrova, told": a name set off after a noun of a
     * person's post or part (the lexicon's person roles).
     */
    private static final Pattern PERSON_AFTER_ROLE = Pattern.compile("\\b(?:[Aa]n?|[Tt]he)\\s+(?:[\\w'\u2019-]+\\s+){0,4}?"
            + "(?:" + Lexicon.standard().words("person-role").stream().map(Pattern::quote)
            .collect(java.util.stream.Collectors.joining("|")) + ")\\b[^,.;:\u201C\u201D\"]{0,60}?,\\s+"
            + PERSON_NAME + "(?=,|\\s(?:said|told|says|added)\\b)");

    private static final Pattern FOLLOWING_DESIGNATOR = Pattern.compile("^\\s+" + DESIGNATOR + "\\b");
    private static final Pattern LEADING_STOP = Pattern.compile("^(?:(?:The|In|On|At|From|Of|And|But|During|After|"
            + "Near|Meanwhile|Since)\\s+)+");

    private final NameMatcher matcher;

    private NameFinder(NameMatcher matcher) {
        this.matcher = matcher;
    }

    public static NameFinder of(Dictionary dictionary) {
        return new NameFinder(NameMatcher.of(dictionary));
    }

    public List<Name> find(String text) {
        List<Name> names = new ArrayList<>();
        for (NameMatcher.Hit h : matcher.find(text)) {
            for (EntityKind kind : List.of(EntityKind.PLACE, EntityKind.ACTOR, EntityKind.OUTLET)) {
                h.entries().stream().filter(e -> e.kind() == kind).findFirst()
                        .ifPresent(e -> names.add(linked(text, h.span(), e)));
            }
        }
        mint(names, text, PLACE_WITH_DESIGNATOR, EntityKind.PLACE, 0);
        mint(names, text, PLACE_OF, EntityKind.PLACE, 1);
        mintPossessors(names, text);
        mint(names, text, QUOTED_POST, EntityKind.PLACE, 1);
        mintPersons(names, text, PERSON_TITLED);
        mintPersons(names, text, PERSON_APPOSED);
        mintPersons(names, text, PERSON_AFTER_ROLE);
        mintForces(names, text);
        mint(names, text, GROUP, EntityKind.ACTOR, 1);
        mintAnchored(names, text, ORG_HEAD);
        mint(names, text, GENERIC, EntityKind.ACTOR, 1);
        dropPlacesInsideActors(names);
        names.sort(Comparator.comparingInt(n -> n.span().start()));
        return List.copyOf(names);
    }

    /** A dictionary name; a name shared by a state and its territory yields one name of each kind. */
    private static Name linked(String text, Span hit, DictionaryEntry e) {
        Span span = hit;
        if (e.kind() == EntityKind.PLACE) {
            Matcher d = FOLLOWING_DESIGNATOR.matcher(text.substring(span.end(), Math.min(text.length(), span.end() + 40)));
            if (d.find() && !"Country".equals(e.type())) {
                span = new Span(span.start(), span.end() + d.end());
            }
        }
        return new Name(span, span.of(text), e.kind(), e, e.type(), e.countryCode());
    }

    /**
     * Capitalised organisation phrases found from their head noun outwards ("Border Service of the State Committee
     * for National Security"), cheaper than one left-open pattern over the whole text.
     */
    private static void mintAnchored(List<Name> names, String text, Pattern head) {
        Matcher m = head.matcher(text);
        while (m.find()) {
            int start = m.start();
            int words = 0;
            Matcher left = LEFT_WORD.matcher(text.substring(Math.max(0, start - 120), start));
            int base = Math.max(0, start - 120);
            int[] starts = new int[0];
            while (left.find()) {
                starts = java.util.Arrays.copyOf(starts, starts.length + 1);
                starts[starts.length - 1] = base + left.start();
            }
            for (int i = starts.length - 1; i >= 0 && words < 6; i--, words++) {
                String w = text.substring(starts[i], i + 1 < starts.length ? starts[i + 1] : start).strip();
                boolean cap = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
                int wordStart = starts[i];
                boolean otherActor = names.stream().anyMatch(n -> n.isActor() && n.span().start() <= wordStart
                        && wordStart < n.span().end());
                if (otherActor && words == 0) {
                    start = -1; // "Islamic Revolutionary Guard" + "Corps": the known name goes on, no new one
                    break;
                }
                if (!cap && !CONNECTOR_WORD.matcher(w).matches() || otherActor) {
                    break; // "the BLA and the Balochistan Liberation Front" are two names
                }
                if (cap) {
                    start = starts[i];
                }
            }
            if (start < 0) {
                continue;
            }
            int end = m.end();
            Matcher tail = ORG_TAIL.matcher(text.substring(end, Math.min(text.length(), end + 90)));
            if (tail.lookingAt()) {
                end += tail.end();
            }
            Span span = new Span(start, end);
            if (!overlapsAny(names, span, EntityKind.ACTOR) && !stop(span.of(text))) {
                names.add(new Name(span, span.of(text), EntityKind.ACTOR, null, actorType(span.of(text)),
                        countryFromDemonym(names, span)));
            }
        }
    }

    /**
     * "Tajik security forces", "Iran's border guards": a state's name or demonym, as the dictionary knows them, followed
     * by a force noun.
     */
    private static void mintForces(List<Name> names, String text) {
        for (Name n : List.copyOf(names)) {
            if (!n.isPlace() || !"Country".equals(n.type())) {
                continue;
            }
            Matcher m = FORCE_AFTER_NAME.matcher(text.substring(n.span().end(), Math.min(text.length(),
                    n.span().end() + 60)));
            if (!m.find()) {
                continue;
            }
            Span span = new Span(n.span().start(), n.span().end() + m.end(1));
            if (!overlapsAny(names, span, EntityKind.ACTOR)) {
                String surface = span.of(text);
                names.add(new Name(span, surface, EntityKind.ACTOR, null, actorType(surface),
                        countryFromDemonym(names, span)));
            }
        }
    }

    /**
     * "in Punjab's Kasur district": the unknown possessor of a district or locality is the region it lies in; a known
     * state as possessor ("Pakistan's Kurram district") is already a name.
     */
    private static void mintPossessors(List<Name> names, String text) {
        for (Name n : List.copyOf(names)) {
            if (!n.isPlace() || !List.of("admin2", "location").contains(n.level())) {
                continue;
            }
            Matcher m = POSSESSOR.matcher(text.substring(Math.max(0, n.span().start() - 60), n.span().start()));
            if (!m.find()) {
                continue;
            }
            int base = Math.max(0, n.span().start() - 60);
            Span span = new Span(base + m.start(1), base + m.end(1));
            Matcher lead = LEADING_STOP.matcher(span.of(text));
            if (lead.find()) {
                span = new Span(span.start() + lead.end(), span.end());
            }
            if (span.start() < span.end() && !overlapsAny(names, span, EntityKind.PLACE) && !stop(span.of(text))
                    && !DateResolver.calendarWord(span.of(text))) {
                names.add(new Name(span, span.of(text), EntityKind.PLACE, null, "AdministrativeRegion", n.countryCode()));
            }
        }
    }

    private static void mintPersons(List<Name> names, String text, Pattern p) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            Span span = new Span(m.start(1), m.end(1));
            if (!overlapsAny(names, span, EntityKind.PLACE) && !m.group(1).matches(".*\\b(?:The|Of|Ministry|Committee)\\b.*")) {
                names.add(new Name(span, span.of(text), EntityKind.ACTOR, null, "Person", null));
            }
        }
    }

    private static void mint(List<Name> names, String text, Pattern p, EntityKind kind, int group) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            Span span = new Span(m.start(group), m.end(group));
            Matcher lead = LEADING_STOP.matcher(span.of(text));
            if (lead.find()) {
                span = new Span(span.start() + lead.end(), span.end());
            }
            String surface = span.of(text);
            if (kind == EntityKind.PLACE && !Character.isUpperCase(surface.isEmpty() ? 'x' : surface.charAt(0))) {
                continue;
            }
            if (overlapsAny(names, span, kind) || stop(surface)) {
                continue;
            }
            String type = kind == EntityKind.PLACE ? placeType(m.group()) : actorType(surface);
            names.add(new Name(span, surface, kind, null, type, countryFromDemonym(names, span)));
        }
    }

    /**
     * Minted actor phrases may contain a place ("Tajik security forces", "Balochistan Liberation Front"), nothing
     * else.
     */
    private static boolean overlapsAny(List<Name> names, Span s, EntityKind kind) {
        return names.stream().anyMatch(n -> n.span().start() < s.end() && s.start() < n.span().end()
                && !(kind != EntityKind.PLACE && n.isPlace() && s.contains(n.span())));
    }

    /**
     * A place inside an organisation's name ("Balochistan Liberation Front") names the organisation, not where an
     * event happened; a state's name there still tells whose force it is, so states stay.
     */
    private static void dropPlacesInsideActors(List<Name> names) {
        names.removeIf(p -> p.isPlace() && !"Country".equals(p.type()) && names.stream().anyMatch(a -> a.isActor()
                && a.span().contains(p.span()) && !a.span().equals(p.span())));
    }

    private static boolean stop(String surface) {
        String first = surface.split("[\\s-]")[0].toLowerCase(Locale.ROOT);
        return List.of("the", "in", "on", "at", "a", "an", "this", "that", "its", "his", "their", "as", "of", "and",
                "during", "but", "meanwhile", "since", "after", "according", "when", "while", "photo", "updated")
                .contains(first) && surface.split("\\s").length < 2;
    }

    private static String placeType(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        if (DISTRICT_WORD.matcher(p).find()) {
            return "District";
        }
        if (REGION_WORD.matcher(p).find()) {
            return "AdministrativeRegion";
        }
        if (POST_WORD.matcher(p).find()) {
            return "BorderPost";
        }
        return p.contains("crossing") ? "BorderCrossing" : "Locality";
    }

    private static String actorType(String surface) {
        String s = surface.toLowerCase(Locale.ROOT);
        if (FORCE_WORD.matcher(s).find()) {
            return "SecurityForce";
        }
        if (AGENCY_WORD.matcher(s).find()) {
            return "GovernmentAgency";
        }
        if (GROUP_WORD.matcher(s).find()) {
            return "ArmedGroup";
        }
        return "Actor";
    }

    /** Country of a minted name from a country or demonym just inside it ("Tajik security forces"). */
    private static String countryFromDemonym(List<Name> names, Span span) {
        for (Name n : names) {
            if (n.isPlace() && "Country".equals(n.type()) && span.contains(n.span())) {
                return n.countryCode();
            }
        }
        return null;
    }
}
