package org.sarhad.extract.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.sarhad.extract.Stance;
import org.sarhad.vocab.OntologyResources;

/** Reads claim rules from Turtle ({@code extract/claim-rules.ttl}); fails fast on a rule it cannot use. */
public final class ClaimRules {
    static final String RESOURCE = "extract/claim-rules.ttl";
    private static final String NS = "https://w3id.org/sarhad/extract/rule#";

    private ClaimRules() {
    }

    private static final class Holder {
        static final List<ClaimRule> STANDARD = load(RESOURCE, Lexicon.standard());
    }

    public static List<ClaimRule> standard() {
        return Holder.STANDARD;
    }

    static List<ClaimRule> load(String resource, Lexicon lexicon) {
        Model m = ModelFactory.createDefaultModel();
        OntologyResources.read(m, resource);
        return read(m, lexicon);
    }

    static List<ClaimRule> read(Model m, Lexicon lexicon) {
        List<ClaimRule> rules = new ArrayList<>();
        m.listSubjectsWithProperty(RDF.type, m.createResource(NS + "ClaimRule")).forEachRemaining(r -> {
            String id = r.getURI().substring(NS.length());
            String trigger = required(r, "trigger", id);
            if (!trigger.equals(ClaimRule.REPORTING_VERB) && !lexicon.hasCue(trigger)) {
                throw new IllegalStateException("claim rule " + id + ": trigger '" + trigger
                        + "' is neither reporting-verb nor a cue of the lexicon");
            }
            List<String> cut = new ArrayList<>();
            r.listProperties(p(m, "cut")).forEachRemaining(s -> cut.add(s.getString()));
            Set<Stance> stances = new HashSet<>();
            r.listProperties(p(m, "stances")).forEachRemaining(s -> stances.add(stance(s.getObject(), id)));
            RDFNode fixed = value(r, "stance");
            String requires = optional(r, "requires", null);
            String shape = optional(r, "shape", "tree");
            boolean inverted = shape.equals(ClaimRule.INVERTED) || shape.equals(ClaimRule.FORWARD);
            if (!inverted && !shape.equals("tree")) {
                throw new IllegalStateException("claim rule " + id + ": unknown rule:shape '" + shape + "'");
            }
            rules.add(new ClaimRule(id, Integer.parseInt(required(r, "order", id)), trigger,
                    optional(r, "triggerTag", ""), requires == null ? null : DependencyPath.parse(requires),
                    inverted ? null : DependencyPath.parse(required(r, "claimant", id)),
                    inverted ? null : DependencyPath.parse(required(r, "content", id)),
                    cut, stances, fixed == null ? null : stance(fixed, id),
                    Boolean.parseBoolean(optional(r, "keepClaimant", "false")),
                    Boolean.parseBoolean(optional(r, "refineStance", "true")), shape,
                    Boolean.parseBoolean(optional(r, "continuesAccount", "false"))));
        });
        rules.sort(Comparator.comparingInt(ClaimRule::order).thenComparing(ClaimRule::id));
        if (rules.isEmpty()) {
            throw new IllegalStateException("no claim rules in the rule file");
        }
        return List.copyOf(rules);
    }

    private static Stance stance(RDFNode n, String id) {
        Stance s = n.isURIResource() ? Stance.ofIri(n.asResource().getURI()) : null;
        if (s == null) {
            throw new IllegalStateException("claim rule " + id + ": " + n + " is not a stance concept");
        }
        return s;
    }

    private static Property p(Model m, String local) {
        return m.createProperty(NS + local);
    }

    private static RDFNode value(Resource r, String local) {
        var st = r.getProperty(p(r.getModel(), local));
        return st == null ? null : st.getObject();
    }

    private static String required(Resource r, String local, String id) {
        RDFNode v = value(r, local);
        if (v == null) {
            throw new IllegalStateException("claim rule " + id + " has no rule:" + local);
        }
        return v.asLiteral().getLexicalForm();
    }

    private static String optional(Resource r, String local, String otherwise) {
        RDFNode v = value(r, local);
        return v == null ? otherwise : v.asLiteral().getLexicalForm();
    }
}
