package org.sarhad.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sarhad.extract.doc.Edge;
import org.sarhad.extract.doc.Sentence;

/**
 * A path through a dependency parse, as rule files write it: alternatives {@code a | b}, tried in order; steps
 * {@code x/y}; {@code rel} goes down to a dependent, {@code ^rel} up to the head, {@code .} stays; a step may end in
 * {@code [cue]}, which the token it reaches must be listed under in the lexicon, or in {@code [before]} or
 * {@code [after]}: the token it reaches must precede or follow the path's start, or {@code [reporting-verb]}: it
 * must be a reporting verb of the lexicon, or {@code [name]}: a proper noun; {@code [!filter]} reverses a filter.
 */
public record DependencyPath(String source, List<List<String>> alternatives) {
    public DependencyPath {
        alternatives = alternatives.stream().map(List::copyOf).toList();
    }

    public static DependencyPath parse(String source) {
        List<List<String>> alts = new ArrayList<>();
        for (String alt : source.split("\\|")) {
            List<String> steps = new ArrayList<>();
            for (String step : alt.strip().split("/")) {
                if (step.isBlank()) {
                    throw new IllegalArgumentException("empty step in dependency path '" + source + "'");
                }
                steps.add(step.strip());
            }
            alts.add(steps);
        }
        return new DependencyPath(source, alts);
    }

    /** The token index the first matching alternative reaches from {@code from}. */
    public Optional<Integer> follow(Sentence s, int from, Lexicon lexicon) {
        for (List<String> steps : alternatives) {
            Optional<Integer> at = walk(s, from, steps, lexicon);
            if (at.isPresent()) {
                return at;
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> walk(Sentence s, int from, List<String> steps, Lexicon lexicon) {
        int at = from;
        for (String step : steps) {
            int bracket = step.indexOf('[');
            String cue = bracket < 0 ? null : step.substring(bracket + 1, step.length() - 1);
            Optional<Integer> next = step(s, at, bracket < 0 ? step : step.substring(0, bracket));
            if (next.isPresent() && cue != null && !accepts(cue, s, from, next.get(), lexicon)) {
                return Optional.empty();
            }
            if (next.isEmpty()) {
                return Optional.empty();
            }
            at = next.get();
        }
        return Optional.of(at);
    }

    /** A step filter: {@code [before]} / {@code [after]} the path's start token, a proper noun, or a lexicon cue. */
    private static boolean accepts(String filter, Sentence s, int from, int at, Lexicon lexicon) {
        if (filter.startsWith("!")) {
            return !accepts(filter.substring(1), s, from, at, lexicon);
        }
        if (filter.equals("before")) {
            return at < from;
        }
        if (filter.equals("after")) {
            return at > from;
        }
        if (filter.equals(ClaimRule.REPORTING_VERB)) {
            return lexicon.reportingStance(s.token(at).lemma()) != null;
        }
        if (filter.equals("name")) {
            return s.token(at).isProperNoun();
        }
        return lexicon.is(filter, s.token(at).lemma());
    }

    private static Optional<Integer> step(Sentence s, int at, String step) {
        if (step.equals(".")) {
            return Optional.of(at);
        }
        boolean up = step.startsWith("^");
        String rel = up ? step.substring(1) : step;
        for (Edge e : s.edges()) {
            if (e.head() < 0 || !e.is(rel)) {
                continue;
            }
            if (up && e.dependent() == at) {
                return Optional.of(e.head());
            }
            if (!up && e.head() == at && e.dependent() != at) {
                return Optional.of(e.dependent());
            }
        }
        return Optional.empty();
    }
}
