package org.sarhad.extract.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sarhad.extract.Span;
import org.sarhad.extract.doc.Document;
import org.sarhad.extract.doc.Sentence;

/**
 * Cuts sentences into clauses at event connectors ("a day after", "following", ", while") and reads each into a
 * {@link Frame}; the assembler joins clauses that tell one event again.
 */
public final class FrameReader {
    private static final Pattern CONNECTOR = Pattern.compile("(?i)(?:,\\s*)?\\b(?:(?:a|one|two|three|a few) (?:day|days|"
            + "weeks?) (?:after|before)|following|amid|in the wake of)\\b|,\\s*(?:while|whereas)\\b");
    /** A clause the connector cut that tells a second event: not the ", while" of a clause adding a detail. */
    private static final Pattern SEQUEL = Pattern.compile("(?i)^[\\s,]*(?:(?:a|one|two|three|a few) (?:day|days|weeks?) "
            + "(?:after|before)|following|amid|in the wake of)\\b");
    private static final Pattern NEW_EVENT = Pattern.compile("(?i)\\b(?:similar|separate|earlier attack|previous "
            + "attack|not the first|last (?:year|month)'s|the latest)\\b");
    /** "a prison riot east of Dushanbe": a point a direction away from a town is not the town (a country may be). */
    private static final Pattern DIRECTION_OF = Pattern.compile("(?i)\\b(?:north|south|east|west)(?:-?(?:east|west))?"
            + "(?:ern)?\\s+of\\s+(?:the\\s+)?(?:\\w+\\s+){0,2}$");
    /** "the border between the X Province of A and the Y Region of B": each name is one side of a line. */
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\bbetween\\s+(?:[^,;.]{0,60}?\\band\\s+)?(?:the\\s+)?"
            + "[^,;.]{0,3}$");
    private static final Pattern CONSEQUENCE = Pattern.compile("(?i)^\\W*(?:as a result|subsequently|then|after that|"
            + "in the ensuing|during the)\\b");
    private static final Pattern ORIGIN_BEFORE = Pattern.compile("(?i)\\bfrom\\s+(?:the\\s+)?(?:[^,;.]{0,60}\\s)?$");
    /**
     * After "from X", a place under another preposition is where the event happened ("fire from Afghanistan on troops in
     * Kurram", "arms from Afghanistan at the Torkham border", "opium from smugglers in X"); "from the village of X in
     * Y" still names where they came from.
     */
    private static final Pattern ORIGIN_ENDS = Pattern.compile("\\b(?:at|on|near|inside|into|to|towards?)\\s|"
            + "\\b[a-z][\\w-]*\\s+in\\s");
    private static final Pattern RELATIVE_BEFORE = Pattern.compile("(?i)(?:\\b(?:km|kilometers|kilometres|miles)\\)?\\s+"
            + "(?:\\w+-)?(?:south|north|east|west)\\w*\\s+of\\s+(?:the\\s+)?(?:\\w+\\s+){0,2}|\\bborder with\\s+(?:the\\s+)?"
            + "|\\bborders?\\s+(?:(?!(?:in|at|near|inside)\\s)\\w+\\s+)?$|\\bcapital,?\\s+|\\bvisit\\w* (?:to )?"
            + "|\\btrip to\\s+|\\breturn(?:ed)? to\\s+"
            + "|\\bback to\\s+|\\bfled (?:to|into)\\s+|\\bdisappeared into\\s+|\\bretreated (?:to|into)\\s+|"
            + "\\btalks in\\s+|\\bstalemate in\\s+|\\bsummit in\\s+|\\b(?:resident|native|residents|natives) of\\s+"
            + "|\\bhail(?:ed|ing|s)? from\\s+|\\bhometown,?\\s+)$");
    private static final Pattern DEMONYM_USE = Pattern.compile("^(?:\\s+|-)(?!territory|soil|airspace)[a-z]");
    private static final Pattern ANAPHORIC = Pattern.compile("(?i)\\b(?:the|this|that|these|latest)\\s+(?:\\w+\\s+)?$");
    private static final java.util.Set<String> PARTICIPLE = java.util.Set.of("VBG", "VBN");
    private static final java.util.Set<String> NOUN_PHRASE_TAGS = java.util.Set.of("POS", "NNP", "NNPS", "NN", "NNS",
            "JJ", "DT");
    private static final Triggers TRIGGERS = new Triggers(Lexicon.standard());

    /** Words one of which each costly pattern needs: a clause without them skips the pattern (same results). */
    private static final String[] CONNECTOR_STEMS = {"after", "before", "following", "amid", "wake", "while",
        "whereas"};
    private static final String[] RELATIVE_STEMS = {"km", "kilomet", "miles", "border", "capital", "visit", "trip to",
        "return", "back to", "fled", "disappeared", "retreated", "talks in", "stalemate", "summit", "resident", "native",
        "hail", "hometown"};
    private static final String[] NEW_EVENT_STEMS = {"similar", "separate", "earlier attack", "previous", "not the first",
        "last ", "latest"};

    private FrameReader() {
    }

    /** Frames of every clause of the annotated article, knowing the title, whose wording yields to the body's. */
    public static List<Frame> read(Document document, List<Name> names, LocalDate published, String title) {
        String text = document.text();
        LemmaPhrase.PlaceTest places = t -> names.stream().anyMatch(n -> n.isPlace() && n.span().contains(t.span()));
        boolean air = airContext(document, places);
        LocalDate yearAnchor = published == null ? DateResolver.yearAnchor(text) : null;
        List<Frame> frames = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            for (Span clause : clauses(text, s.span())) {
                List<Triggers.Trigger> triggers = withoutTallyKillings(s, TRIGGERS.find(s, clause, places, air));
                frames.add(frame(text, s, clause, triggers, names, published, yearAnchor,
                        s.furniture() || Speech.headline(text, s.span(), title)));
            }
        }
        return List.copyOf(frames);
    }

    /**
     * "after deadly border clashes in October that killed around 70": a killing told in a relative clause of events
     * named in the plural belongs to their tally; it is no event of its own, so the clause stays a tally when it names
     * no place or day.
     */
    private static List<Triggers.Trigger> withoutTallyKillings(Sentence s, List<Triggers.Trigger> triggers) {
        if (!s.parsed() || triggers.stream().noneMatch(t -> t.kind() == Triggers.Kind.KILL)) {
            return triggers;
        }
        List<Triggers.Trigger> out = new ArrayList<>();
        for (Triggers.Trigger t : triggers) {
            int at = s.tokenAt(t.start()).map(org.sarhad.extract.doc.Token::index).orElse(-1);
            boolean tally = t.kind() == Triggers.Kind.KILL && at >= 0 && s.edges().stream().anyMatch(e -> e.dependent()
                    == at && e.is("acl:relcl") && triggers.stream().anyMatch(p -> p.kind().typing() && p.plural()
                    && s.tokenAt(p.start()).map(org.sarhad.extract.doc.Token::index).orElse(-2) == e.head()));
            if (!tally && !(t.kind() == Triggers.Kind.KILL && at >= 0 && inCountedEvents(s, at))) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * "22 guards were killed in two separate clashes": dead counted over several events named by number belong to
     * their tally, as the events themselves do.
     */
    private static boolean inCountedEvents(Sentence s, int killing) {
        for (org.sarhad.extract.doc.Token event : s.children(killing, "obl")) {
            boolean counted = event.tag().equals("NNS") && TRIGGERS.occurIn(List.of(event))
                    && s.children(event.index(), "nummod").stream().anyMatch(n -> {
                        Integer v = Numbers.parseInt(n.word());
                        return v != null && v > 1;
                    });
            if (counted) {
                return true;
            }
        }
        return false;
    }

    /** The article speaks of air strikes somewhere: then its bare "strikes" are air strikes too. */
    private static boolean airContext(Document document, LemmaPhrase.PlaceTest places) {
        for (Sentence s : document.sentences()) {
            for (LemmaPhrase p : Lexicon.standard().phrases(Triggers.Kind.AIRSTRIKE.key())) {
                if (p.occursIn(s.tokens(), 0, s.tokens().size(), places)) {
                    return true;
                }
            }
        }
        return false;
    }

    static List<Span> clauses(String text, Span sentence) {
        List<Span> out = new ArrayList<>();
        String s = sentence.of(text);
        if (!Stems.any(s.toLowerCase(java.util.Locale.ROOT), CONNECTOR_STEMS)) {
            return List.of(sentence);
        }
        Matcher m = CONNECTOR.matcher(s);
        int start = sentence.start();
        while (m.find()) {
            int cut = sentence.start() + m.start();
            if (cut > start + 10) {
                out.add(new Span(start, cut));
                start = cut;
            }
        }
        out.add(new Span(start, sentence.end()));
        return out;
    }

    private static Frame frame(String text, Sentence sentence, Span clause, List<Triggers.Trigger> triggers,
            List<Name> names, LocalDate published, LocalDate yearAnchor, boolean headline) {
        List<Name> places = new ArrayList<>();
        List<Name> origins = new ArrayList<>();
        List<Name> actors = new ArrayList<>();
        List<Name> strikers = new ArrayList<>();
        for (Name n : names) {
            if (!clause.contains(n.span())) {
                continue;
            }
            String before = text.substring(Math.max(clause.start(), n.span().start() - 80), n.span().start());
            if (n.isPlace() && (dateline(text, n) || demonym(text, n) || actsAsSubject(sentence, n)
                    || modifiesTrigger(text, n, triggers) || possessesTrigger(sentence, n, triggers)
                    || seatOfOffice(sentence, n) || describesAnotherPlace(sentence, n, triggers)
                    || pairNamingBorder(text, n, names))) {
                continue;
            }
            String lower = before.toLowerCase(java.util.Locale.ROOT);
            Matcher origin = n.isPlace() && lower.contains("from") ? ORIGIN_BEFORE.matcher(before) : null;
            if (origin != null && origin.find() && !ORIGIN_ENDS.matcher(before.substring(origin.start() + 4)).find()) {
                origins.add(n);
            } else if (n.isPlace() && !(Stems.any(lower, RELATIVE_STEMS) && RELATIVE_BEFORE.matcher(before).find())
                    && !("location".equals(n.level()) && DIRECTION_OF.matcher(before).find())
                    && !(!"country".equals(n.level()) && BETWEEN.matcher(before).find())) {
                places.add(n);
            } else if (n.isActor()) {
                actors.add(n);
                if (strikes(sentence, n, triggers)) {
                    strikers.add(n);
                }
            }
        }
        List<DateResolver.DateHit> dates = new ArrayList<>();
        List<DateResolver.DateHit> statements = new ArrayList<>();
        for (DateResolver.DateHit d : DateResolver.find(text, clause.start(), clause.end(), published, yearAnchor)) {
            (d.statement() ? statements : dates).add(d);
        }
        String c = clause.of(text);
        boolean anaphoric = dates.isEmpty() && !triggers.isEmpty()
                && determinerBefore(text, sentence, clause.start(), triggers.get(0).start())
                && triggers.get(0).kind().typing();
        if (anaphoric) {
            places.clear();
        }
        // "Following attacks on workers in November, the capital urged...": events named only in a sentence-initial
        // "following" phrase came before the sentence's news; "Following the attack," points back at one told already
        int comma = c.indexOf(',');
        boolean priorEvents = !anaphoric && !triggers.isEmpty() && clause.start() == sentence.span().start()
                && comma > 0 && SEQUEL.matcher(c).find()
                && triggers.stream().allMatch(t -> t.start() < clause.start() + comma);
        return new Frame(sentence.index(), clause, triggers, places, origins, actors, strikers, dates, statements,
                priorEvents || Stems.any(c.toLowerCase(java.util.Locale.ROOT), NEW_EVENT_STEMS)
                        && NEW_EVENT.matcher(c).find(),
                CONSEQUENCE.matcher(c).find(), headline,
                clause.start() > sentence.span().start() && SEQUEL.matcher(c).find(),
                triggers.isEmpty() && opensWithEventAnaphor(sentence, clause));
    }

    /**
     * "The incident occurred near post 7, in Oakvale district": a clause opening with a determiner and a word that
     * names an event only as such (cue:event-anaphor), whose verb says it happened (cue:occurrence), tells where and
     * when the event told just before was.
     */
    private static boolean opensWithEventAnaphor(Sentence s, Span clause) {
        List<org.sarhad.extract.doc.Token> ts = s.tokensIn(clause);
        Lexicon lexicon = Lexicon.standard();
        if (ts.size() < 3 || !ts.get(0).tag().equals("DT") || ts.get(0).word().equalsIgnoreCase("a")
                || ts.get(0).word().equalsIgnoreCase("an") || !lexicon.is("event-anaphor", ts.get(1).lemma())) {
            return false;
        }
        // "the incident occurred / took place in": not "the incident is part of a pattern of violence in"
        for (int i = 2; i < Math.min(ts.size(), 5); i++) {
            if (ts.get(i).isVerb()) {
                return lexicon.is("occurrence", ts.get(i).lemma());
            }
        }
        return false;
    }

    /**
     * "the attack", "that strike": a determiner right before the first trigger points back at an event told already;
     * "confirmed that strikes hit" opens a clause with "that", which points at nothing.
     */
    private static boolean determinerBefore(String text, Sentence s, int from, int trigger) {
        Matcher m = ANAPHORIC.matcher(text.substring(from, trigger));
        for (int at = 0; m.find(at); at = m.start() + 1) {
            // "said that the attack": past the clause-opening "that", "the" still points back
            if (s.tokenAt(from + m.start()).map(t -> !t.word().equalsIgnoreCase("that") || t.tag().equals("DT"))
                    .orElse(true)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Iran launched missiles at targets in Pakistan", "Islamabad accused Kabul": a state or its capital named as the
     * subject of a verb acts; it is no place of the event. Read off the tags: the name is followed by a finite verb and
     * not governed by a preposition.
     */
    private static boolean actsAsSubject(Sentence s, Name n) {
        int first = s.tokenAt(n.span().start()).map(org.sarhad.extract.doc.Token::index).orElse(-1);
        int last = lastToken(s, n);
        if (first < 0 || last < 0 || last + 1 >= s.tokens().size()) {
            return false;
        }
        if (!"country".equals(n.level()) && s.parsed() && s.edges().stream().anyMatch(e -> e.dependent() == last
                && e.is("nsubj") && s.token(e.head()).isVerb())) {
            return true; // "Islamabad never officially confirmed the strikes": a capital standing for its government
        }
        int verb = afterAside(s, last);
        // past an aside the name is already the verb's subject; the tagger often reads that past tense as a
        // participle ("Velna, angered by the raids, struck/VBN back")
        boolean finite = s.token(verb).isFinite() || verb > last + 1 && s.token(verb).tag().equals("VBN");
        int before = first - 1;
        while (before >= 0 && first - before <= 4 && NOUN_PHRASE_TAGS.contains(s.token(before).tag())) {
            before--; // "in Pakistan's Balochistan province": the preposition governs the whole phrase
        }
        // "said that Iran conducted": a subordinator tagged IN governs a clause, not the name
        boolean governed = before >= 0 && (s.token(before).tag().equals("IN") && !Lexicon.standard().is("subordinator",
                s.token(before).word().toLowerCase(java.util.Locale.ROOT)) || s.token(before).tag().equals("TO"));
        return finite && !governed;
    }

    /** How many tokens past its subject's verb a trigger may stand: "carried out a series of air strikes". */
    private static final int STRIKE_REACH = 5;

    /**
     * "Velna, angered, carried out air strikes in Ruritania": a state acting as the subject of the verb that leads to
     * a one-sided violent trigger struck. A reporting verb ("Velna said strikes hit...") leads to what another did.
     */
    private static boolean strikes(Sentence s, Name n, List<Triggers.Trigger> triggers) {
        if (!"State".equals(n.type()) || !actsAsSubject(s, n)) {
            return false; // acting as subject, the name has a token after it
        }
        int verb = afterAside(s, lastToken(s, n));
        if (Lexicon.standard().reportingStance(s.token(verb).lemma()) != null) {
            return false;
        }
        // a clash is fought by both sides: the one that happens to be the subject struck no more than the other
        return triggers.stream().anyMatch(t -> t.kind().violent() && t.kind() != Triggers.Kind.CLASH
                && t.kind() != Triggers.Kind.KILL && !t.actorNoun() && s.tokenAt(t.start())
                .map(x -> x.index() >= verb && x.index() <= verb + STRIKE_REACH).orElse(false));
    }

    /**
     * "near the crossing, which connects Velna province with Borduria's Oakvale district": a place named in a relative
     * clause that tells no trigger of the clause describes the noun the clause hangs on, not where the event was.
     * "in the town, where gunmen attacked a post in X" keeps X: the act is told inside that relative clause.
     */
    private static boolean describesAnotherPlace(Sentence s, Name n, List<Triggers.Trigger> triggers) {
        if (!s.parsed()) {
            return false;
        }
        int at = lastToken(s, n);
        for (int steps = 0; at >= 0 && steps < s.tokens().size(); steps++) {
            int head = s.parent(at);
            if (head < 0) {
                return false;
            }
            if (s.children(head, "acl:relcl").contains(s.token(at))) {
                Span relative = s.extent(s.subtree(at, e -> false, new java.util.BitSet()));
                Span described = s.token(head).span();
                return triggers.stream().noneMatch(t -> relative.contains(new Span(t.start(), t.end()))
                        || new Span(t.start(), t.end()).contains(described));
            }
            at = head;
        }
        return false;
    }

    private static final Pattern BORDER_AFTER = Pattern.compile("(?i)^\\s+(?:state\\s+)?(?:border|frontier)\\b");

    /**
     * "on the Ruritania-Borduria border", "AT RURITANIAN-BORDURIAN BORDER": two states joined by a hyphen before
     * "border" name the border, neither of them the side the event was on.
     */
    private static boolean pairNamingBorder(String text, Name n, List<Name> names) {
        if (!"country".equals(n.level())) {
            return false;
        }
        for (Name other : names) {
            if (other == n || !"country".equals(other.level())) {
                continue;
            }
            boolean first = other.span().start() == n.span().end() + 1 && text.charAt(n.span().end()) == '-';
            boolean second = n.span().start() == other.span().end() + 1 && text.charAt(other.span().end()) == '-';
            int end = first ? other.span().end() : n.span().end();
            if ((first || second) && BORDER_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 20)))
                    .find()) {
                return true;
            }
        }
        return false;
    }

    /** The index of a name's last token in its sentence, or -1. */
    private static int lastToken(Sentence s, Name n) {
        return s.tokenAt(n.span().end() - 1).map(org.sarhad.extract.doc.Token::index).orElse(-1);
    }

    /** The longest aside (in tokens, commas included) between a subject and its verb that is looked past. */
    private static final int ASIDE = 14;

    /**
     * The token after a name, past a comma-enclosed participle aside that stands between it and its verb ("Velna,
     * angered by the raids, struck back"): the parse's subject edge where the sentence was parsed, else the tags (a
     * participle opening the aside, a verb right after it). Otherwise the token right after the name.
     */
    private static int afterAside(Sentence s, int last) {
        int next = last + 1;
        if (!",".equals(s.token(next).word())) {
            return next;
        }
        int close = next + 1;
        while (close < s.tokens().size() && close - next < ASIDE && !",".equals(s.token(close).word())) {
            close++;
        }
        int verb = close + 1;
        if (verb >= s.tokens().size() || !",".equals(s.token(close).word())) {
            return next;
        }
        boolean subject = s.parsed() ? s.edges().stream()
                .anyMatch(e -> e.dependent() == last && e.head() == verb && e.is("nsubj"))
                : PARTICIPLE.contains(s.token(next + 1).tag()) && s.token(verb).tag().startsWith("VB")
                        && !s.token(verb).tag().equals("VBG");
        return subject ? verb : next;
    }

    /**
     * "calling Velna's attack a violation": a capital or town owning the trigger names who struck, as a subject does;
     * a country is left to the trigger's own reading ("Ruritania's strikes in Borduria").
     */
    private static boolean possessesTrigger(Sentence s, Name n, List<Triggers.Trigger> triggers) {
        if ("country".equals(n.level()) || !s.parsed()) {
            return false;
        }
        int last = lastToken(s, n);
        return last >= 0 && s.edges().stream().anyMatch(e -> e.dependent() == last && e.is("nmod:poss")
                && triggers.stream().anyMatch(t -> s.tokenAt(t.end() - 1).map(org.sarhad.extract.doc.Token::index)
                        .orElse(-2) == e.head()));
    }

    /**
     * "a protest lodged with the official in Velna", "the embassy in Velna": a place qualifying an office or its
     * holder tells where they sit, not where the event happened.
     */
    private static boolean seatOfOffice(Sentence s, Name n) {
        if (!s.parsed()) {
            return false;
        }
        int last = lastToken(s, n);
        return last >= 0 && s.edges().stream().anyMatch(e -> e.dependent() == last && e.base().equals("nmod")
                && e.head() >= 0 && Lexicon.standard().is("seat-of-office", s.token(e.head()).lemma()));
    }

    /**
     * "Iran air strike kills two", "a Pakistani drone strike": a state's name or adjective set right before the trigger
     * noun names who struck, not where.
     */
    private static boolean modifiesTrigger(String text, Name n, List<Triggers.Trigger> triggers) {
        if (!"Country".equals(n.type())) {
            return false;
        }
        for (Triggers.Trigger t : triggers) {
            if (t.start() >= n.span().end() && t.start() - n.span().end() <= 12
                    && text.substring(n.span().end(), t.start()).matches("\\s+(?:[a-z-]+\\s+)?")) {
                return true;
            }
        }
        return false;
    }

    /** "PESHAWAR, Feb 20 (DNA):", "DUSHANBE -": the place a report was filed from, not where events happened. */
    private static boolean dateline(String text, Name n) {
        String t = n.text();
        boolean upper = t.length() >= 4 && t.equals(t.toUpperCase(java.util.Locale.ROOT));
        int line = text.lastIndexOf('\n', n.span().start() - 1) + 1;
        boolean lineStart = text.substring(line, n.span().start()).isBlank();
        String after = text.substring(n.span().end(), Math.min(text.length(), n.span().end() + 3));
        return lineStart && (upper || after.matches("^\\s?[:\u2013\u2014-].*"));
    }

    /**
     * "Chinese nationals", "Tajik border guards": a country word used as an adjective names no place; the country's own
     * name ("in Pakistan on Tuesday", "Iraq and Syria") does.
     */
    private static boolean demonym(String text, Name n) {
        boolean ownName = n.entry() != null && TextFold.key(n.entry().label()).equals(TextFold.key(n.text()));
        return "Country".equals(n.type()) && !ownName && DEMONYM_USE.matcher(text.substring(n.span().end(),
                Math.min(text.length(), n.span().end() + 12))).find();
    }
}
