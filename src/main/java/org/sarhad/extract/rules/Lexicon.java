package org.sarhad.extract.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.SKOS;
import org.sarhad.extract.Stance;

/**
 * The extraction lexicon ({@code ontology/lexicon.ttl} with the taxonomies): reporting-verb lemmas by stance, and cue
 * lemmas by cue concept. Read once; immutable. Rules ask it by concept, so adding a word is a data change.
 */
public final class Lexicon {
    static final String RESOURCE = "ontology/lexicon.ttl";
    private static final String CUE_NS = "https://w3id.org/sarhad/lexicon/cue/";

    private final Map<String, Stance> reporting;
    private final Map<String, Set<String>> cues;

    private Lexicon(Map<String, Stance> reporting, Map<String, Set<String>> cues) {
        this.reporting = Map.copyOf(reporting);
        this.cues = Map.copyOf(cues);
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
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon not on the classpath: " + resource);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
        Map<String, Stance> reporting = new HashMap<>();
        Map<String, Set<String>> cues = new HashMap<>();
        m.listStatements(null, SKOS.hiddenLabel, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(st -> {
            String lemma = st.getString().toLowerCase(Locale.ROOT);
            Resource concept = st.getSubject();
            Stance stance = Stance.ofIri(concept.getURI());
            if (stance != null) {
                Stance before = reporting.put(lemma, stance);
                if (before != null && before != stance) {
                    throw new IllegalStateException("lexicon gives '" + lemma + "' two stances: " + before + ", " + stance);
                }
            } else if (concept.getURI().startsWith(CUE_NS)) {
                cues.computeIfAbsent(concept.getURI().substring(CUE_NS.length()), k -> new java.util.HashSet<>())
                        .add(lemma);
            }
        });
        cues.replaceAll((k, v) -> Set.copyOf(v));
        return new Lexicon(reporting, cues);
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

    boolean hasCue(String cue) {
        return cues.containsKey(cue);
    }
}
