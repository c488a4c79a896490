package org.sarhad.extract.rules;

import java.util.List;
import java.util.Set;
import org.sarhad.extract.Stance;

/**
 * One claim rule of {@code extract/claim-rules.ttl}: which tokens trigger it and where, from the trigger, the
 * claimant and the reported clause stand in the dependency parse.
 *
 * @param id         the rule's id, recorded on every claim it makes
 * @param order      rules run by ascending order; the first that fires on a trigger wins
 * @param trigger    {@code reporting-verb} or a cue notation of the lexicon
 * @param triggerTag part-of-speech tag prefix of the trigger, or "" for any
 * @param requires   a path that must lead somewhere from the trigger, or null
 * @param claimant   path to the claimant's head
 * @param content    path to the reported clause's head
 * @param cut        relations dropped from the top of the reported clause
 * @param stances    the trigger stances the rule applies to (empty: all)
 * @param stance     the fixed stance of the rule, or null for the trigger's own
 * @param keepClaimant whether the reported clause keeps the claimant phrase when it lies inside it
 * @param refine     whether the stance is refined from the reported clause (false where the claimant owns the act:
 *                   a responsibility claim)
 * @param shape      {@code tree} (claimant and clause by dependency paths) or {@code inverted} (the clause before a
 *                   final "..., X said" / "..., said X", read from the token order where long sentences defeat the
 *                   parser), or {@code forward} (the rest of the sentence after "X said" when the parser found
 *                   no clause under the verb); paths are null for both
 * @param continuesAccount whether a sentence the rule reads, shortly after an assertion of the same speaker, goes on
 *                   with that speaker's account rather than making a claim of its own (a second charge stands alone)
 */
public record ClaimRule(String id, int order, String trigger, String triggerTag, DependencyPath requires,
        DependencyPath claimant, DependencyPath content, List<String> cut, Set<Stance> stances, Stance stance,
        boolean keepClaimant, boolean refine, String shape, boolean continuesAccount) {
    public static final String REPORTING_VERB = "reporting-verb";
    public static final String INVERTED = "inverted";
    public static final String FORWARD = "forward";

    public ClaimRule {
        cut = List.copyOf(cut);
        stances = Set.copyOf(stances);
        if (!REPORTING_VERB.equals(trigger) && stance == null) {
            // a cue word ("according", "citing") carries no stance of its own
            throw new IllegalStateException("claim rule " + id + ": trigger '" + trigger + "' is no reporting verb, so "
                    + "the rule needs a fixed rule:stance");
        }
    }
}
