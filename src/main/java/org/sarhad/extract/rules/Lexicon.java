package org.sarhad.extract.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.sarhad.extract.Stance;
import org.sarhad.extract.doc.Sentence;
import org.sarhad.extract.doc.Token;
import org.sarhad.vocab.OntologyResources;

/**
 * The extraction lexicon ({@code ontology/lexicon.ttl} with the taxonomies): reporting-verb lemmas by stance, and cue
 * lemmas by cue concept. Read once; immutable. Rules ask it by concept, so adding a word is a data change.
 */
public final class Lexicon {
    static final String RESOURCE = "ontology/lexicon.ttl";
    private static final String CUE_NS = "https://w3id.org/sarhad/lexicon/cue/";

    private static final String TYPE_NS = "https://w3id.org/sarhad/taxonomy/incident-type/";

    private final Map<String, Stance> reporting;
    private final Map<String, Set<String>> cues;
    private final Map<String, List<LemmaPhrase>> phrases;
    private final List<String> precedence;

    private Lexicon(Map<String, Stance> reporting, Map<String, Set<String>> cues,
            Map<String, List<LemmaPhrase>> phrases, List<String> precedence) {
        this.reporting = Map.copyOf(reporting);
        this.cues = Map.copyOf(cues);
        this.phrases = Map.copyOf(phrases);
        this.precedence = List.copyOf(precedence);
    }

    private static final class Holder {
        static final Lexicon STANDARD = load(RESOURCE);
    }

    /** The lexicon shipped on the classpath. */
    public static Lexicon standard() {
        return Holder.STANDARD;
    }

    static Lexicon load(String resource) {
        Model m = ModelFactory.createDefaultModel();
        OntologyResources.read(m, resource);
        Map<String, Stance> reporting = new HashMap<>();
        Map<String, Set<String>> cues = new HashMap<>();
        Map<String, List<LemmaPhrase>> phrases = new HashMap<>();
        m.listStatements(null, SKOS.hiddenLabel, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(st -> {
            String lemma = st.getString().toLowerCase(Locale.ROOT);
            Resource concept = st.getSubject();
            Stance stance = Stance.ofIri(concept.getURI());
            if (stance != null) {
                Stance before = reporting.put(lemma, stance);
                if (before != null && before != stance) {
                    throw new IllegalStateException("lexicon gives '" + lemma + "' two stances: " + before + ", " + stance);
                }
                return;
            }
            String key = key(concept.getURI());
            if (key == null) {
                throw new IllegalStateException("lexicon label '" + lemma + "' on " + concept + ", which is neither a stance,"
                        + " an incident type nor a cue");
            }
            if (key.startsWith(CUE_PREFIX)) {
                cues.computeIfAbsent(key.substring(CUE_PREFIX.length()), k -> new java.util.HashSet<>()).add(lemma);
            }
            phrases.computeIfAbsent(key, k -> new ArrayList<>()).add(LemmaPhrase.parse(lemma));
        });
        cues.replaceAll((k, v) -> Set.copyOf(v));
        phrases.replaceAll((k, v) -> {
            v.sort(java.util.Comparator.comparing(LemmaPhrase::source));
            return List.copyOf(v);
        });
        return new Lexicon(reporting, cues, phrases, precedence(m));
    }

    private static final String CUE_PREFIX = "cue:";

    /** "cue:killing" for a cue concept, the notation for an incident-type concept, else null. */
    private static String key(String iri) {
        if (iri.startsWith(CUE_NS)) {
            return CUE_PREFIX + iri.substring(CUE_NS.length());
        }
        return iri.startsWith(TYPE_NS) ? iri.substring(TYPE_NS.length()) : null;
    }

    /** The trigger precedence list (keys as above), from the ordered collection cue:trigger-precedence. */
    private static List<String> precedence(Model m) {
        Resource list = m.createResource(CUE_NS + "trigger-precedence");
        var st = list.getProperty(SKOS.memberList);
        if (st == null) {
            throw new IllegalStateException("lexicon has no cue:trigger-precedence member list");
        }
        List<String> out = new ArrayList<>();
        for (org.apache.jena.rdf.model.RDFNode n : st.getObject().as(org.apache.jena.rdf.model.RDFList.class).asJavaList()) {
            out.add(key(n.asResource().getURI()));
        }
        return out;
    }

    /** The phrases of an incident type (by notation) or of a cue ("cue:killing"), in a stable order. */
    public List<LemmaPhrase> phrases(String key) {
        return phrases.getOrDefault(key, List.of());
    }

    /** Position of a trigger kind (incident-type notation or "cue:killing") in the precedence list; -1 if absent. */
    public int precedence(String key) {
        return precedence.indexOf(key);
    }

    /** The stance a reporting verb gives, or null when the lemma reports nothing. */
    public Stance reportingStance(String lemma) {
        return reporting.get(lemma);
    }

    /** Whether {@code lemma} is listed under the cue concept with notation {@code cue}. */
    public boolean is(String cue, String lemma) {
        Set<String> words = cues.get(cue);
        if (words == null) {
            throw new IllegalArgumentException("no cue concept '" + cue + "' in the lexicon");
        }
        return words.contains(lemma);
    }

    /** The words listed under the cue concept with notation {@code cue}, longest first (for alternations). */
    public List<String> words(String cue) {
        Set<String> words = cues.get(cue);
        if (words == null) {
            throw new IllegalArgumentException("no cue concept '" + cue + "' in the lexicon");
        }
        return words.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()
                .thenComparing(java.util.Comparator.naturalOrder())).toList();
    }

    /** Whether token {@code i} has a dependent by one of {@code relations} that is a negation cue ("did not say"). */
    public boolean negated(Sentence s, int i, String... relations) {
        for (String rel : relations) {
            for (Token c : s.children(i, rel)) {
                // "never officially confirmed": the negation may modify the adverb beside the verb
                if (is("negation", c.lemma()) || s.children(c.index(), "advmod").stream()
                        .anyMatch(g -> is("negation", g.lemma()))) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean hasCue(String cue) {
        return cues.containsKey(cue);
    }
}
