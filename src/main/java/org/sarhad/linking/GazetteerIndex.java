package org.sarhad.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.geosparql.implementation.vocabulary.Geo;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.sarhad.export.WktPoint;
import org.sarhad.gazetteer.GeoNamesTerms;
import org.sarhad.vocab.SARHAD;

/**
 * The gazetteer graph ({@code gazetteer load}) held in memory for name lookups: features and first-level divisions
 * by folded name and by spelling skeleton, and each division's seat. Read-only once built (thread-safe).
 *
 * <pre>
 * GazetteerIndex gaz = GazetteerIndex.of(dataset.getNamedModel(iris.gazetteerGraph()));
 * List&lt;GazetteerIndex.Hit&gt; hits = gaz.features("Darvoz");
 * </pre>
 */
public final class GazetteerIndex {
    /** A name lookup result: the feature and whether the name matched exactly (after folding) or as a variant. */
    record Hit(Feature feature, boolean exact) {
    }

    /** A first-level division: code {@code CC.nn}, label, IRI in the gazetteer graph. */
    record Region(String code, String label, String iri) {
    }

    private final Map<String, List<Feature>> byKey = new HashMap<>();
    private final Map<String, List<Feature>> bySkeleton = new HashMap<>();
    private final Map<String, List<Region>> regionsByKey = new HashMap<>();
    private final Map<String, List<Region>> regionsBySkeleton = new HashMap<>();
    private final Map<String, Feature> seats = new HashMap<>();
    private final Map<String, Feature> byGeonamesId = new HashMap<>();
    private final Map<String, Region> regionsByGeonamesId = new HashMap<>();
    private final Map<String, String> admin1ByIri = new HashMap<>();
    private int size;

    private GazetteerIndex() {
    }

    public static GazetteerIndex empty() {
        return new GazetteerIndex();
    }

    /** Reads the features and divisions of a gazetteer graph. */
    public static GazetteerIndex of(Model gazetteer) {
        GazetteerIndex g = new GazetteerIndex();
        gazetteer.listSubjectsWithProperty(SARHAD.geonamesId).forEachRemaining(s -> {
            if (s.hasProperty(GeoNamesTerms.featureClass)) {
                g.addFeature(s);
            } else if (s.hasProperty(SARHAD.admin1Code)) {
                g.addRegion(s);
            }
        });
        return g;
    }

    public int size() {
        return size;
    }

    private void addFeature(Resource s) {
        String cls = local(s.getPropertyResourceValue(GeoNamesTerms.featureClass));
        String code = local(s.getPropertyResourceValue(GeoNamesTerms.featureCode));
        double[] point = point(s);
        Feature f = new Feature(s.getURI(), str(s, SARHAD.geonamesId), str(s, SKOS.prefLabel), cls,
                code.substring(code.indexOf('.') + 1), str(s, SARHAD.countryCode), strOrNull(s, SARHAD.admin1Code),
                s.hasProperty(SARHAD.population) ? s.getProperty(SARHAD.population).getLong() : 0, point[0], point[1]);
        size++;
        byGeonamesId.put(f.geonamesId(), f);
        if (f.admin1() != null) {
            admin1ByIri.put(f.iri(), f.admin1());
        }
        for (String name : names(s)) {
            String key = PlaceNames.key(name);
            if (!key.isEmpty()) {
                addOnce(byKey, key, f);
                String sk = PlaceNames.skeleton(key);
                if (sk != null) {
                    addOnce(bySkeleton, sk, f);
                }
            }
        }
        if (f.admin1() != null && f.hasPoint() && f.featureCode().startsWith("PPLA") && f.featureCode().length() == 4) {
            seats.merge(f.admin1(), f, (a, b) -> a.population() >= b.population() ? a : b);
        }
    }

