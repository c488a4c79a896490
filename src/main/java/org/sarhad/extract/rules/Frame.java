package org.sarhad.extract.rules;

import java.util.List;
import org.sarhad.extract.Span;

/**
 * One clause that reports something happening: its triggers, the names, event dates and statement dates in it.
 *
 * @param sentence  index of the sentence it belongs to
 * @param span      the clause extent
 * @param triggers  incident triggers, text order
 * @param places    place names where the event happened (origins and reference points left out)
 * @param origins   place names the actors came from
 * @param actors    actor names
 * @param strikers  states named as the subject of the violent act ("Velna carried out air strikes"), among the actors
 * @param dates     event dates (not statement dates)
 * @param statementDates dates of statements ("said on Friday")
 * @param newEvent  the clause marks a different event ("a similar incident", "in a separate attack")
 * @param consequence the clause follows from the one before ("As a result of the operation")
 * @param headline  the clause is a headline or caption line (no final punctuation)
 * @param sequel    the clause was cut off its sentence at "following", "a day after", "amid": it tells another event
 *                  than the clause before it
 * @param pointsBack the clause has no trigger but opens by naming the event told before ("The incident occurred
 *                  near ..."): its place and time are that event's
 */
public record Frame(int sentence, Span span, List<Triggers.Trigger> triggers, List<Name> places, List<Name> origins,
        List<Name> actors, List<Name> strikers, List<DateResolver.DateHit> dates, List<DateResolver.DateHit> statementDates,
        boolean newEvent, boolean consequence, boolean headline, boolean sequel, boolean pointsBack) {

    public boolean has(Triggers.Kind kind) {
        return triggers.stream().anyMatch(t -> t.kind() == kind);
    }

    /** Only crossing (and arrest or seizure) triggers: no violence of its own. */
    public boolean crossingOnly() {
        return has(Triggers.Kind.CROSSING) && triggers.stream().allMatch(t -> t.kind() == Triggers.Kind.CROSSING
                || t.kind() == Triggers.Kind.ARREST);
    }

    public boolean violent() {
        // "seized opium from smugglers": the people's noun makes no violence, the act's words do
        return triggers.stream().anyMatch(t -> t.kind().violent() && !t.actorNoun());
    }

    /**
     * The strongest typed trigger of the clause, or null when it has only kills, seizures, arrests or crossings. A
     * word naming the people ("smugglers") does not make the event a smuggling.
     */
    public Triggers.Kind strongest() {
        return triggers.stream().filter(t -> !t.actorNoun()).map(Triggers.Trigger::kind)
                .filter(Triggers.Kind::typing).min(java.util.Comparator.comparingInt(Triggers.Kind::rank)).orElse(null);
    }

    public boolean ownTimeOrPlace() {
        return !dates.isEmpty() && dates.get(0).value().known() || !places.isEmpty();
    }
}
