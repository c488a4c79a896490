package org.sarhad.extract.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sarhad.extract.Dictionary;

/**
 * Groups clause frames into one draft per real-world event. A clause joins the most recent draft it is compatible
 * with (dates agree, places nest, types do not exclude each other); an illegal crossing with its own time or place
 * stays apart from the violence; a clause marking another event, or a plural trigger over several places
 * ("strikes hit Kunar and Paktika"), starts new drafts.
 */
public final class IncidentAssembler {
    private final Dictionary dictionary;

    public IncidentAssembler(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    List<Draft> assemble(List<Frame> frames) {
        List<Draft> drafts = new ArrayList<>();
        for (Frame f : frames) {
            if (f.pointsBack()) {
                toldBefore(drafts, f);
            }
            if (f.triggers().isEmpty() || aggregate(f)) {
                continue;
            }
            List<Frame> parts = splitByPlace(f);
            for (Frame part : parts) {
                place(drafts, part, parts.size() > 1);
            }
        }
        datedBySiblings(drafts);
        datedByNeighbours(drafts, frames);
        return withoutHeadlineEchoes(drafts);
    }

    /**
     * "Four gunmen were killed on the border. The incident occurred near post 7, in Oakvale district.": the clause
     * naming the event as such joins the draft told last, when its place and date agree.
     */
    private void toldBefore(List<Draft> drafts, Frame f) {
        Draft last = latest(drafts);
        if (last != null && datesAgree(last, f) && placesAgree(last.places(), f.places(), false)) {
            last.frames.add(f);
        }
    }

    /**
     * "Clashes along the R-B border" as a headline line, and a body that reports a clash the headline's place does
     * not join: the headline sums up the body's event, it reports none of its own.
     */
    private static List<Draft> withoutHeadlineEchoes(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            boolean headlineOnly = d.frames.stream().allMatch(Frame::headline);
            boolean told = drafts.stream().anyMatch(o -> o != d && o.frames.stream().noneMatch(Frame::headline)
                    && o.type().equals(d.type()));
            if (!(headlineOnly && told)) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * "Attacks have risen in the border areas since October": events spoken of only in the plural, with no place and
     * no day, and no killing word, are a tally of several, not one event to report or to merge into one.
     */
    private static boolean aggregate(Frame f) {
        boolean pluralOnly = f.triggers().stream().allMatch(t -> t.kind().typing() && t.plural()
                && t.word().chars().noneMatch(Character::isWhitespace));
        boolean day = f.dates().stream().anyMatch(d -> d.value().precision() == org.sarhad.extract.DateValue.Precision.DAY);
        return pluralOnly && f.places().isEmpty() && f.origins().isEmpty() && !day;
    }

    /**
     * "Monday's strikes killed three in A, while two were killed in a strike in B": an event cut from a dated clause of
     * its sentence, with no date of its own, happened on that clause's date, unless it was cut off as another,
     * earlier event ("following", "a similar attack").
     */
    private static void datedBySiblings(List<Draft> drafts) {
        for (Draft d : drafts) {
            Frame first = d.frames.get(0);
            if (d.date() != null || first.newEvent() || first.sequel()) {
                continue;
            }
            List<DateResolver.DateHit> dates = new ArrayList<>();
            for (Draft o : drafts) {
                for (Frame f : o == d ? List.<Frame>of() : o.frames) {
                    if (f.sentence() == first.sentence() && !f.newEvent() && !f.sequel()) {
                        f.dates().stream().filter(x -> x.value().known()).forEach(dates::add);
                    }
                }
            }
            if (dates.stream().map(x -> x.value().value()).distinct().count() == 1) {
                d.siblingDate = dates.get(0);
            }
        }
    }

    /** Sentences after a draft's last one within which a full date nearby can still be the event's. */
    private static final int DATE_REACH = 3;

    /**
     * "Customs seized weapons at the border. ... “On 11th October, 2024, a truck entered the terminal,” the statement
     * said.": a draft no clause of its own dates takes the one full date (day, month and year) that a clause without
     * a trigger gives close by, when the places agree. A weekday or a bare month-day is not enough: without the
     * publication date it says nothing.
     */
    private void datedByNeighbours(List<Draft> drafts, List<Frame> frames) {
        java.util.Set<Frame> used = new HashSet<>();
        for (Draft d : drafts) {
            if (d.date() != null) {
                continue;
            }
            int first = d.frames.get(0).sentence();
            List<Frame> near = new ArrayList<>();
            for (Frame f : frames) {
                boolean close = f.sentence() >= first - 1 && f.sentence() <= d.lastSentence() + DATE_REACH;
                if (f.triggers().isEmpty() && !f.headline() && close && !used.contains(f) && fullDate(f) != null
                        && placesAgree(d.places(), f.places(), false)) {
                    near.add(f);
                }
            }
            if (near.stream().map(IncidentAssembler::fullDate).distinct().count() == 1) {
                Frame f = near.get(0);
                used.add(f);
                int at = 0;
                while (at < d.frames.size() && d.frames.get(at).sentence() <= f.sentence()) {
                    at++;
                }
                d.frames.add(at, f);
            }
        }
    }

    private static String fullDate(Frame f) {
        return f.dates().stream().map(DateResolver.DateHit::value).filter(DateResolver::statedInFull)
                .map(org.sarhad.extract.DateValue::value).findFirst().orElse(null);
    }

    private void place(List<Draft> drafts, Frame f, boolean split) {
        Draft target = f.newEvent() ? null : choose(drafts, f, split);
        Draft before = inOtherTime(drafts, target, f);
        boolean arrestOnly = f.triggers().stream().allMatch(t -> t.kind() == Triggers.Kind.ARREST);
        boolean detention = f.has(Triggers.Kind.ARREST) && !capturedInBattle(f);
        if (target == null || before != null) {
            Draft d = new Draft(f);
            d.siblingDate = before == null ? null : before.date();
            d.arrest = detention && !arrestOnly;
            drafts.add(d);
            return;
        }
        target.frames.add(f);
        target.arrest |= detention && (!arrestOnly || target.violent());
    }

    /**
     * "40 Front fighters were captured as prisoners by the Legion": where the clause names two armed groups and no
     * state body or force, one side took the other's fighters in the fighting, which is no detention of its own.
     * Militants captured by a state's forces, named or not, are detained.
     */
    private static boolean capturedInBattle(Frame f) {
        java.util.Set<String> groups = new HashSet<>();
        for (Name a : f.actors()) {
            if (!"ArmedGroup".equals(a.type())) {
                return false;
            }
            groups.add(a.label());
        }
        return groups.size() >= 2;
    }

    private Draft choose(List<Draft> drafts, Frame f, boolean split) {
        Draft best = null;
        for (Draft d : drafts) {
            if (compatible(d, f, split)) {
                best = preferred(best, d, f);
            }
        }
        if (best == null && !f.ownTimeOrPlace() && !drafts.isEmpty()) {
            return drafts.get(drafts.size() - 1);
        }
        return best;
    }

    /**
     * "Earlier this year, R struck targets in B. B, angered, struck back in R.": an undated clause of the same kind as
     * the draft just before it goes on in that draft's time. Naming only a country, it does not reach back past that
     * draft to an older event of another kind and date; it tells an event of its own.
     */
    private static Draft inOtherTime(List<Draft> drafts, Draft best, Frame f) {
        if (best == null || ownSpot(f)) {
            return null;
        }
        Draft last = latest(drafts);
        DateResolver.DateHit then = last.date();
        DateResolver.DateHit older = best.date();
        Triggers.Kind kind = f.strongest();
        boolean sameKind = kind != null && kind.type().equals(last.type()) && !kind.type().equals(best.type());
        boolean apart = last != best && last.lastSentence() >= f.sentence() - 1 && sameKind && then != null
                && older != null && !then.value().value().equals(older.value().value());
        return apart ? last : null;
    }

    /** The draft whose last clause is the latest (frames are assembled in text order), or null when there is none. */
    private static Draft latest(List<Draft> drafts) {
        return drafts.stream().max(java.util.Comparator.comparingInt(Draft::lastSentence)).orElse(null);
    }

    /** The clause has a date, or a place below a country: a time or spot of its own. */
    private static boolean ownSpot(Frame f) {
        return f.dates().stream().anyMatch(x -> x.value().known()) || !specific(f.places()).isEmpty();
    }

    /** The most recent compatible draft; a violent clause prefers a violent draft unless it follows from a crossing. */
    private static Draft preferred(Draft best, Draft d, Frame f) {
        if (best == null) {
            return d;
        }
        if (f.violent() && !f.consequence() && best.violent() != d.violent()) {
            return best.violent() ? best : d;
        }
        if (d.lastSentence() == best.lastSentence() && d.background() != best.background()) {
            return best.background() ? d : best; // "X, following a similar clash last year": what follows tells of X
        }
        return d.lastSentence() >= best.lastSentence() ? d : best;
    }

    private boolean compatible(Draft d, Frame f, boolean split) {
        if (!datesAgree(d, f) || !placesAgree(d.places(), f.places(), split)) {
            return false;
        }
        if (f.sequel() && d.lastSentence() == f.sentence()) {
            return false; // "X happened, following Y": Y is the other event, even where it could be X
        }
        // "the intruders entered Ruritanian territory": a crossing into the state the violence was in, with no time or
        // spot of its own, is how that violence began
        if (f.crossingOnly() && ownSpot(f) && d.violent()) {
            return sameKnownDate(d, f);
        }
        if (f.violent() && d.crossingOnly() && !f.consequence()) {
            return sameKnownDate(d, f) || !f.ownTimeOrPlace() && d.lastSentence() >= f.sentence() - 1;
        }
        return typesAgree(d, f);
    }

    private static boolean typesAgree(Draft d, Frame f) {
        Triggers.Kind k = f.strongest();
        if (k == null) {
            return true;
        }
        Set<Triggers.Kind> kinds = new HashSet<>();
        d.frames.forEach(x -> x.triggers().forEach(t -> kinds.add(t.kind())));
        boolean air = k == Triggers.Kind.AIRSTRIKE;
        boolean bomb = k == Triggers.Kind.BOMBING;
        return !(air && kinds.contains(Triggers.Kind.BOMBING) && !kinds.contains(Triggers.Kind.AIRSTRIKE)
                || bomb && kinds.contains(Triggers.Kind.AIRSTRIKE) && !kinds.contains(Triggers.Kind.BOMBING));
    }

    private static boolean datesAgree(Draft d, Frame f) {
        DateResolver.DateHit a = d.date();
        DateResolver.DateHit b = f.dates().stream().filter(x -> x.value().known()).findFirst().orElse(null);
        if (a == null || b == null) {
            return true;
        }
        String x = a.value().value();
        String y = b.value().value();
        int n = Math.min(x.length(), y.length());
        return x.substring(0, n).equals(y.substring(0, n));
    }

    private static boolean sameKnownDate(Draft d, Frame f) {
        DateResolver.DateHit a = d.date();
        DateResolver.DateHit b = f.dates().stream().filter(x -> x.value().known()).findFirst().orElse(null);
        return a != null && b != null && a.value().value().equals(b.value().value());
    }

    private boolean placesAgree(List<Name> have, List<Name> add, boolean split) {
        String common = commonLevel(have, add);
        List<Name> specificHave = common == null ? specific(have) : at(have, common);
        List<Name> specificAdd = common == null ? specific(add) : at(add, common);
        if (specificHave.isEmpty() || specificAdd.isEmpty()) {
            // a clause naming one state (the other side of a border) joins a draft placed more precisely; one naming
            // several other states ("struck targets in Iraq and Syria") reports events of its own
            List<Name> vague = specificHave.isEmpty() ? have : add;
            return countriesAgree(have, add) || specificHave.isEmpty() != specificAdd.isEmpty() && !split
                    && Places.countries(vague).size() <= 1;
        }
        for (Name a : specificAdd) {
            for (Name h : specificHave) {
                if (Places.nested(dictionary, a, h)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean countriesAgree(List<Name> have, List<Name> add) {
        Set<String> a = Places.countries(have);
        Set<String> b = Places.countries(add);
        return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
    }

    /**
     * The most specific level at which both name a place: "Lalmonirhat district" and "Maungdaw township" are two
     * districts even when one clause also names a crossing.
     */
    private static String commonLevel(List<Name> have, List<Name> add) {
        for (String level : List.of("location", "admin2", "admin1")) {
            if (!at(have, level).isEmpty() && !at(add, level).isEmpty()) {
                return level;
            }
        }
        return null;
    }

    private static List<Name> at(List<Name> places, String level) {
        return places.stream().filter(p -> level.equals(p.level())).toList();
    }

    /** The places of the most specific level present (districts over provinces), countries left out. */
    private static List<Name> specific(List<Name> places) {
        for (String level : List.of("location", "admin2", "admin1")) {
            List<Name> here = at(places, level);
            if (!here.isEmpty()) {
                return here;
            }
        }
        return List.of();
    }

    /** "Strikes hit Kunar and Paktika provinces": one frame per place of the same level. */
    private static List<Frame> splitByPlace(Frame f) {
        List<Name> specific = specific(f.places());
        boolean plural = f.triggers().stream().anyMatch(t -> t.plural() && isPlural(t));
        if (!plural || specific.size() < 2 || specific.stream().map(Name::level).distinct().count() != 1) {
            return List.of(f);
        }
        List<Frame> out = new ArrayList<>();
        for (Name p : specific) {
            out.add(new Frame(f.sentence(), f.span(), f.triggers(), List.of(p), f.origins(), f.actors(), f.strikers(), f.dates(),
                    f.statementDates(), f.newEvent(), f.consequence(), f.headline(), f.sequel(), false));
        }
        return out;
    }

    private static boolean isPlural(Triggers.Trigger t) {
        return t.kind() == Triggers.Kind.AIRSTRIKE || t.kind() == Triggers.Kind.ATTACK;
    }
}
