package org.sarhad.extract.rules;

import org.sarhad.extract.Span;
import org.sarhad.extract.Stance;

/**
 * What a claim rule read off one trigger: who speaks, what they say, and with which stance.
 *
 * @param claimant     the claimant phrase
 * @param claimantHead the span of the claimant phrase's head token (the name to prefer inside the phrase)
 * @param content      the reported clause
 * @param contentHead  index of the reported clause's head token in its sentence
 * @param stance       the trigger's stance, or the rule's
 * @param trigger      the trigger token's span
 * @param rule         the rule that read it (its id is recorded on the claim; its flags say how the claim is made)
 */
public record Attribution(Span claimant, Span claimantHead, Span content, int contentHead, Stance stance, Span trigger,
        ClaimRule rule) {
}
