package org.sarhad.gazetteer;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.geosparql.implementation.datatype.WKTDatatype;
import org.apache.jena.geosparql.implementation.vocabulary.Geo;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.sarhad.iri.IriMinter;
import org.sarhad.vocab.SARHAD;

/** Turns one GeoNames row into triples; IRIs come from the minter ({@code id/geoname/{id}}, {@code id/admin-region/{code}}). */
final class GeoNamesRows {
    static final int GEONAME_COLUMNS = 19;
    static final int ADMIN1_COLUMNS = 4;

    private final IriMinter iris;
    private final Model model;

    GeoNamesRows(IriMinter iris, Model model) {
        this.iris = iris;
        this.model = model;
    }

    /** geonameid, name, asciiname, alternatenames, lat, lon, class, code, country, cc2, admin1..4, population, ... */
    void geoname(String[] c) {
        String id = c[0];
        Resource place = model.createResource(iris.entity("geoname", id))
            .addProperty(RDF.type, "P".equals(c[6]) ? SARHAD.Locality : SARHAD.Place)
            .addProperty(SKOS.prefLabel, c[1])
            .addProperty(SARHAD.geonamesId, id)
            .addProperty(SKOS.exactMatch, GeoNamesTerms.geonamesIri(id))
            .addProperty(GeoNamesTerms.featureClass, GeoNamesTerms.featureClass(c[6]))
            .addProperty(GeoNamesTerms.featureCode, GeoNamesTerms.featureCode(c[6], c[7]))
            .addProperty(SARHAD.countryCode, c[8]);
        for (String alt : altLabels(c[1], c[2], c[3])) {
            place.addProperty(SKOS.altLabel, alt);
        }
        if (!c[14].isBlank()) {
            place.addLiteral(SARHAD.population, model.createTypedLiteral(c[14], XSDDatatype.XSDinteger));
        }
        if (!c[10].isBlank()) {
            String code = c[8] + "." + c[10];
            place.addProperty(SARHAD.admin1Code, code)
                .addProperty(SARHAD.locatedIn, model.createResource(iris.entity("admin-region", code)));
        }
        Resource geometry = model.createResource(iris.part(place.getURI(), "geometry"))
            .addProperty(RDF.type, Geo.GEOMETRY_RES)
            .addLiteral(Geo.AS_WKT_PROP, model.createTypedLiteral(
                "POINT(" + Double.parseDouble(c[5]) + " " + Double.parseDouble(c[4]) + ")", WKTDatatype.INSTANCE));
        place.addProperty(Geo.HAS_GEOMETRY_PROP, geometry);
    }

    /** code (CC.admin1), name, asciiname, geonameid. */
    void admin1(String[] c) {
        String code = c[0];
        Resource region = model.createResource(iris.entity("admin-region", code))
            .addProperty(RDF.type, SARHAD.AdministrativeRegion)
            .addProperty(SKOS.prefLabel, c[1])
            .addProperty(SARHAD.admin1Code, code)
            .addProperty(SARHAD.countryCode, code.substring(0, code.indexOf('.') < 0 ? code.length() : code.indexOf('.')));
        if (!c[2].equals(c[1])) {
            region.addProperty(SKOS.altLabel, c[2]);
        }
        if (c[3].matches("\\d+")) {
            region.addProperty(SARHAD.geonamesId, c[3]).addProperty(SKOS.exactMatch, GeoNamesTerms.geonamesIri(c[3]));
        }
    }

    private static Set<String> altLabels(String name, String ascii, String alternates) {
        Set<String> alts = new LinkedHashSet<>();
        alts.add(ascii);
        for (String a : alternates.split(",")) {
            alts.add(a.strip());
        }
        alts.remove(name);
        alts.remove("");
        return alts;
    }
}
