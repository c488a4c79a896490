package org.sarhad.extract;

import java.util.List;

/**
 * One real-world event the article reports.
 *
 * @param key          stable key within the article ({@code i1}, {@code i2}...), used for IRIs and relations
 * @param type         the incident type notation (DESIGN.md list)
 * @param date         when
 * @param place        where
 * @param participants who, in which role
 * @param fatalities   total deaths as stated, null when unknown
 * @param seized       what was recovered
 * @param intent       the stated aim, verbatim, or null
 * @param crossedFrom  for crossings: ISO code of the state left, or null
 * @param crossedInto  for crossings: ISO code of the state entered, or null
 * @param precededBy   key of an incident in the same article that led to this one, or null
 * @param evidence     the sentence(s) it rests on
 * @param rule         name of the extraction rule that produced it
 */
public record Incident(String key, String type, DateValue date, IncidentPlace place, List<Participant> participants,
        Integer fatalities, List<SeizedItem> seized, String intent, String crossedFrom, String crossedInto,
        String precededBy, List<Span> evidence, String rule) {
    public Incident {
        participants = List.copyOf(participants);
        seized = List.copyOf(seized);
        evidence = List.copyOf(evidence);
    }
}
