package org.sarhad.extract.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sarhad.extract.DateValue;
import org.sarhad.extract.DateValue.Precision;
import org.sarhad.extract.Span;

/**
 * Finds date phrases and resolves them against the publication day: explicit days ("on the night of August 29-30"
 * gives the later day), weekdays and "yesterday" (backwards from publication), months ("in April", "late last
 * month"), fuzzy phrases ("earlier this week": month precision) and years. Unresolvable phrases keep their text.
 */
public final class DateResolver {
    /** A date phrase found in text; {@code statement} when it dates a statement rather than an event. */
    public record DateHit(Span span, DateValue value, boolean statement) {
    }

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final Pattern MONTH_DAY = Pattern.compile("(?:(?:[Oo]n|[Ii]n)\\s+)?(?:the\\s+)?(?:(?:night|early hours"
            + "|morning|evening|hours)\\s+of\\s+)?(?:" + WEEKDAY + ",?\\s+)?" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?"
            + "(?:\\s*[-\u2013\u2014/]\\s*(\\d{1,2}))?\\b(?:,?\\s+(\\d{4})\\b)?(\\s+of\\s+(?:this|last)\\s+year)?"
            + "(?:\\s+night)?");
    private static final Pattern DAY_MONTH = Pattern.compile("(?:(?:[Oo]n|[Ii]n)\\s+)?(?:the\\s+)?(?:(?:night|early hours"
            + "|morning)\\s+of\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-\u2013]\\s*(\\d{1,2}))?\\s+" + MONTH
            + "(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern MONTH_ONLY = Pattern.compile("\\b(?:(?:[Ii]n|[Ss]ince|[Ll]ate|[Ee]arly|[Mm]id-?|[Ll]ast)\\s+)"
            + "(?:(?:early|late|mid-?)\\s*)?" + MONTH + "(?:,?\\s+(\\d{4}))?\\b(?!\\s+\\d)");
    private static final Pattern WEEKDAY_PHRASE = Pattern.compile("\\b(?:(?:[Oo]n|[Ll]ate|[Ee]arly|[Ss]ince|[Ll]ast)\\s+)?"
            + "(?:(?:late|early)\\s+)?" + WEEKDAY + "(?:\\s+(?:morning|night|evening|afternoon))?\\b");
    private static final Pattern RELATIVE = Pattern.compile("\\b(?:(?:[Ll]ate|[Ee]arly)\\s+)?(?:[Yy]esterday|[Tt]oday"
            + "|(?:two|three|four|five|six|2|3|4|5|6) days ago|[Tt]he day before yesterday)\\b");
    private static final Pattern FUZZY = Pattern.compile("\\b(?:(?:[Aa]t the )?(?:end|beginning|start) of (?:last|this|the"
            + " previous) (?:week|month)|(?:[Ll]ate|[Ee]arly|[Ee]arlier|[Mm]id-)?\\s?(?:[Ll]ast|[Tt]his|[Nn]ext|[Tt]he "
            + "previous) (?:week|month)|[Ee]arlier (?:this|in the|that) (?:week|month)|[Tt]he previous (?:day|night)"
            + "|[Aa] day (?:earlier|after|before|later)|[Tt]he day before|[Oo]vernight|[Ll]ast night|[Ee]arlier today"
            + "|[Tt]his week)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:[Ii]n|[Ss]ince|[Ii]n early|[Ii]n late)\\s+((?:19|20)\\d{2})\\b"
            + "(?![-/]\\d)");
    /** "earlier this year", "late last year": year precision, as an event is dated by the year it fell in. */
    private static final Pattern RELATIVE_YEAR = Pattern.compile("\\b(?:(?:[Ee]arlier|[Ee]arly|[Ll]ate)\\s+(?:in\\s+)?)?"
            + "(?:[Tt]his|[Ll]ast|[Tt]he previous)\\s+year\\b(?!['\u2019]s)|\\b[Ee]arlier in the year\\b");
    private static final Pattern STATEMENT_BEFORE = Pattern.compile("\\b(?:said|says|reported|announced|stated|told|added"
            + "|claimed|confirmed|noted|statement|release|posted|tweeted|denied|rejected|accused)\\b(?:[^.;,]{0,35}?"
            + "\\s)?(?:on\\s*)?$");
    private static final Pattern EVENT_VERB = Pattern.compile("\\b(?:occurred|happened|took place|killed|attacked|"
            + "crossed|clashed|struck|began|started|carried out|launched|bombed)\\b");

