package org.sarhad.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.sarhad.vocab.SARHAD;

/**
 * A cross-report event as a browser row: what the event states of itself, and what it leaves out (type, date,
 * place, country, toll, actors) taken from the incidents it has as reports ({@code sarhad:hasReport}), earliest
 * first.
 */
final class EventRows {
    private EventRows() {
    }

    static IncidentRow row(View v, Resource event) {
        IncidentRow own = IncidentIndex.row(v, event);
        List<IncidentRow> members = new ArrayList<>();
        for (Resource report : v.objects(event, SARHAD.hasReport)) {
            if (report.isURIResource() && report.hasProperty(RDF.type, SARHAD.Incident)) {
                members.add(IncidentIndex.row(v, report));
            }
        }
        if (members.isEmpty()) {
            return own;
        }
        members.sort(Comparator.comparing(IncidentRow::date, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(IncidentRow::iri));
        IncidentRow first = members.get(0);
        Long toll = own.fatalities() != null ? own.fatalities() : members.stream().map(IncidentRow::fatalities)
            .filter(f -> f != null).max(Long::compare).orElse(null);
        List<IncidentRow.Actor> actors = new ArrayList<>(own.actors());
        members.forEach(m -> m.actors().stream().filter(a -> !actors.contains(a)).forEach(actors::add));
        IncidentRow placed = members.stream().filter(m -> m.spot() != null).findFirst().orElse(first);
        return new IncidentRow(own.iri(), own.href(), own.label(), or(own.articleIri(), first.articleIri()),
            or(own.articleId(), first.articleId()), or(own.sourceUrl(), first.sourceUrl()), or(own.type(), first.type()),
            or(own.typeLabel(), first.typeLabel()), or(own.date(), first.date()),
            or(own.datePrecision(), first.datePrecision()), or(own.countryCode(), placed.countryCode()),
            or(own.admin1(), placed.admin1()), or(own.admin2(), placed.admin2()), or(own.location(), placed.location()),
            or(own.placeIri(), placed.placeIri()), or(own.placeLabel(), placed.placeLabel()),
            or(own.geonamesId(), placed.geonamesId()), or(own.latitude(), placed.latitude()),
            or(own.longitude(), placed.longitude()), toll, or(own.borderIri(), placed.borderIri()),
            or(own.borderLabel(), placed.borderLabel()), own.iri(), actors, own.seized(), or(own.spot(), placed.spot()));
    }

    private static <T> T or(T mine, T theirs) {
        return mine != null ? mine : theirs;
    }
}
