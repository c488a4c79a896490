package org.sarhad.reference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.sarhad.extract.Dictionary;
import org.sarhad.extract.DictionaryEntry;
import org.sarhad.extract.EntityKind;
import org.sarhad.vocab.SARHAD;

/** Reads actors, outlets and places out of a reference model into the extractor's plain dictionary. */
final class DictionaryBuilder {
    private static final Map<Resource, EntityKind> KINDS = Map.ofEntries(
            Map.entry(SARHAD.MediaOutlet, EntityKind.OUTLET),
            Map.entry(SARHAD.State, EntityKind.ACTOR), Map.entry(SARHAD.GovernmentAgency, EntityKind.ACTOR),
            Map.entry(SARHAD.SecurityForce, EntityKind.ACTOR), Map.entry(SARHAD.ArmedGroup, EntityKind.ACTOR),
            Map.entry(SARHAD.InternationalOrganisation, EntityKind.ACTOR), Map.entry(SARHAD.Person, EntityKind.ACTOR),
            Map.entry(SARHAD.GenericActor, EntityKind.ACTOR), Map.entry(SARHAD.Actor, EntityKind.ACTOR),
            Map.entry(SARHAD.Country, EntityKind.PLACE), Map.entry(SARHAD.AdministrativeRegion, EntityKind.PLACE),
            Map.entry(SARHAD.District, EntityKind.PLACE), Map.entry(SARHAD.Locality, EntityKind.PLACE),
            Map.entry(SARHAD.BorderPost, EntityKind.PLACE), Map.entry(SARHAD.BorderCrossing, EntityKind.PLACE),
            Map.entry(SARHAD.Place, EntityKind.PLACE));
    private static final Set<Resource> GENERAL = Set.of(SARHAD.Actor, SARHAD.Place);
    private static final int MAX_CHAIN = 10;

    private DictionaryBuilder() {
    }

    static Dictionary build(Model model) {
        List<DictionaryEntry> entries = new ArrayList<>();
        for (Resource subject : model.listSubjectsWithProperty(SKOS.prefLabel).toList()) {
            Resource type = mostSpecificType(subject);
            if (type != null && subject.isURIResource()) {
                entries.add(entry(subject, type));
            }
        }
        return Dictionary.of(entries);
    }

    private static DictionaryEntry entry(Resource subject, Resource type) {
        EntityKind kind = KINDS.get(type);
        List<String> aliases = new ArrayList<>(labels(subject, SKOS.altLabel));
        aliases.addAll(labels(subject, SKOS.hiddenLabel));
        String label = labels(subject, SKOS.prefLabel).get(0);
        Resource parent = kind == EntityKind.PLACE ? object(subject, SARHAD.locatedIn)
                : object(subject, SARHAD.affiliatedWith);
        return new DictionaryEntry(subject.getURI(), kind, type.getLocalName(), label, aliases,
                countryCode(subject), parent == null || !parent.isURIResource() ? null : parent.getURI());
    }

    private static Resource mostSpecificType(Resource subject) {
        Resource fallback = null;
        for (Statement s : subject.listProperties(RDF.type).toList()) {
            RDFNode o = s.getObject();
            if (o.isResource() && KINDS.containsKey(o.asResource())) {
                if (!GENERAL.contains(o.asResource())) {
                    return o.asResource();
                }
                fallback = o.asResource();
            }
        }
        return fallback;
    }

    /** Follows sarhad:country / sarhad:locatedIn until a place carrying sarhad:countryCode. */
    private static String countryCode(Resource start) {
        Set<Resource> seen = new HashSet<>();
        Resource at = start;
        for (int i = 0; at != null && i < MAX_CHAIN && seen.add(at); i++) {
            Statement code = at.getProperty(SARHAD.countryCode);
            if (code != null) {
                return code.getString();
            }
            Resource next = object(at, SARHAD.country);
            at = next != null ? next : object(at, SARHAD.locatedIn);
        }
        return null;
    }

    private static Resource object(Resource subject, Property p) {
        Statement s = subject.getProperty(p);
        return s != null && s.getObject().isResource() ? s.getObject().asResource() : null;
    }

    private static List<String> labels(Resource subject, Property p) {
        List<String> out = new ArrayList<>();
        for (Statement s : subject.listProperties(p).toList()) {
            if (s.getObject().isLiteral()) {
                out.add(s.getString());
            }
        }
        return out;
    }
}