    private static final Pattern DATELINE = Pattern.compile("(?:^|\\n)\\s*[A-Z]{3,}(?:[ -][A-Z]{3,})*(?:\\s*\\([A-Z]+\\))?"
            + ",\\s*$");

    private static final int WINDOW = 60;

    private DateResolver() {
    }

    /** Every date phrase in {@code text[from, to)}, resolved against {@code published} (may be null). */
    private static final Pattern RECORD_BEFORE = Pattern.compile("\\b(?:first|most\\s+\\w+"
            + "|(?!(?:arrest|protest|interest|request|contest|forest|harvest)\\b)\\w{3,}est)\\b(?:\\s+[\\w-]+){0,5}\\s*$");
    private static final Pattern CALENDAR_WORD = Pattern.compile(MONTH + "|" + WEEKDAY);

    /** Whether {@code word} names a month or a weekday ("March", "Sept.", "Monday"). */
    public static boolean calendarWord(String word) {
        return CALENDAR_WORD.matcher(word).matches();
    }

    public static List<DateHit> find(String text, int from, int to, LocalDate published) {
        return find(text, from, to, published, null);
    }

    /**
     * As {@link #find(String, int, int, LocalDate)}; with no publication date, a month and day without a year take
     * their year from {@code yearAnchor} (see {@link #yearAnchor}), a date the article itself states in full. Weekdays
     * and relative phrases still need the publication date: a caption's date is no "today".
     */
    public static List<DateHit> find(String text, int from, int to, LocalDate published, LocalDate yearAnchor) {
        LocalDate yearFrom = published != null ? published : yearAnchor;
        String s = text.substring(from, to);
        String lower = s.toLowerCase(Locale.ROOT);
        List<DateHit> hits = new ArrayList<>();
        List<Span> taken = new ArrayList<>();
        int[] months = monthPositions(s);
        if (months.length > 0) {
            collectAround(hits, taken, s, from, months, MONTH_DAY, m -> monthDay(m, yearFrom), text);
            collectAround(hits, taken, s, from, months, DAY_MONTH, m -> dayMonth(m, yearFrom), text);
            collectAround(hits, taken, s, from, months, MONTH_ONLY, m -> monthOnly(m, published), text);
        }
        if (lower.contains("day")) {
            collect(hits, taken, s, from, WEEKDAY_PHRASE, m -> weekday(m, published), text);
            collect(hits, taken, s, from, RELATIVE, m -> relative(m.group(), published), text);
        }
        if (lower.contains("week") || lower.contains("month") || lower.contains("day") || lower.contains("night")) {
            collect(hits, taken, s, from, FUZZY, m -> fuzzy(m.group(), published), text);
        }
        if (lower.contains("year")) {
            collect(hits, taken, s, from, RELATIVE_YEAR, m -> relativeYear(m.group(), published), text);
        }
        if (lower.contains(" 19") || lower.contains(" 20")) {
            collect(hits, taken, s, from, YEAR, m -> new DateValue(m.group(1), Precision.YEAR, m.group()), text);
        }
        hits.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return List.copyOf(hits);
    }

    private static final Pattern FOUR_DIGITS = Pattern.compile("\\b\\d{4}\\b");

    /** A day the phrase itself gives with its year ("October 12, 2025", "11th October, 2024"), not one resolved. */
    public static boolean statedInFull(DateValue v) {
        return v.known() && v.precision() == Precision.DAY && v.text() != null && FOUR_DIGITS.matcher(v.text()).find();
    }

    /** The latest date the text states with day, month and year ("October 12, 2025", "11th October, 2024"), or null. */
    public static LocalDate yearAnchor(String text) {
        LocalDate latest = null;
        for (DateHit h : find(text, 0, text.length(), null, null)) {
            DateValue v = h.value();
            if (statedInFull(v)) {
                LocalDate d = LocalDate.parse(v.value());
                latest = latest == null || d.isAfter(latest) ? d : latest;
            }
        }
        return latest;
    }

