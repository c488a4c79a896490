package org.sarhad.extract.rules;

import java.util.ArrayList;
import java.util.List;
import org.sarhad.extract.DateValue;
import org.sarhad.extract.Dictionary;
import org.sarhad.extract.Incident;
import org.sarhad.extract.IncidentPlace;
import org.sarhad.extract.Participant;
import org.sarhad.extract.doc.Document;

/**
 * Frames to incidents: assemble drafts, type them, emit a separate arrest incident for detentions in a violent
 * event, and link crossings that precede violence with {@code precededBy}.
 */
public final class IncidentReader {
    private static final java.util.regex.Pattern COORDINATION = java.util.regex.Pattern.compile(
            "\\s*(?:,\\s*(?:and\\s+)?|and\\s+)");

    private final IncidentAssembler assembler;
    private final IncidentBuilder builder;
    private final String text;
    private final Document document;
    private final Lexicon lexicon = Lexicon.standard();

    /** Reads the incidents of {@code document}, whose names (all of them, demonyms too) {@code names} holds. */
    public IncidentReader(Dictionary dictionary, Document document, List<Name> names) {
        this.assembler = new IncidentAssembler(dictionary);
        this.builder = new IncidentBuilder(dictionary, document.text(), document.sentences(), names);
        this.text = document.text();
        this.document = document;
    }

    public List<Incident> read(List<Frame> frames) {
        List<Incident> out = new ArrayList<>();
        for (Draft d : assembler.assemble(frames)) {
            String type = seizureOrSmuggling(d, d.type());
            Incident main = builder.build(d, "i" + (out.size() + 1), type);
            if (main.fatalities() == null && d.violent() && noneReportedNext(d, frames)) {
                main = withFatalities(main, 0);
            }
            List<Name> split = coordinatedPlaces(d);
            if (!split.isEmpty() && "country".equals(split.get(0).level()) && !oneSided(type)) {
                split = List.of(); // "clashes between Tajikistan and Kyrgyzstan" is one event between the two
            }
            if (split.size() > 1) {
                for (Name place : split) {
                    out.add(at(main, place, "i" + (out.size() + 1)));
                }
                main = out.get(out.size() - split.size());
            } else {
                out.add(main);
            }
            if (d.arrest && !"arrest".equals(type)) {
                out.add(arrest(main, "i" + (out.size() + 1)));
            }
        }
        return link(out);
    }

    /**
     * "struck targets in Iraq and Syria", "strikes in Khost and Paktika provinces": one event per place named in a
     * coordination in the clause that types the event (the places of one level joined by "and" or a comma).
     */
    private List<Name> coordinatedPlaces(Draft d) {
        for (Frame f : d.frames) {
            if (f.strongest() == null) {
                continue;
            }
            List<Name> run = new ArrayList<>();
            for (Name p : f.places()) {
                Name last = run.isEmpty() ? null : run.get(run.size() - 1);
                boolean joined = last != null && last.level().equals(p.level()) && !last.label().equals(p.label())
                        && COORDINATION.matcher(text.substring(last.span().end(), p.span().start())).matches();
                if (!joined && run.size() > 1) {
                    return run;
                }
                if (!joined) {
                    run.clear();
                }
                run.add(p);
            }
            return run.size() > 1 ? run : List.of();
        }
        return List.of();
    }

    /**
     * "There were no reports of casualties" in one of the two sentences after the event's last clause, before any other
     * event is spoken of: nobody died in it.
     */
    private boolean noneReportedNext(Draft d, List<Frame> frames) {
        int last = d.lastSentence();
        for (int i = last + 1; i <= last + 2 && i < document.sentences().size(); i++) {
            int at = i;
            boolean otherEvent = frames.stream().anyMatch(f -> f.sentence() == at && !f.triggers().isEmpty());
            if (otherEvent) {
                return false;
            }
            if (Fatalities.noneReported(document.sentences().get(i).span().of(text))) {
                return true;
            }
        }
        return false;
    }

    private static Incident withFatalities(Incident i, int n) {
        return new Incident(i.key(), i.type(), i.date(), i.place(), i.participants(), n, i.seized(), i.intent(),
                i.crossedFrom(), i.crossedInto(), i.precededBy(), i.evidence(), i.rule());
    }

