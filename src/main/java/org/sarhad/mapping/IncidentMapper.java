package org.sarhad.mapping;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.sarhad.article.Article;
import org.sarhad.extract.Incident;
import org.sarhad.extract.IncidentPlace;
import org.sarhad.extract.Participant;
import org.sarhad.extract.SeizedItem;
import org.sarhad.extract.Span;
import org.sarhad.iri.IriMinter;
import org.sarhad.vocab.PROV;
import org.sarhad.vocab.SARHAD;
import org.sarhad.vocab.Taxonomy;

/** Maps the incidents of one article: type, date at its precision, place, participants, toll, materiel. */
final class IncidentMapper {
    private final IriMinter iris;
    private final EntityLinker linker;
    private final Article a;
    private final Resource article;

    IncidentMapper(IriMinter iris, EntityLinker linker, Article a, Resource article) {
        this.iris = iris;
        this.linker = linker;
        this.a = a;
        this.article = article;
    }

    void map(Model m, Incident i) {
        Resource r = m.createResource(iris.inArticle("incident", a.id(), i.key()));
        r.addProperty(RDF.type, SARHAD.Incident);
        r.addProperty(SARHAD.incidentType, Taxonomy.incidentType(i.type()));
        mapDate(r, i);
        String where = mapPlace(m, r, i.place());
        r.addProperty(RDFS.label, i.type().replace('-', ' ') + ", "
                + (i.date().known() ? i.date().value() : "date unknown") + (where != null ? ", " + where : ""));
        int n = 0;
        for (Participant p : i.participants()) {
            Resource part = m.createResource(iris.part(r.getURI(), "p" + (++n)));
            part.addProperty(RDF.type, SARHAD.Participation);
            part.addProperty(SARHAD.participant, linker.resolve(m, p.actor(), article));
            part.addProperty(SARHAD.role, Taxonomy.role(p.role()));
            part.addProperty(SARHAD.nameInText, p.actor().text());
            r.addProperty(SARHAD.participation, part);
        }
        if (i.fatalities() != null) {
            r.addLiteral(SARHAD.fatalities, m.createTypedLiteral(i.fatalities().toString(), XSDDatatype.XSDinteger));
        }
        n = 0;
        for (SeizedItem s : i.seized()) {
            Resource item = m.createResource(iris.part(r.getURI(), "item" + (++n)));
            item.addProperty(RDF.type, SARHAD.SeizedItem);
            item.addProperty(SARHAD.itemLabel, s.item());
            if (s.quantity() != null) {
                item.addLiteral(SARHAD.quantity, m.createTypedLiteral(Literals.canonicalDecimal(s.quantity()),
                        XSDDatatype.XSDdecimal));
            }
            r.addProperty(SARHAD.seized, item);
        }
        if (i.intent() != null) {
            r.addProperty(SARHAD.intent, i.intent());
        }
        if (i.crossedFrom() != null) {
            r.addProperty(SARHAD.crossedFrom, linker.country(m, i.crossedFrom(), article));
        }
        if (i.crossedInto() != null) {
            r.addProperty(SARHAD.crossedInto, linker.country(m, i.crossedInto(), article));
        }
        if (i.precededBy() != null) {
            r.addProperty(SARHAD.precededBy, m.createResource(iris.inArticle("incident", a.id(), i.precededBy())));
        }
        r.addProperty(PROV.wasDerivedFrom, article);
        n = 0;
        for (Span s : i.evidence()) {
            r.addProperty(SARHAD.evidence,
                    ReadingMapper.Evidence.add(m, iris.part(r.getURI(), "evidence" + (++n)), article, s, a.text()));
        }
        r.addProperty(SARHAD.extractionRule, i.rule());
    }

    private void mapDate(Resource r, Incident i) {
        if (i.date().known()) {
            r.addProperty(SARHAD.date, Literals.date(i.date()));
            r.addProperty(SARHAD.datePrecision, Taxonomy.datePrecision(i.date().precision().notation()));
        } else {
            r.addLiteral(SARHAD.dateUnknown, true);
        }
        if (i.date().text() != null) {
            r.addProperty(SARHAD.dateText, i.date().text());
        }
    }

    /**
     * A place the reference data lacks (a village, a post) keeps the text's name and no invented id, but is put in
     * the nearest division the text names and the reference data knows, so maps and gazetteer joins still work.
     */
    private void locateMinted(Model m, Resource place, IncidentPlace p) {
        if (!linker.minted(place)) {
            return;
        }
        for (String division : new String[] {p.admin2(), p.admin1()}) {
            Resource known = linker.knownPlace(m, division);
            if (known != null && !known.equals(place)) {
                place.addProperty(SARHAD.locatedIn, known);
                return;
            }
        }
        if (p.countryCode() != null) {
            place.addProperty(SARHAD.locatedIn, linker.country(m, p.countryCode(), article));
        }
    }

    /** @return a short name of the place for the label, or null */
    private String mapPlace(Model m, Resource r, IncidentPlace p) {
        if (p.countryCode() != null) {
            r.addProperty(SARHAD.country, linker.country(m, p.countryCode(), article));
        }
        if (p.admin1() != null) {
            r.addProperty(SARHAD.admin1Text, p.admin1());
        }
        if (p.admin2() != null) {
            r.addProperty(SARHAD.admin2Text, p.admin2());
        }
        if (p.location() != null) {
            r.addProperty(SARHAD.locationText, p.location());
        }
        String precision = p.location() != null ? "location" : p.admin2() != null ? "admin2"
                : p.admin1() != null ? "admin1" : p.countryCode() != null ? "country" : "unknown";
        r.addProperty(SARHAD.placePrecision, Taxonomy.placePrecision(precision));
        if (p.place() != null) {
            Resource place = linker.resolve(m, p.place(), article);
            r.addProperty(SARHAD.place, place);
            locateMinted(m, place, p);
        } else if (p.countryCode() != null) {
            r.addProperty(SARHAD.place, linker.country(m, p.countryCode(), article));
        }
        return p.location() != null ? p.location() : p.admin2() != null ? p.admin2()
                : p.admin1() != null ? p.admin1() : p.countryCode();
    }
}
