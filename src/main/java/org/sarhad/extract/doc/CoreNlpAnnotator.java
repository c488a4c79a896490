package org.sarhad.extract.doc;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.sarhad.extract.Span;

/**
 * Stanford CoreNLP 4.5: tokenize, pos and lemma on each sentence span the project's splitter found (one sentence
 * each), then the neural dependency parser (UD, enhanced++) on the sentences chosen for parsing. Both models are
 * loaded once and shared by all threads; CoreNLP's annotators are safe for concurrent {@code annotate} calls.
 */
final class CoreNlpAnnotator implements Annotator {
    private static final String POS_MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    private static final String DEP_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private final StanfordCoreNLP tagger;
    private final DependencyParseAnnotator parser;

    private CoreNlpAnnotator() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        p.setProperty("ssplit.isOneSentence", "true");
        p.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
        p.setProperty("pos.model", POS_MODEL);
        tagger = new StanfordCoreNLP(p, false);
        Properties d = new Properties();
        d.setProperty("model", DEP_MODEL);
        parser = new DependencyParseAnnotator(d);
    }

    private static final class Holder {
        static final CoreNlpAnnotator INSTANCE = new CoreNlpAnnotator();
    }

    static CoreNlpAnnotator shared() {
        return Holder.INSTANCE;
    }

    @Override
    public Document annotate(String text, List<Span> spans, Predicate<Span> furniture, Predicate<List<Token>> parse) {
        List<Sentence> out = new ArrayList<>(spans.size());
        for (Span span : spans) {
            Annotation a = new Annotation(span.of(text));
            tagger.annotate(a);
            List<CoreMap> parts = a.get(CoreAnnotations.SentencesAnnotation.class);
            if (parts == null || parts.isEmpty()) {
                out.add(new Sentence(out.size(), span, List.of(), List.of(), furniture.test(span)));
                continue;
            }
            List<Token> tokens = tokens(parts.get(0), span.start());
            boolean furnished = furniture.test(span);
            List<Edge> edges = List.of();
            if (!furnished && !tokens.isEmpty() && parse.test(tokens)) {
                edges = parse(a, parts.get(0));
            }
            out.add(new Sentence(out.size(), span, tokens, edges, furnished));
        }
        return new Document(text, out);
    }

    /**
     * Parses the sentence with its short parenthetical asides left out, then hangs each aside on the word before it
     * as an appositive: the parser reads "Islamic State (IS) group militants attacked" as one subject only without
     * the "(IS)", and acronyms, clock times and counts in brackets are common in news text.
     */
    private List<Edge> parse(Annotation whole, CoreMap sentence) {
        List<CoreLabel> all = sentence.get(CoreAnnotations.TokensAnnotation.class);
        int[] aside = Asides.find(all.stream().map(CoreLabel::word).toList());
        if (java.util.Arrays.stream(aside).allMatch(x -> x < 0)) {
            parser.annotate(whole); // most sentences have no aside: parse them as tagged, with no copy
            return edges(sentence);
        }
        List<CoreLabel> kept = new ArrayList<>();
        List<Integer> original = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (aside[i] < 0) {
                CoreLabel copy = new CoreLabel(all.get(i));
                copy.setIndex(kept.size() + 1);
                kept.add(copy);
                original.add(i);
            }
        }
        CoreMap shortened = new ArrayCoreMap();
        shortened.set(CoreAnnotations.TokensAnnotation.class, kept);
        shortened.set(CoreAnnotations.TextAnnotation.class, sentence.get(CoreAnnotations.TextAnnotation.class));
        Annotation a = new Annotation(sentence.get(CoreAnnotations.TextAnnotation.class));
        a.set(CoreAnnotations.TokensAnnotation.class, kept);
        a.set(CoreAnnotations.SentencesAnnotation.class, List.of(shortened));
        parser.annotate(a);
        List<Edge> out = new ArrayList<>();
        for (Edge e : edges(shortened)) {
            out.add(new Edge(e.head() < 0 ? -1 : original.get(e.head()), original.get(e.dependent()), e.relation()));
        }
        return Asides.attach(out, aside);
    }

    private static List<Token> tokens(CoreMap sentence, int offset) {
        List<Token> out = new ArrayList<>();
        for (CoreLabel l : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
            Span s = new Span(offset + l.beginPosition(), offset + l.endPosition());
            out.add(new Token(out.size(), l.originalText(), s, l.tag(), l.lemma() == null ? l.word() : l.lemma()));
        }
        return out;
    }

    private static List<Edge> edges(CoreMap sentence) {
        SemanticGraph g = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (g == null) {
            return List.of();
        }
        List<Edge> out = new ArrayList<>();
        SemanticGraph basic = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        // the basic tree first, then its root, then the enhanced++ additions: a token's first edge is its tree parent
        SemanticGraph tree = basic == null ? g : basic;
        add(out, tree);
        for (IndexedWord root : tree.getRoots()) {
            out.add(new Edge(-1, root.index() - 1, "root"));
        }
        if (tree != g) {
            add(out, g);
        }
        return out;
    }

    private static void add(List<Edge> out, SemanticGraph graph) {
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            Edge edge = new Edge(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString());
            if (!out.contains(edge)) {
                out.add(edge);
            }
        }
    }
}
