package org.sarhad.linking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.sarhad.iri.IriMinter;

/**
 * Keeps the store's events up to date as articles are stored, replaced or deleted, inside the caller's write
 * transaction. For the changed articles it takes the events they reported in and their incidents now stored, finds
 * the candidates of each through the index keys ({@link LinkKeys}: by area and month, never a scan), adds the events
 * those candidates belong to, groups the lot afresh ({@link Clusters}) and replaces the event graphs concerned. The
 * grouping depends only on what is stored, so any ingest order gives the same events, and re-ingesting gives the same
 * graphs; an event keeps its IRI while its earliest-published report stays in it.
 */
final class EventLinker {
    private static final String PREFIXES = "PREFIX sarhad: <https://w3id.org/sarhad/ontology#>\n"
            + "PREFIX prov: <http://www.w3.org/ns/prov#>\n";
    private final IriMinter iris;
    private final ReferenceView ref;
    private final SameEvent same;
    private final EventWriter writer;
    private final LinkValidator validator;

    EventLinker(IriMinter iris, ReferenceView ref, SameEvent same, LinkValidator validator) {
        this.iris = iris;
        this.ref = ref;
        this.same = same;
        this.validator = validator;
        this.writer = new EventWriter(iris, ref);
    }

    /** Re-groups what the given articles (by IRI) touch; call inside a write transaction on {@code ds}. */
    void update(Dataset ds, Collection<String> articles) {
        if (articles.isEmpty()) {
            return;
        }
        FactReader reader = new FactReader(ds, ref);
        Map<String, String> events = new LinkedHashMap<>();
        select(ds, PREFIXES + "SELECT ?e ?g WHERE { VALUES ?a { " + values(articles) + " } GRAPH ?g { ?e a"
                + " sarhad:Event ; prov:wasDerivedFrom ?a } }", events);
        Set<String> incidents = new TreeSet<>(members(ds, events.keySet()));
        incidents.addAll(incidentsOf(ds, articles));
        Map<String, IncidentFacts> facts = reader.facts(incidents);
        Set<String> wanted = new TreeSet<>();
        facts.values().forEach(f -> wanted.addAll(LinkKeys.wanted(List.copyOf(f.states()), f.admin1(), f.date(),
                f.published())));
        Set<String> found = reader.withKeys(wanted);
        found.removeAll(facts.keySet());
        // only a candidate that pairs with a changed incident can change an event: the events of the others stay as
        // stored, so what is regrouped does not grow with the events of the area and months asked
        Set<String> candidates = paired(facts, reader.facts(found));
        Map<String, String> candidateEvents = eventsOf(ds, candidates);
        candidates.addAll(members(ds, candidateEvents.keySet()));
        // the other incidents of the candidates' articles: whether two articles tell one story shows across them;
        // they are context only, not regrouped, as their events are not all read
        Set<String> candidateArticles = new TreeSet<>();
        reader.facts(candidates).values().forEach(f -> candidateArticles.add(f.article()));
        Set<String> context = new TreeSet<>(incidentsOf(ds, candidateArticles));
        context.removeAll(candidates);
        context.removeAll(facts.keySet());
        candidates.addAll(context);
        candidates.removeAll(facts.keySet());
        facts.putAll(reader.facts(candidates));
        events.putAll(candidateEvents);
        Map<String, Model> regrouped = new LinkedHashMap<>();
        for (Clusters.Group g : Clusters.of(facts, same, context)) {
            List<IncidentFacts> reports = g.members().stream().map(facts::get).toList();
            String key = EventWriter.key(reports);
            regrouped.put(iris.eventGraph(key), validator.check(writer.write(key, reports, g.edges())));
        }
        replace(ds, events.values(), regrouped);
    }

    /** The found incidents that some changed incident makes a pair with (at any score a pair is kept). */
    private Set<String> paired(Map<String, IncidentFacts> changed, Map<String, IncidentFacts> found) {
        Set<String> out = new TreeSet<>();
        for (IncidentFacts c : found.values()) {
            if (changed.values().stream().anyMatch(f -> same.decide(f, c).isPresent())) {
                out.add(c.iri());
            }
        }
        return out;
    }

    /**
     * Drops the old event graphs and stores the regrouped ones; an event graph that comes out as it was stored is
     * left alone, so an update writes only the events it changes.
     */
    private static void replace(Dataset ds, Collection<String> old, Map<String, Model> regrouped) {
        old.stream().filter(g -> !regrouped.containsKey(g)).forEach(ds::removeNamedModel);
        regrouped.forEach((graph, event) -> {
            if (!ds.containsNamedModel(graph) || !ds.getNamedModel(graph).isIsomorphicWith(event)) {
                ds.removeNamedModel(graph);
                ds.getNamedModel(graph).add(event);
            }
        });
    }

    /** The events (IRI to graph) that report any of the given incidents. */
    private static Map<String, String> eventsOf(Dataset ds, Collection<String> incidents) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!incidents.isEmpty()) {
            select(ds, PREFIXES + "SELECT ?e ?g WHERE { VALUES ?i { " + values(incidents) + " } GRAPH ?g { ?e"
                    + " sarhad:hasReport ?i } }", out);
        }
        return out;
    }

    private static List<String> incidentsOf(Dataset ds, Collection<String> articles) {
        return incidents(ds, "?a", articles, "?i prov:wasDerivedFrom ?a ; sarhad:incidentType ?t");
    }

    private static List<String> members(Dataset ds, Collection<String> events) {
        return incidents(ds, "?e", events, "GRAPH ?g { ?e sarhad:hasReport ?i }");
    }

    /** The incidents {@code ?i} that {@code pattern} finds for each IRI given to {@code var}. */
    private static List<String> incidents(Dataset ds, String var, Collection<String> iris, String pattern) {
        List<String> out = new ArrayList<>();
        if (iris.isEmpty()) {
            return out;
        }
        try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + "SELECT ?i WHERE { VALUES " + var + " { "
                + values(iris) + " } " + pattern + " }").build()) {
            qe.execSelect().forEachRemaining(s -> out.add(s.getResource("i").getURI()));
        }
        return out;
    }

    private static void select(Dataset ds, String query, Map<String, String> eventGraphs) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            qe.execSelect().forEachRemaining(s -> eventGraphs.put(s.getResource("e").getURI(),
                    s.getResource("g").getURI()));
        }
    }

    private static String values(Collection<String> iris) {
        return iris.stream().map(i -> "<" + i + ">").collect(Collectors.joining(" "));
    }
}
