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
    private final IncidentAssembler assembler;
    private final IncidentBuilder builder;

    public IncidentReader(Dictionary dictionary, Document document) {
        this.assembler = new IncidentAssembler(dictionary);
        this.builder = new IncidentBuilder(dictionary, document.text(), document.sentences());
    }

    public List<Incident> read(List<Frame> frames) {
        List<Incident> out = new ArrayList<>();
        for (Draft d : assembler.assemble(frames)) {
            String type = d.type();
            Incident main = builder.build(d, "i" + (out.size() + 1), type);
            out.add(main);
            if (d.arrest && !"arrest".equals(type)) {
                out.add(arrest(main, "i" + (out.size() + 1)));
            }
        }
        return link(out);
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
