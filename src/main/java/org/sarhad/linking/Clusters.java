package org.sarhad.linking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Groups incidents into events from their pairwise decisions: pairs are taken best first (ties by IRI), and a pair
 * joins two groups unless some incident of one conflicts with one of the other (two incidents of one article, or
 * dates or places apart): a chain of weak links cannot join reports of different events. The result depends only on
 * the incidents and their decisions, never on the order they arrived in.
 */
final class Clusters {
    /** An accepted pair. */
    record Edge(String a, String b, SameEvent.Decision decision) {
    }

    /** One group: its members (sorted) and the pairs that joined them. */
    record Group(List<String> members, List<Edge> edges) {
    }

    static final double STORY_BONUS = 0.2;

    private Clusters() {
    }

    static List<Group> of(Map<String, IncidentFacts> facts, SameEvent same) {
        return of(facts, same, Set.of());
    }

    /**
     * The groups of {@code facts}; the {@code context} incidents show whether two articles tell one story but join
     * no group (their events are not regrouped here).
     */
    static List<Group> of(Map<String, IncidentFacts> facts, SameEvent same, Set<String> context) {
        List<String> ids = new ArrayList<>(new TreeSet<>(facts.keySet()));
        Map<String, Set<String>> groupOf = new HashMap<>();
        ids.forEach(i -> groupOf.put(i, new TreeSet<>(Set.of(i))));
        List<Edge> accepted = new ArrayList<>();
        List<Edge> edges = story(pairs(ids, facts, same, context), facts);
        edges.sort(Comparator.comparingDouble((Edge e) -> -e.decision().score()).thenComparing(Edge::a)
                .thenComparing(Edge::b));
        for (Edge e : edges) {
            if (context.contains(e.a()) || context.contains(e.b())) {
                continue;
            }
            Set<String> ga = groupOf.get(e.a());
            Set<String> gb = groupOf.get(e.b());
            if (ga == gb) {
                continue;
            }
            if (!compatible(ga, gb, facts, same)) {
                continue;
            }
            ga.addAll(gb);
            gb.forEach(i -> groupOf.put(i, ga));
            accepted.add(e);
        }
        Set<Set<String>> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Group> out = new ArrayList<>();
        for (String i : ids) {
            Set<String> g = groupOf.get(i);
            if (g.size() > 1 && seen.add(g)) {
                List<Edge> own = accepted.stream().filter(e -> g.contains(e.a())).toList();
                out.add(new Group(List.copyOf(g), own));
            }
        }
        return out;
    }

    /**
     * The pairs a group can take (both incidents regrouped), and those of context incidents between the same two
     * articles, which can only show that the two tell one story: pairs of articles no group can join are not
     * decided, so the context costs what the regrouped incidents' articles hold, not the square of all it holds.
     */
    private static List<Edge> pairs(List<String> ids, Map<String, IncidentFacts> facts, SameEvent same,
            Set<String> context) {
        List<String> regrouped = ids.stream().filter(i -> !context.contains(i)).toList();
        List<Edge> all = new ArrayList<>();
        Set<String> joinable = new TreeSet<>();
        for (int x = 0; x < regrouped.size(); x++) {
            for (int y = x + 1; y < regrouped.size(); y++) {
                decide(regrouped.get(x), regrouped.get(y), facts, same).ifPresent(e -> {
                    all.add(e);
                    joinable.add(articles(e, facts));
                });
            }
        }
        Map<String, List<String>> byArticle = new TreeMap<>();
        ids.forEach(i -> byArticle.computeIfAbsent(facts.get(i).article(), k -> new ArrayList<>()).add(i));
        for (String pair : joinable) {
            String[] ab = pair.split(" ");
            for (String x : byArticle.get(ab[0])) {
                for (String y : byArticle.get(ab[1])) {
                    if (context.contains(x) || context.contains(y)) {
                        decide(x, y, facts, same).ifPresent(all::add);
                    }
                }
            }
        }
        return all;
    }

    /** The pair of two incidents, the smaller IRI first, when they make one. */
    private static Optional<Edge> decide(String x, String y, Map<String, IncidentFacts> facts, SameEvent same) {
        String a = x.compareTo(y) < 0 ? x : y;
        String b = a.equals(x) ? y : x;
        return same.decide(facts.get(a), facts.get(b)).map(d -> new Edge(a, b, d));
    }

    /**
     * Keeps the pairs at or over the threshold; a pair between two articles that some pair shows to tell the same
     * story (one article's report of a strike and its aftermath, another's of the same two) and agrees on the date
     * or the place counts {@value #STORY_BONUS} more, so a weaker pair of theirs is kept and goes before pairs with
     * other articles; its rule says so. A strong pair shows the story, and so do two or more pairs that pair off the
     * incidents of the two articles one to one ({@link #pairedOff}): each of those counts more too.
     */
    private static List<Edge> story(List<Edge> edges, Map<String, IncidentFacts> facts) {
        Map<String, List<Edge>> stories = new HashMap<>();
        Set<Edge> pairedOff = pairedOff(edges, facts);
        for (Edge e : edges) {
            if (e.decision().score() >= SameEvent.STORY || pairedOff.contains(e)) {
                stories.computeIfAbsent(articles(e, facts), k -> new ArrayList<>()).add(e);
            }
        }
        List<Edge> out = new ArrayList<>();
        for (Edge e : edges) {
            // another pair of the same two articles, not this one, shows the story, and this one agrees on the date
            // or the place, or pairs off two of their incidents
            if ((e.decision().anchored() || pairedOff.contains(e))
                    && stories.getOrDefault(articles(e, facts), List.of()).stream().anyMatch(o -> !o.equals(e))) {
                out.add(new Edge(e.a(), e.b(), new SameEvent.Decision(Math.min(1, e.decision().score() + STORY_BONUS),
                        e.decision().rule() + "+same-story", true, e.decision().alike())));
            } else if (e.decision().score() >= SameEvent.THRESHOLD) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The alike pairs (same type, same area) of two articles in which each incident has no other alike partner in the
     * other article, where there are two or more of them: reports that tell of the same several incidents (a strike in
     * one country and another in the next, a raid and the arrests it made) pair them off one to one, which reports of
     * different events rarely do.
     */
    private static Set<Edge> pairedOff(List<Edge> edges, Map<String, IncidentFacts> facts) {
        Map<String, List<Edge>> alike = new TreeMap<>();
        edges.stream().filter(e -> e.decision().alike()).forEach(e -> alike.computeIfAbsent(articles(e, facts),
                k -> new ArrayList<>()).add(e));
        Set<Edge> out = new HashSet<>();
        for (List<Edge> pair : alike.values()) {
            Map<String, Integer> partners = new HashMap<>();
            pair.forEach(e -> {
                partners.merge(e.a(), 1, Integer::sum);
                partners.merge(e.b(), 1, Integer::sum);
            });
            List<Edge> one = pair.stream().filter(e -> partners.get(e.a()) == 1 && partners.get(e.b()) == 1).toList();
            if (one.size() >= 2) {
                out.addAll(one);
            }
        }
        return out;
    }

    private static String articles(Edge e, Map<String, IncidentFacts> facts) {
        String a = facts.get(e.a()).article();
        String b = facts.get(e.b()).article();
        return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
    }

    /** No incident of one group conflicts with one of the other (same article, dates or places apart...). */
    private static boolean compatible(Collection<String> a, Collection<String> b, Map<String, IncidentFacts> f,
            SameEvent same) {
        for (String x : a) {
            for (String y : b) {
                if (same.conflict(f.get(x), f.get(y))) {
                    return false;
                }
            }
        }
        return true;
    }
}
