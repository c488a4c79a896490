package org.sarhad.linking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.sarhad.extract.rules.TextFold;
import org.sarhad.vocab.SARHAD;

/**
 * What the linker needs of the reference data, read once: states by code and by name or demonym ("Afghan"),
 * borders by state pair and by name, the border each crossing or post lies on, the borders whose sections lie in
 * a region, and the country of every reference actor and place. Read-only once built.
 */
final class ReferenceView {
    private final Map<String, String> countryIri = new HashMap<>();
    private final Map<String, String> codeOfIri = new HashMap<>();
    private final Map<String, String> stateByName = new HashMap<>();
    private final Map<String, Border> bordersByPair = new HashMap<>();
    private final Map<String, Border> bordersByName = new HashMap<>();
    private final Map<String, Border> bordersByIri = new HashMap<>();
    private final Map<String, Border> placeOnBorder = new HashMap<>();
    private final Map<String, List<Border>> sectionsInRegion = new HashMap<>();
    private final Map<String, String> countryOf = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> geonamesOf = new HashMap<>();
    private final Model model;

    private ReferenceView(Model reference) {
        this.model = reference;
        reference.listResourcesWithProperty(RDF.type, SARHAD.Country).forEachRemaining(c -> {
            Statement code = c.getProperty(SARHAD.countryCode);
            if (code != null && c.isURIResource()) {
                String cc = code.getString().toUpperCase(Locale.ROOT);
                countryIri.put(cc, c.getURI());
                codeOfIri.put(c.getURI(), cc);
                for (Statement s : labels(c)) {
                    stateByName.putIfAbsent(TextFold.key(s.getString()), cc);
                }
            }
        });
        reference.listResourcesWithProperty(RDF.type, SARHAD.Border).forEachRemaining(this::addBorder);
        reference.listSubjectsWithProperty(SARHAD.geonamesId).forEachRemaining(p ->
                geonamesOf.put(p.getURI(), p.getProperty(SARHAD.geonamesId).getString()));
    }

    static ReferenceView of(Model reference) {
        return new ReferenceView(reference);
    }

    private void addBorder(Resource b) {
        Set<String> states = new TreeSet<>();
        b.listProperties(SARHAD.borderOf).forEachRemaining(s -> {
            String cc = codeOfIri.get(s.getResource().getURI());
            if (cc != null) {
                states.add(cc);
            }
        });
        if (states.size() != 2) {
            return;
        }
        Border border = new Border(b.getURI(), b.getProperty(SKOS.prefLabel).getString(), states);
        bordersByPair.put(String.join("-", states), border);
        bordersByIri.put(border.iri(), border);
        for (Statement s : labels(b)) {
            bordersByName.put(TextFold.key(s.getString()), border);
        }
        b.listProperties(SARHAD.hasCrossing).forEachRemaining(s -> placeOnBorder.put(s.getResource().getURI(), border));
        b.listProperties(SARHAD.hasSection).forEachRemaining(s -> {
            Resource region = s.getResource().getPropertyResourceValue(SARHAD.locatedIn);
            if (region != null) {
                sectionsInRegion.computeIfAbsent(region.getURI(), k -> new ArrayList<>()).add(border);
            }
        });
        model.listSubjectsWithProperty(SARHAD.onBorder, b).forEachRemaining(p -> placeOnBorder.put(p.getURI(), border));
    }

    private static List<Statement> labels(Resource r) {
        List<Statement> out = new ArrayList<>(r.listProperties(SKOS.prefLabel).toList());
        out.addAll(r.listProperties(SKOS.altLabel).toList());
        out.addAll(r.listProperties(SKOS.hiddenLabel).toList());
        return out;
    }

    Optional<Border> border(String a, String b) {
        if (a == null || b == null || a.equals(b)) {
            return Optional.empty();
        }
        String key = a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
        return Optional.ofNullable(bordersByPair.get(key));
    }

    Optional<Border> borderByIri(String iri) {
        return Optional.ofNullable(bordersByIri.get(iri));
    }

    /** Borders named in the text ("Tajik-Afghan border", "Durand Line"), folded names as keys. */
    Map<String, Border> borderNames() {
        return bordersByName;
    }

    /** The state a name or demonym denotes ("Afghan", "Tajikistan"), by folded key. */
    Optional<String> stateNamed(String foldedKey) {
        return Optional.ofNullable(stateByName.get(foldedKey));
    }

    Set<String> stateNames() {
        return stateByName.keySet();
    }

    Optional<Border> onBorder(String placeIri) {
        return Optional.ofNullable(placeOnBorder.get(placeIri));
    }

    List<Border> sectionsIn(String regionIri) {
        return sectionsInRegion.getOrDefault(regionIri, List.of());
    }

    String countryIri(String code) {
        return countryIri.get(code);
    }

    String code(String countryIri) {
        return codeOfIri.get(countryIri);
    }

    String geonamesId(String iri) {
        return geonamesOf.get(iri);
    }

    /** The ISO code of the state a reference actor or place belongs to, following sarhad:country or locatedIn. */
    String countryOf(String iri) {
        return countryOf.computeIfAbsent(iri, this::findCountry);
    }

    private String findCountry(String iri) {
        Set<String> seen = new HashSet<>();
        Resource r = model.createResource(iri);
        while (r != null && r.isURIResource() && seen.add(r.getURI())) {
            if (codeOfIri.containsKey(r.getURI())) {
                return codeOfIri.get(r.getURI());
            }
            Resource c = r.getPropertyResourceValue(SARHAD.country);
            if (c != null && codeOfIri.containsKey(c.getURI())) {
                return codeOfIri.get(c.getURI());
            }
            r = r.getPropertyResourceValue(SARHAD.locatedIn);
        }
        return "";
    }

    /** The preferred labels of the reference districts a place lies in (itself, when a district). */
    List<String> districtsOf(String iri) {
        return regionsOf(iri).stream().map(model::createResource).filter(r -> r.hasProperty(RDF.type, SARHAD.District)
                && r.hasProperty(SKOS.prefLabel)).map(r -> r.getProperty(SKOS.prefLabel).getString()).toList();
    }

    /** The regions (reference places) a place lies in, itself first. */
    List<String> regionsOf(String iri) {
        List<String> out = new ArrayList<>();
        Resource r = model.createResource(iri);
        while (r != null && r.isURIResource() && !out.contains(r.getURI())) {
            out.add(r.getURI());
            r = r.getPropertyResourceValue(SARHAD.locatedIn);
        }
        return out;
    }
}
