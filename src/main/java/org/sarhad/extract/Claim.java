package org.sarhad.extract;

import java.util.List;

/**
 * A proposition the article attributes to an identifiable party (never the article's own narration).
 *
 * @param key           stable key within the article ({@code c1}...)
 * @param claimant      who makes it, resolved through coreference to the entity named earlier where possible
 * @param claimantText  the name the article uses in this claim ("the committee", "GKNB")
 * @param stance        what the claim does: asserts, accuses, denies or rejects
 * @param about         the topics, verbatim from the text
 * @param date          when it was made
 * @param quote         the exact span of the text that carries it
 * @param reportedBy    the reporting chain, nearest source first (e.g. AKIPress citing the committee)
 * @param evidenceGiven true / false when the text says so, else null
 * @param respondsTo    key of the claim this one answers (a rejection points at what it rejects), or null
 * @param evidence      the sentence(s) it rests on
 * @param rule          name of the extraction rule that produced it
 */
public record Claim(String key, Mention claimant, String claimantText, Stance stance, List<String> about,
        DateValue date, Span quote, List<Mention> reportedBy, Boolean evidenceGiven, String respondsTo,
        List<Span> evidence, String rule) {
    public Claim {
        about = List.copyOf(about);
        reportedBy = List.copyOf(reportedBy);
        evidence = List.copyOf(evidence);
    }
}