    private static boolean oneSided(String type) {
        return Triggers.Kind.AIRSTRIKE.type().equals(type) || Triggers.Kind.ATTACK.type().equals(type)
                || Triggers.Kind.BOMBING.type().equals(type);
    }

    /** The event at one of its coordinated places; a toll given for all of them is not split between them. */
    private static Incident at(Incident main, Name place, String key) {
        IncidentPlace whole = main.place();
        String level = place.level();
        String country = place.countryCode() != null ? place.countryCode() : whole.countryCode();
        IncidentPlace here = new IncidentPlace(country, level.equals("admin1") ? place.text() : null,
                level.equals("admin2") ? place.text() : null, level.equals("location") ? place.text() : null,
                "Country".equals(place.type()) ? null : place.mention());
        return new Incident(key, main.type(), main.date(), here, main.participants(), null, main.seized(),
                main.intent(), main.crossedFrom(), main.crossedInto(), main.precededBy(), main.evidence(), main.rule());
    }

    /**
     * Smuggling is the interdiction of drugs: a seizure whose clauses name narcotics and no weapons is a smuggling, and
     * a foiled smuggling of arms whose clauses name weapons and no narcotics is a weapons seizure.
     */
    private String seizureOrSmuggling(Draft d, String type) {
        boolean smuggling = Triggers.Kind.SMUGGLING.type().equals(type);
        if (!smuggling && !Triggers.Kind.SEIZURE.type().equals(type)) {
            return type;
        }
        boolean weapons = false;
        boolean narcotics = false;
        for (Frame f : d.frames) {
            for (org.sarhad.extract.doc.Token t : document.sentences().get(f.sentence()).tokens()) {
                if (f.span().contains(t.span())) {
                    narcotics |= lexicon.is("narcotic", t.lemma());
                    weapons |= lexicon.is("weapon", t.lemma());
                }
            }
        }
        if (smuggling) {
            return weapons && !narcotics ? Triggers.Kind.SEIZURE.type() : type;
        }
        return narcotics && !weapons ? Triggers.Kind.SMUGGLING.type() : type;
    }

    private static Incident arrest(Incident main, String key) {
        List<Participant> forces = main.participants().stream()
                .filter(p -> "responding-force".equals(p.role())).toList();
        return new Incident(key, "arrest", main.date(), main.place(), forces, null, List.of(), null, null, null,
                main.key(), main.evidence(), "frame:detained");
    }

    /**
     * A violent incident next to a crossing is the crossing's sequel: it is linked with {@code precededBy} and, when the
     * text places it nowhere else, happens where the crossing led.
     */
    private static List<Incident> link(List<Incident> incidents) {
        List<Incident> out = new ArrayList<>();
        for (int k = 0; k < incidents.size(); k++) {
            Incident i = incidents.get(k);
            Incident crossing = "border-crossing".equals(i.type()) || "arrest".equals(i.type()) ? null
                    : neighbourCrossing(incidents, k);
            out.add(crossing == null ? i : withPredecessor(i, crossing));
        }
        return out;
    }

    private static Incident neighbourCrossing(List<Incident> incidents, int k) {
        for (int d = 1; d <= 2; d++) {
            for (int j : new int[] {k - d, k + d}) {
                if (j >= 0 && j < incidents.size() && "border-crossing".equals(incidents.get(j).type())) {
                    return incidents.get(j);
                }
            }
        }
        return null;
    }

    private static Incident withPredecessor(Incident i, Incident crossing) {
        boolean unnamed = i.place().admin1() == null && i.place().admin2() == null && i.place().location() == null;
        boolean sameCountry = i.place().countryCode() == null
                || i.place().countryCode().equals(crossing.place().countryCode());
        IncidentPlace place = unnamed && sameCountry ? crossing.place() : i.place();
        DateValue date = i.date();
        return new Incident(i.key(), i.type(), date, place, i.participants(), i.fatalities(), i.seized(), i.intent(),
                i.crossedFrom(), i.crossedInto(), crossing.key(), i.evidence(), i.rule());
    }
}