    private static final String[] MONTH_STEMS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private static boolean hasMonth(String s) {
        for (String m : MONTH_STEMS) {
            if (s.contains(m)) {
                return true;
            }
        }
        return false;
    }

    private interface Resolve {
        DateValue apply(Matcher m);
    }

    /** Where a capitalised month stem starts a word: the only places a month date can be anchored. */
    private static int[] monthPositions(String s) {
        int[] out = new int[0];
        for (String stem : MONTH_STEMS) {
            for (int i = s.indexOf(stem); i >= 0; i = s.indexOf(stem, i + 1)) {
                if (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1))) {
                    out = java.util.Arrays.copyOf(out, out.length + 1);
                    out[out.length - 1] = i;
                }
            }
        }
        java.util.Arrays.sort(out);
        return out;
    }

    /**
     * Month-date patterns tried only in a window around each month word (their optional lead-ins, "on the night of
     * Monday,", make a scan of every position costly): the same matches as a whole-clause search.
     */
    private static void collectAround(List<DateHit> hits, List<Span> taken, String s, int from, int[] months, Pattern p,
            Resolve r, String text) {
        Matcher m = p.matcher(s);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int done = 0;
        for (int at : months) {
            if (at < done) {
                continue;
            }
            m.region(Math.max(done, at - WINDOW), Math.min(s.length(), at + WINDOW));
            while (m.find() && m.start() <= at) {
                if (m.end() <= at) {
                    continue;
                }
                done = m.end();
                Span span = new Span(from + m.start(), from + m.end());
                DateValue v = taken.stream().anyMatch(t -> t.start() < span.end() && span.start() < t.end()) ? null
                        : r.apply(m);
                if (v != null) {
                    keep(hits, taken, span, v, text);
                }
                break;
            }
        }
    }

    private static void collect(List<DateHit> hits, List<Span> taken, String s, int from, Pattern p, Resolve r,
            String text) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            Span span = new Span(from + m.start(), from + m.end());
            if (taken.stream().anyMatch(t -> t.start() < span.end() && span.start() < t.end())) {
                continue;
            }
            DateValue v = r.apply(m);
            if (v == null) {
                continue;
            }
            keep(hits, taken, span, v, text);
        }
    }

    /** A date found: its text is taken either way; a date that only bounds a record is no hit. */
    private static void keep(List<DateHit> hits, List<Span> taken, Span span, DateValue v, String text) {
        taken.add(span);
        if (!sinceARecord(text, span) && !sinceAChange(text, span, v)) {
            hits.add(new DateHit(span, v, isStatementDate(text, span)));
        }
    }

    private static final Pattern SINCE_CLAUSE = Pattern.compile("(?i)\\bsince\\b[^,.;:]{0,60}$");

    /**
     * "strained since the Taliban returned to power in 2021": a year or month in a "since" clause dates when a state of
     * affairs began, not an event; a day ("fighting since Monday night") still dates the fighting.
     */
    private static boolean sinceAChange(String text, Span span, DateValue v) {
        if (v.precision() == Precision.DAY || text.regionMatches(true, span.start(), "since", 0, 5)) {
            return false;
        }
        return SINCE_CLAUSE.matcher(text.substring(Math.max(0, span.start() - 70), span.start())).find();
    }

    /** "the first strikes since 2022", "the deadliest since March": the date bounds a comparison, not the event. */
    private static boolean sinceARecord(String text, Span span) {
        if (!text.regionMatches(true, span.start(), "since", 0, 5)) {
            return false;
        }
        return RECORD_BEFORE.matcher(text.substring(Math.max(0, span.start() - 40), span.start())).find();
    }

    private static boolean isStatementDate(String text, Span span) {
        if (text.startsWith("'s", span.end()) || text.startsWith("\u2019s", span.end())) {
            return false; // "said that Monday's strikes killed": a day owning the event dates the event
        }
        String before = text.substring(Math.max(0, span.start() - 60), span.start());
        Matcher m = STATEMENT_BEFORE.matcher(before);
        return m.find() && !EVENT_VERB.matcher(before.substring(m.start())).find()
                || DATELINE.matcher(text.substring(Math.max(0, span.start() - 40), span.start())).find();
    }

    private static DateValue monthDay(Matcher m, LocalDate published) {
        int month = month(m.group(2));
        int day = Integer.parseInt(m.group(m.group(4) != null ? 4 : 3));
        return day(m.group().strip(), month, day, m.group(5), m.group(6) != null, published);
    }

    private static DateValue dayMonth(Matcher m, LocalDate published) {
        int month = month(m.group(3));
        int day = Integer.parseInt(m.group(m.group(2) != null ? 2 : 1));
        return day(m.group().strip(), month, day, m.group(4), false, published);
    }

    private static DateValue day(String phrase, int month, int day, String year, boolean thisYear, LocalDate published) {
        if (day < 1 || day > 31) {
            return null;
        }
        Integer y = year != null ? Integer.valueOf(year) : null;
        if (y == null && published != null) {
            y = published.getYear();
            if (!thisYear && LocalDate.of(y, month, Math.min(day, 28)).isAfter(published.plusDays(2))) {
                y = y - 1;
            }
        }
        if (y == null) {
            return new DateValue(null, null, phrase);
        }
        int d = Math.min(day, YearMonth.of(y, month).lengthOfMonth());
        return new DateValue(LocalDate.of(y, month, d).toString(), Precision.DAY, phrase);
    }

    private static DateValue monthOnly(Matcher m, LocalDate published) {
        int month = month(m.group(1));
        if (m.group(2) != null) {
            return new DateValue(YearMonth.of(Integer.parseInt(m.group(2)), month).toString(), Precision.MONTH, m.group());
        }
        if (published == null) {
            return new DateValue(null, null, m.group());
        }
        // "last March" said in March is a year back; "in March" said in March is this one
        boolean last = m.group().toLowerCase(Locale.ROOT).startsWith("last");
        int y = month > published.getMonthValue() || last && month == published.getMonthValue() ? published.getYear() - 1
                : published.getYear();
        return new DateValue(YearMonth.of(y, month).toString(), Precision.MONTH, m.group());
    }

    private static DateValue weekday(Matcher m, LocalDate published) {
        String phrase = m.group();
        if (published == null) {
            return new DateValue(null, null, phrase);
        }
        DayOfWeek target = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        LocalDate d = published;
        while (d.getDayOfWeek() != target) {
            d = d.minusDays(1);
        }
        if (phrase.toLowerCase(Locale.ROOT).startsWith("last ") && d.equals(published)) {
            d = d.minusDays(7);
        }
        return new DateValue(d.toString(), Precision.DAY, phrase);
    }

    private static DateValue relative(String phrase, LocalDate published) {
        if (published == null) {
            return new DateValue(null, null, phrase);
        }
        String p = phrase.toLowerCase(Locale.ROOT);
        int back = p.contains("today") ? 0 : p.contains("before yesterday") ? 2 : p.contains("yesterday") ? 1
                : Numbers.parseInt(p.replaceAll("(late|early)\\s+", "").split(" ")[0]);
        return new DateValue(published.minusDays(back).toString(), Precision.DAY, phrase);
    }

    private static DateValue fuzzy(String phrase, LocalDate published) {
        if (published == null) {
            return new DateValue(null, null, phrase);
        }
        String p = phrase.toLowerCase(Locale.ROOT);
        LocalDate at = p.contains("month") && (p.contains("last") || p.contains("previous")) ? published.minusMonths(1)
                : p.contains("week") && (p.contains("last") || p.contains("previous")) ? published.minusDays(7)
                : p.contains("day") || p.contains("night") ? published.minusDays(1) : published;
        return new DateValue(YearMonth.from(at).toString(), Precision.MONTH, phrase);
    }

    private static DateValue relativeYear(String phrase, LocalDate published) {
        if (published == null) {
            return new DateValue(null, null, phrase);
        }
        String p = phrase.toLowerCase(Locale.ROOT);
        int back = p.contains("last") || p.contains("previous") ? 1 : 0;
        return new DateValue(Integer.toString(published.getYear() - back), Precision.YEAR, phrase);
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            if (n.startsWith(months[i])) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }
}
