package org.sarhad.linking;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sarhad.extract.rules.TextFold;

/**
 * Which border the text puts an incident on, by the first rule that applies: a crossing from one state into another
 * ({@code border.crossing}); a border named in the incident's own sentences ({@code border.named}); a reference
 * crossing or post as its place ({@code border.place}); two neighbouring states among its country, its participants
 * and the states its sentences name, where those sentences speak of a border, the participants belong to two states,
 * or a participant belongs to a neighbouring state of the incident's country ({@code border.states}); a border the
 * article names elsewhere, one of whose states is the incident's, where its sentences speak of a border
 * ({@code border.article}). An incident none of these places takes the border of its article's other incident of
 * the same type, day and country ({@link #sameRaid}, {@code border.same-raid}).
 */
final class BorderFinder {
    private static final Pattern BORDER_WORD = Pattern.compile("\\b(border|frontier|crossing|crossed|cross-border)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private final ReferenceView ref;

    BorderFinder(ReferenceView ref) {
        this.ref = ref;
    }

    /** A border with the rule and score that put the incident on it. */
    record Found(Border border, String rule, double score) {
    }

    Optional<Found> find(IncidentView i, String articleText) {
        Optional<Border> crossing = ref.border(i.crossedFrom(), i.crossedInto());
        if (crossing.isPresent()) {
            return Optional.of(new Found(crossing.get(), "border.crossing", 1.0));
        }
        Optional<Border> named = named(i.evidenceText(), i.country());
        if (named.isPresent()) {
            return Optional.of(new Found(named.get(), "border.named", 0.95));
        }
        Optional<Border> post = i.place() == null ? Optional.empty() : ref.onBorder(i.place());
        if (post.isPresent()) {
            return Optional.of(new Found(post.get(), "border.place", 0.9));
        }
        boolean borderWords = BORDER_WORD.matcher(i.evidenceText()).find();
        Set<String> actorStates = new LinkedHashSet<>();
        for (String[] p : i.participants()) {
            String cc = ref.countryOf(p[0]);
            actorStates.add(cc.isEmpty() ? demonym(p[1]) : cc);
        }
        actorStates.remove("");
        Set<String> states = new LinkedHashSet<>();
        if (i.country() != null) {
            states.add(i.country());
        }
        states.addAll(actorStates);
        boolean foreignForce = i.country() != null && actorStates.stream().anyMatch(s -> !s.equals(i.country()));
        if (borderWords || actorStates.size() >= 2 || foreignForce) {
            // the states of the place and of the participants first: states the sentences merely name ("it had
            // clashed with Iranian forces before") decide only where those leave no single pair
            Optional<Border> pair = onlyPair(states, i.country());
            if (pair.isEmpty() && borderWords) {
                states.addAll(statesNamed(i.evidenceText()));
                pair = onlyPair(states, i.country());
            }
            if (pair.isPresent()) {
                return Optional.of(new Found(pair.get(), "border.states", 0.8));
            }
        }
        if (borderWords) {
            return named(articleText, i.country()).map(b -> new Found(b, "border.article", 0.6));
        }
        return Optional.empty();
    }

    /**
     * "Monday's strikes killed three in A, while two were killed in a strike in B": an incident of the same type, day
     * and country as another of its article that its own clauses put on a border is on that border too, the two
     * parts of one raid; the rule says so.
     */
    static Optional<Found> sameRaid(IncidentView i, List<IncidentView> all,
            Map<String, Optional<Found>> found) {
        if (i.country() == null || i.date() == null || i.date().length() < 10) {
            return Optional.empty();
        }
        List<Found> same = all.stream().filter(o -> o != i && i.type().equals(o.type())
                && i.date().equals(o.date()) && i.country().equals(o.country()))
                .map(o -> found.get(o.iri())).flatMap(Optional::stream)
                .filter(f -> f.border().states().contains(i.country())).toList();
        if (same.stream().map(f -> f.border().iri()).distinct().count() != 1) {
            return Optional.empty();
        }
        return Optional.of(new Found(same.get(0).border(), "border.same-raid", 0.7));
    }

    /** The one border named in the text (preferring one of {@code country}'s), by its labels. */
    private Optional<Border> named(String text, String country) {
        String folded = " " + TextFold.key(text) + " ";
        Set<Border> found = new LinkedHashSet<>();
        for (Map.Entry<String, Border> e : ref.borderNames().entrySet()) {
            if (folded.contains(" " + e.getKey() + " ") || folded.contains(" " + e.getKey() + "s ")) {
                found.add(e.getValue());
            }
        }
        if (country != null && found.stream().anyMatch(b -> b.states().contains(country))) {
            found.removeIf(b -> !b.states().contains(country));
        }
        return found.size() == 1 ? found.stream().findFirst() : Optional.empty();
    }

    /** The only border between two of {@code states} (one of them {@code country} when known). */
    private Optional<Border> onlyPair(Set<String> states, String country) {
        Set<Border> found = new LinkedHashSet<>();
        List<String> list = List.copyOf(states);
        for (int a = 0; a < list.size(); a++) {
            for (int b = a + 1; b < list.size(); b++) {
                if (country == null || list.get(a).equals(country) || list.get(b).equals(country)) {
                    ref.border(list.get(a), list.get(b)).ifPresent(found::add);
                }
            }
        }
        return found.size() == 1 ? found.stream().findFirst() : Optional.empty();
    }

    private Set<String> statesNamed(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = TextFold.key(m.group()).replaceAll("'s$", "");
            ref.stateNamed(w).ifPresent(out::add);
        }
        return out;
    }

    /** The state a minted actor's label names by its first word ("Afghan forces", "Kyrgyz side"), or "". */
    private String demonym(String label) {
        Matcher m = WORD.matcher(label);
        return m.find() ? ref.stateNamed(TextFold.key(m.group()).replaceAll("'s$", "")).orElse("") : "";
    }
}
