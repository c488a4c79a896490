package org.sarhad.mapping;

import java.util.regex.Pattern;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.sarhad.extract.Dictionary;
import org.sarhad.extract.DictionaryEntry;
import org.sarhad.extract.EntityKind;
import org.sarhad.extract.Mention;
import org.sarhad.iri.IriMinter;
import org.sarhad.vocab.PROV;
import org.sarhad.vocab.SARHAD;

/**
 * Turns mentions, country codes and outlet names into resources: reference entities by their IRI, anything
 * else minted (by name) into the article graph with a guessed class, a label and its provenance.
 */
final class EntityLinker {
    private static final Map<String, Resource> ACTOR_CLASSES = classes(SARHAD.Actor, SARHAD.State,
            SARHAD.GovernmentAgency, SARHAD.SecurityForce, SARHAD.ArmedGroup, SARHAD.InternationalOrganisation,
            SARHAD.MediaOutlet, SARHAD.Person, SARHAD.GenericActor);
    private static final Map<String, Resource> PLACE_CLASSES = classes(SARHAD.Place, SARHAD.Country,
            SARHAD.AdministrativeRegion, SARHAD.District, SARHAD.Locality, SARHAD.BorderPost, SARHAD.BorderCrossing);

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final IriMinter iris;
    private final Map<String, String> countries = new HashMap<>();
    private final Map<String, String> outlets = new HashMap<>();
    private final Set<String> known = new HashSet<>();
    private final Map<String, String> placesByName = new HashMap<>();

    EntityLinker(IriMinter iris, Dictionary dictionary) {
        this.iris = iris;
        for (DictionaryEntry e : dictionary.entries()) {
            known.add(e.iri());
            if ("Country".equals(e.type()) && e.countryCode() != null) {
                countries.put(e.countryCode().toUpperCase(Locale.ROOT), e.iri());
            }
            if (e.kind() == EntityKind.PLACE) {
                placesByName.putIfAbsent(key(e.label()), e.iri());
                e.aliases().forEach(a -> placesByName.putIfAbsent(key(a), e.iri()));
            }
            if ("MediaOutlet".equals(e.type()) || e.kind() == EntityKind.OUTLET) {
                outlets.put(key(e.label()), e.iri());
                e.aliases().forEach(a -> outlets.put(key(a), e.iri()));
            }
        }
    }

    /** The resource a mention names; unknown entities get their minimal description added to {@code m}. */
    Resource resolve(Model m, Mention mention, Resource article) {
        if (mention.linked()) {
            return m.createResource(mention.entityRef());
        }
        boolean place = mention.kind() == EntityKind.PLACE;
        Map<String, Resource> allowed = place ? PLACE_CLASSES : ACTOR_CLASSES;
        Resource type = mention.type() != null && allowed.containsKey(mention.type()) ? allowed.get(mention.type())
                : place ? SARHAD.Place : mention.kind() == EntityKind.OUTLET ? SARHAD.MediaOutlet : SARHAD.Actor;
        String label = mention.label() != null && !mention.label().isBlank() ? mention.label() : mention.text();
        Resource r = m.createResource(iris.entity(mention.kind().iriKind(), label));
        // a name the dictionary missed can still mint the IRI of a reference entity: that entity is described already
        return known.contains(r.getURI()) ? r : describeMinted(m, r, type, label, article);
    }

    /** A reference place called {@code name} (label or alias, spelling-tolerant), or null. */
    Resource knownPlace(Model m, String name) {
        String iri = name == null ? null : placesByName.get(key(name));
        return iri == null ? null : m.createResource(iri);
    }

    /** Whether the resource is one this linker minted into the article graph (not reference data). */
    boolean minted(Resource r) {
        return !known.contains(r.getURI());
    }

    Resource country(Model m, String isoCode, Resource article) {
        String code = isoCode.toUpperCase(Locale.ROOT);
        String known = countries.get(code);
        if (known != null) {
            return m.createResource(known);
        }
        Resource r = m.createResource(iris.entity("place", "country " + code));
        r.addProperty(SARHAD.countryCode, code);
        return describeMinted(m, r, SARHAD.Country, code, article);
    }

    Resource outlet(Model m, String name, Resource article) {
        String known = outlets.get(key(name));
        if (known != null) {
            return m.createResource(known);
        }
        return describeMinted(m, m.createResource(iris.entity("actor", name)), SARHAD.MediaOutlet, name, article);
    }

    private static Resource describeMinted(Model m, Resource r, Resource type, String label, Resource article) {
        if (!m.contains(r, RDF.type)) {
            r.addProperty(RDF.type, type);
            r.addProperty(SKOS.prefLabel, Literals.en(canonicalLabel(label)));
        }
        r.addProperty(PROV.wasDerivedFrom, article);
        return r;
    }

    private static Map<String, Resource> classes(Resource... types) {
        Map<String, Resource> map = new HashMap<>();
        for (Resource t : types) {
            map.put(t.getLocalName(), t);
        }
        return Map.copyOf(map);
    }

    /**
     * Articles that mint the same entity (same IRI) must give it the same label, or the union graph would hold two
     * English preferred labels: spellings that differ only in case of the first letter, spacing or apostrophes
     * (which the IRI slug ignores too) get one form.
     */
    static String canonicalLabel(String label) {
        String s = Normalizer.normalize(label, Normalizer.Form.NFC).replace('\u2019', '\'');
        s = SPACES.matcher(s).replaceAll(" ").strip();
        return s.isEmpty() ? s : s.substring(0, s.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT)
                + s.substring(s.offsetByCodePoints(0, 1));
    }

    private static String key(String s) {
        return NOT_LETTER_OR_DIGIT.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
