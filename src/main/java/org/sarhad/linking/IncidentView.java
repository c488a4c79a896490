package org.sarhad.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.sarhad.vocab.OA;
import org.sarhad.vocab.SARHAD;

/**
 * One incident of a mapped article graph, as the linker reads it: what the text says of its type, date, place,
 * participants and crossing, and the sentences it rests on.
 *
 * @param iri           the incident
 * @param type          incident type notation
 * @param date          the date's lexical form, or null
 * @param country       ISO code of the country the text places it in, or null
 * @param admin1        first-level division as spelt, or null
 * @param admin2        district as spelt, or null
 * @param location      most specific place as spelt, or null
 * @param place         IRI of its place (reference or minted), or null
 * @param participants  IRIs of its participants, with their labels
 * @param crossedFrom   ISO code of the state a crossing left, or null
 * @param crossedInto   ISO code of the state a crossing entered, or null
 * @param evidence      the incident's evidence spans as {start, end}
 * @param evidenceText  the text of those spans
 */
record IncidentView(String iri, String type, String date, String country, String admin1, String admin2,
        String location, String place, List<String[]> participants, String crossedFrom, String crossedInto,
        List<int[]> evidence, String evidenceText) {

    static List<IncidentView> all(Model article, ReferenceView ref) {
        List<IncidentView> out = new ArrayList<>();
        article.listSubjectsWithProperty(SARHAD.incidentType).forEachRemaining(i -> out.add(read(i, ref)));
        out.sort(java.util.Comparator.comparing(IncidentView::iri));
        return List.copyOf(out);
    }

    private static IncidentView read(Resource i, ReferenceView ref) {
        Resource type = i.getPropertyResourceValue(SARHAD.incidentType);
        String notation = type.getURI().substring(type.getURI().lastIndexOf('/') + 1);
        List<String[]> participants = new ArrayList<>();
        i.listProperties(SARHAD.participation).forEachRemaining(p -> {
            Resource actor = p.getResource().getPropertyResourceValue(SARHAD.participant);
            if (actor != null) {
                Statement label = actor.getProperty(SKOS.prefLabel);
                participants.add(new String[] {actor.getURI(), label == null ? "" : label.getString()});
            }
        });
        List<int[]> spans = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        i.listProperties(SARHAD.evidence).forEachRemaining(e -> {
            Resource ev = e.getResource();
            if (ev.hasProperty(OA.start) && ev.hasProperty(OA.end)) {
                spans.add(new int[] {ev.getProperty(OA.start).getInt(), ev.getProperty(OA.end).getInt()});
            }
            if (ev.hasProperty(OA.exact)) {
                text.append(ev.getProperty(OA.exact).getString()).append('\n');
            }
        });
        Resource place = i.getPropertyResourceValue(SARHAD.place);
        return new IncidentView(i.getURI(), notation, lexical(i.getProperty(SARHAD.date)),
                code(i.getPropertyResourceValue(SARHAD.country), ref), string(i, SARHAD.admin1Text),
                string(i, SARHAD.admin2Text), string(i, SARHAD.locationText), place == null ? null : place.getURI(),
                participants, code(i.getPropertyResourceValue(SARHAD.crossedFrom), ref),
                code(i.getPropertyResourceValue(SARHAD.crossedInto), ref), spans, text.toString());
    }

    /** A country's ISO code: from the reference data, or the code a minted country carries. */
    private static String code(Resource country, ReferenceView ref) {
        if (country == null) {
            return null;
        }
        String known = ref.code(country.getURI());
        if (known != null) {
            return known;
        }
        Statement cc = country.getProperty(SARHAD.countryCode);
        return cc == null ? null : cc.getString().toUpperCase(Locale.ROOT);
    }

    private static String lexical(Statement s) {
        if (s == null) {
            return null;
        }
        RDFNode o = s.getObject();
        return o.isLiteral() ? ((Literal) o).getLexicalForm() : null;
    }

    private static String string(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        return s == null ? null : s.getString();
    }

    boolean overlaps(int start, int end) {
        return evidence.stream().anyMatch(e -> e[0] < end && start < e[1]);
    }
}
