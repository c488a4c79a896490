package org.sarhad.linking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.geosparql.implementation.datatype.WKTDatatype;
import org.apache.jena.geosparql.implementation.vocabulary.Geo;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.sarhad.iri.IriMinter;
import org.sarhad.vocab.OA;
import org.sarhad.vocab.PROV;
import org.sarhad.vocab.Prefixes;
import org.sarhad.vocab.SARHAD;

/**
 * The link graph of one article, a pure function of its mapped graph, the reference data and the gazetteer: for each
 * incident its place link (gazetteer feature, score, rule, candidates), the border the text puts it on, for a
 * crossing the states it went between, the claims of the article about it, and the index keys under which the event
 * linker finds it.
 */
final class ArticleLinker {
    private final IriMinter iris;
    private final ReferenceView ref;
    private final PlaceResolver places;
    private final BorderFinder borders;
    private final GazetteerIndex gazetteer;

    ArticleLinker(IriMinter iris, ReferenceView ref, GazetteerIndex gazetteer) {
        this.iris = iris;
        this.ref = ref;
        this.places = new PlaceResolver(gazetteer);
        this.borders = new BorderFinder(ref);
        this.gazetteer = gazetteer;
    }

    Model link(Model article) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.standard());
        Resource art = article.listSubjectsWithProperty(SARHAD.articleId).nextOptional().orElse(null);
        if (art == null) {
            return m;
        }
        String text = art.hasProperty(SARHAD.text) ? art.getProperty(SARHAD.text).getString() : "";
        Statement published = art.getProperty(SchemaDO.datePublished);
        List<IncidentView> incidents = IncidentView.all(article, ref);
        Map<String, Set<String>> areas = new HashMap<>();
        Map<String, String> divisions = new HashMap<>();
        Set<String> articleArea = new TreeSet<>();
        Map<String, Optional<BorderFinder.Found>> found = new HashMap<>();
        incidents.forEach(i -> found.put(i.iri(), borders.find(i, text)));
        for (IncidentView i : incidents) {
            Resource r = m.createResource(i.iri());
            Optional<BorderFinder.Found> border = found.get(i.iri())
                    .or(() -> BorderFinder.sameRaid(i, incidents, found));
            border.ifPresent(b -> addBorder(m, r, i, b));
            Set<String> neighbours = border.map(b -> b.border().states()).orElse(Set.of());
            places.resolve(new PlaceResolver.Query(i.country(), neighbours, i.admin1(), i.admin2(), i.location(),
                    i.place() == null ? null : ref.geonamesId(i.place()), withinIds(article, i.place())))
                    .ifPresent(p -> {
                        addPlace(m, r, p);
                        divisions.put(i.iri(), gazetteer.admin1Of(p.target()));
                    });
            Set<String> area = new TreeSet<>(neighbours);
            if (i.country() != null) {
                area.add(i.country());
            }
            areas.put(i.iri(), area);
            articleArea.addAll(area);
        }
        for (IncidentView i : incidents) {
            Resource r = m.createResource(i.iri());
            // an incident the text places nowhere is taken to lie in the area of the article's other incidents
            List<String> states = List.copyOf(areas.get(i.iri()).isEmpty() ? articleArea : areas.get(i.iri()));
            LinkKeys.stored(states, divisions.get(i.iri()), i.date(), published == null ? null : published.getString())
                    .forEach(k -> r.addProperty(SARHAD.linkKey, k));
            claims(article, i, incidents.size() == 1).forEach(c -> r.addProperty(SARHAD.incidentClaim, c));
            r.addProperty(PROV.wasDerivedFrom, art);
        }
        return m;
    }

    /**
     * The GeoNames ids of the divisions a place lies in, nearest first: for a minted place, the division the article
     * graph puts it in, then up the reference data.
     */
    private List<String> withinIds(Model article, String place) {
        List<String> ids = new ArrayList<>();
        if (place == null) {
            return ids;
        }
        Resource up = article.createResource(place).getPropertyResourceValue(SARHAD.locatedIn);
        List<String> chain = new ArrayList<>(ref.regionsOf(place));
        if (up != null) {
            ref.regionsOf(up.getURI()).stream().filter(r -> !chain.contains(r)).forEach(chain::add);
        }
        chain.remove(place);
        for (String r : chain) {
            String id = ref.geonamesId(r);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private void addBorder(Model m, Resource r, IncidentView i, BorderFinder.Found b) {
        Resource border = m.createResource(b.border().iri());
        r.addProperty(SARHAD.onBorder, border);
        decision(m, r, "border-link", SARHAD.BorderLink, b.score(), b.rule()).addProperty(SARHAD.linkTarget, border);
        if ("border-crossing".equals(i.type()) && i.crossedFrom() == null && i.crossedInto() == null
                && i.country() != null && b.border().other(i.country()) != null) {
            r.addProperty(SARHAD.crossedInto, m.createResource(ref.countryIri(i.country())));
            r.addProperty(SARHAD.crossedFrom, m.createResource(ref.countryIri(b.border().other(i.country()))));
        }
    }

    private void addPlace(Model m, Resource r, PlaceMatch p) {
        Resource d = decision(m, r, "place-link", SARHAD.PlaceLink, p.score(), p.rule());
        d.addProperty(SARHAD.placeName, p.name());
        d.addLiteral(SARHAD.candidateCount, m.createTypedLiteral(Integer.toString(p.candidates()),
                XSDDatatype.XSDinteger));
        if (p.runnerUp() != null) {
            d.addProperty(SARHAD.runnerUp, m.createResource(p.runnerUp()));
        }
        if (!p.linked()) {
            return;
        }
        Resource target = m.createResource(p.target());
        d.addProperty(SARHAD.linkTarget, target);
        if (p.point() != null && p.point().hasPoint() && !p.point().iri().equals(p.target())) {
            // a division named alone: its seat's point stands for it
            Resource g = m.createResource(iris.part(p.target(), "geometry"));
            target.addProperty(Geo.HAS_GEOMETRY_PROP, g);
            g.addProperty(RDF.type, Geo.GEOMETRY_RES);
            g.addLiteral(Geo.AS_WKT_PROP, m.createTypedLiteral("POINT(" + p.point().lon() + " " + p.point().lat() + ")",
                    WKTDatatype.INSTANCE));
            g.addProperty(PROV.wasDerivedFrom, m.createResource(p.point().iri()));
        }
    }

    private Resource decision(Model m, Resource incident, String part, Resource type, double score, String rule) {
        Resource d = m.createResource(iris.part(incident.getURI(), part));
        d.addProperty(RDF.type, type);
        d.addProperty(SARHAD.linkSubject, incident);
        d.addLiteral(SARHAD.linkScore, m.createTypedLiteral(LinkKeys.decimal(score), XSDDatatype.XSDdecimal));
        d.addProperty(SARHAD.linkRule, rule);
        return d;
    }

    /** Claims whose quote lies in one of the incident's sentences; every claim when the article has one incident. */
    private static List<Resource> claims(Model article, IncidentView i, boolean only) {
        List<Resource> out = new ArrayList<>();
        article.listSubjectsWithProperty(SARHAD.quote).forEachRemaining(c -> {
            if (only) {
                out.add(c);
                return;
            }
            c.listProperties(SARHAD.evidence).forEachRemaining(e -> {
                Resource ev = e.getResource();
                if (ev.hasProperty(OA.start) && ev.hasProperty(OA.end) && !out.contains(c)
                        && i.overlaps(ev.getProperty(OA.start).getInt(), ev.getProperty(OA.end).getInt())) {
                    out.add(c);
                }
            });
        });
        out.sort(java.util.Comparator.comparing(Resource::getURI));
        return out;
    }
}