    private void addRegion(Resource s) {
        Region r = new Region(str(s, SARHAD.admin1Code), str(s, SKOS.prefLabel), s.getURI());
        regionsByGeonamesId.put(str(s, SARHAD.geonamesId), r);
        admin1ByIri.put(r.iri(), r.code());
        for (String name : names(s)) {
            String key = PlaceNames.key(name);
            if (!key.isEmpty()) {
                addOnce(regionsByKey, key, r);
                String sk = PlaceNames.skeleton(key);
                if (sk != null) {
                    addOnce(regionsBySkeleton, sk, r);
                }
            }
        }
    }

    /** Features whose name or alternate name is {@code name} once folded, or failing that a spelling variant of it. */
    List<Hit> features(String name) {
        String key = PlaceNames.key(name);
        List<Hit> hits = new ArrayList<>();
        byKey.getOrDefault(key, List.of()).forEach(f -> hits.add(new Hit(f, true)));
        String sk = PlaceNames.skeleton(key);
        if (sk != null) {
            bySkeleton.getOrDefault(sk, List.of()).stream().filter(f -> hits.stream().noneMatch(h -> h.feature() == f))
                    .forEach(f -> hits.add(new Hit(f, false)));
        }
        return hits;
    }

    /** The first-level divisions of {@code country} (or any, when null) called {@code name}. */
    List<Region> regions(String name, String country) {
        String key = PlaceNames.key(name);
        List<Region> exact = filter(regionsByKey.getOrDefault(key, List.of()), country);
        if (!exact.isEmpty()) {
            return exact;
        }
        String sk = PlaceNames.skeleton(key);
        return sk == null ? List.of() : filter(regionsBySkeleton.getOrDefault(sk, List.of()), country);
    }

    /** The seat of a first-level division (its most populous PPLA), if known. */
    Optional<Feature> seat(String admin1Code) {
        return Optional.ofNullable(seats.get(admin1Code));
    }

    /** The first-level division code of a feature or division of the gazetteer, or null. */
    String admin1Of(String iri) {
        return iri == null ? null : admin1ByIri.get(iri);
    }

    Optional<Feature> byGeonamesId(String id) {
        return Optional.ofNullable(byGeonamesId.get(id));
    }

    Optional<Region> regionByGeonamesId(String id) {
        return Optional.ofNullable(regionsByGeonamesId.get(id));
    }

    private static List<Region> filter(List<Region> regions, String country) {
        return regions.stream().filter(r -> country == null || r.code().startsWith(country + "."))
                .sorted(Comparator.comparing(Region::code)).toList();
    }

    private static <T> void addOnce(Map<String, List<T>> map, String key, T value) {
        List<T> list = map.computeIfAbsent(key, k -> new ArrayList<>(2));
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    private static List<String> names(Resource s) {
        List<String> names = new ArrayList<>();
        s.listProperties(SKOS.prefLabel).forEachRemaining(st -> names.add(st.getString()));
        s.listProperties(SKOS.altLabel).forEachRemaining(st -> names.add(st.getString()));
        return names;
    }

    private static double[] point(Resource s) {
        Resource geometry = s.getPropertyResourceValue(Geo.HAS_GEOMETRY_PROP);
        Statement wkt = geometry == null ? null : geometry.getProperty(Geo.AS_WKT_PROP);
        return wkt == null ? new double[] {Double.NaN, Double.NaN}
                : WktPoint.parse(wkt.getLiteral().getLexicalForm())
                        .map(p -> new double[] {Double.parseDouble(p.latitude()), Double.parseDouble(p.longitude())})
                        .orElse(new double[] {Double.NaN, Double.NaN});
    }

    private static String local(Resource r) {
        if (r == null) {
            return "";
        }
        String u = r.getURI();
        return u.substring(u.lastIndexOf('#') + 1);
    }

    private static String str(Resource s, org.apache.jena.rdf.model.Property p) {
        String v = strOrNull(s, p);
        return v == null ? "" : v;
    }

    private static String strOrNull(Resource s, org.apache.jena.rdf.model.Property p) {
        Statement st = s.getProperty(p);
        return st == null ? null : st.getString();
    }
}
