package org.sarhad.extract.rules;

import java.util.ArrayList;
import java.util.List;

/** An incident being assembled: the frames that co-refer to one real-world event. */
final class Draft {
    final List<Frame> frames = new ArrayList<>();
    boolean arrest;
    /**
     * The date of a dated clause of the sentence this draft began in, or of the draft just before whose time it goes
     * on in; used when no clause of its own dates it.
     */
    DateResolver.DateHit siblingDate;

    Draft(Frame first) {
        frames.add(first);
    }

    boolean crossingOnly() {
        return frames.stream().allMatch(f -> f.crossingOnly() || f.triggers().isEmpty());
    }

    boolean violent() {
        return frames.stream().anyMatch(Frame::violent);
    }

    /** Whether the draft began with a clause cut off at "following", "amid": an event told as background. */
    boolean background() {
        return frames.get(0).sequel();
    }

    int lastSentence() {
        return frames.get(frames.size() - 1).sentence();
    }

    List<Name> places() {
        List<Name> out = new ArrayList<>();
        frames.forEach(f -> out.addAll(f.places()));
        return out;
    }

    DateResolver.DateHit date() {
        for (Frame f : frames) {
            for (DateResolver.DateHit d : f.dates()) {
                if (d.value().known()) {
                    return d;
                }
            }
        }
        return siblingDate;
    }

    /**
     * The type: counter-terrorism framing anywhere, else the strongest trigger of the first clause that has one (a
     * headline's wording yields to the body's), else kills. A gunfight with smugglers stays an armed clash unless the
     * smuggling itself leads ("warded off an attempt to smuggle"): the clause that types the event decides.
     */
    String type() {
        if (frames.stream().anyMatch(f -> f.has(Triggers.Kind.CT_OPERATION))) {
            return Triggers.Kind.CT_OPERATION.type();
        }
        Triggers.Kind first = null;
        for (Frame f : frames) {
            Triggers.Kind k = f.strongest();
            if (k != null && !f.headline()) {
                return k.type();
            }
            first = first == null ? k : first;
        }
        if (first != null) {
            return first.type();
        }
        if (violent()) {
            return Triggers.Kind.CLASH.type();
        }
        for (Triggers.Kind k : List.of(Triggers.Kind.SEIZURE, Triggers.Kind.ARREST, Triggers.Kind.CROSSING,
                Triggers.Kind.PROTEST)) {
            if (frames.stream().anyMatch(f -> f.has(k))) {
                return k.type();
            }
        }
        return "other";
    }
}
