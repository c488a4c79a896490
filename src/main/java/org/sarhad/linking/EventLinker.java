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

    EventLinker(IriMinter iris, ReferenceView ref, SameEvent same) {
        this.iris = iris;
        this.ref = ref;
        this.same = same;
        this.writer = new EventWriter(iris, ref);
    }

    /** Re-groups what the given articles (by IRI) touch; call inside a write transaction on {@code ds}. */
    void update(Dataset ds, Collection<String> articles) {
        if (articles.isEmpty()) {
            return;
        }
        FactReader reader = new FactReader(ds, ref);
        String values = values(articles);
        Map<String, String> events = new LinkedHashMap<>();
        select(ds, PREFIXES + "SELECT ?e ?g WHERE { VALUES ?a { " + values + " } GRAPH ?g { ?e a sarhad:Event ;"
                + " prov:wasDerivedFrom ?a } }", events);
        Set<String> incidents = new TreeSet<>(members(ds, events.keySet()));
        try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + "SELECT ?i WHERE { VALUES ?a { " + values
                + " } ?i prov:wasDerivedFrom ?a ; sarhad:incidentType ?t }").build()) {
            qe.execSelect().forEachRemaining(s -> incidents.add(s.getResource("i").getURI()));
        }
        Map<String, IncidentFacts> facts = reader.facts(incidents);
        Set<String> wanted = new TreeSet<>();
        facts.values().forEach(f -> wanted.addAll(LinkKeys.wanted(List.copyOf(f.states()), f.date(), f.published())));
        Set<String> candidates = reader.withKeys(wanted);
        candidates.removeAll(facts.keySet());
        Map<String, String> candidateEvents = new LinkedHashMap<>();
        if (!candidates.isEmpty()) {
            select(ds, PREFIXES + "SELECT ?e ?g WHERE { VALUES ?i { " + values(candidates) + " } GRAPH ?g { ?e"
                    + " sarhad:hasReport ?i } }", candidateEvents);
        }
        candidates.addAll(members(ds, candidateEvents.keySet()));
        candidates.removeAll(facts.keySet());
        facts.putAll(reader.facts(candidates));
        events.putAll(candidateEvents);
        events.values().forEach(ds::removeNamedModel);
        for (Clusters.Group g : Clusters.of(facts, same)) {
            List<IncidentFacts> reports = g.members().stream().map(facts::get).toList();
            String key = EventWriter.key(reports);
            Model event = writer.write(key, reports, g.edges());
            String graph = iris.eventGraph(key);
            ds.removeNamedModel(graph);
            ds.getNamedModel(graph).add(event);
        }
    }

    private static List<String> members(Dataset ds, Collection<String> events) {
        List<String> out = new ArrayList<>();
        if (events.isEmpty()) {
            return out;
        }
        try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + "SELECT ?i WHERE { VALUES ?e { "
                + values(events) + " } GRAPH ?g { ?e sarhad:hasReport ?i } }").build()) {
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
