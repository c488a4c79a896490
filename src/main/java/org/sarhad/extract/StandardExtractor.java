package org.sarhad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sarhad.article.Article;
import org.sarhad.extract.doc.Annotator;
import org.sarhad.extract.doc.Document;
import org.sarhad.extract.rules.ClaimFinder;
import org.sarhad.extract.rules.ClaimRuleEngine;
import org.sarhad.extract.rules.Lexicon;
import org.sarhad.extract.rules.Frame;
import org.sarhad.extract.rules.FrameReader;
import org.sarhad.extract.rules.IncidentReader;
import org.sarhad.extract.rules.LocativePlaces;
import org.sarhad.extract.rules.Name;
import org.sarhad.extract.rules.NameFinder;
import org.sarhad.extract.rules.SentenceSplitter;

/**
 * The rule-based extractor: sentences, dictionary and pattern names, clause frames, incidents merged per real-world
 * event, and claims from reported speech. Thread-safe; build once per dictionary.
 */
public final class StandardExtractor implements Extractor {
    private final Dictionary dictionary;
    private final NameFinder names;
    private final Annotator annotator = Annotator.coreNlp();
    private final ClaimRuleEngine claimRules = ClaimRuleEngine.standard();
    private final LocativePlaces locativePlaces = LocativePlaces.standard();

    private StandardExtractor(Dictionary dictionary) {
        this.dictionary = dictionary;
        this.names = NameFinder.of(dictionary);
    }

    public static StandardExtractor create(Dictionary dictionary) {
        return new StandardExtractor(Objects.requireNonNull(dictionary, "dictionary"));
    }

    /** Sentences with a killing word are parsed too: the victims and their numbers are read off the parse. */
    private static boolean reportsDeath(List<org.sarhad.extract.doc.Token> tokens) {
        Lexicon lexicon = Lexicon.standard();
        return tokens.stream().anyMatch(t -> lexicon.is("killing", t.lemma()));
    }

    @Override
    public Reading extract(Article article) {
        Objects.requireNonNull(article, "article");
        String text = article.text();
        List<Span> sentences = SentenceSplitter.split(text);
        Document document = annotator.annotate(text, sentences,
                s -> ClaimFinder.furniture(text, s, article.title()), t -> claimRules.mayFire(t) || reportsDeath(t)
                        || !t.isEmpty() && ClaimFinder.opensQuotation(text, new Span(t.get(0).span().start(),
                                t.get(t.size() - 1).span().end())));
        List<Name> found = locativePlaces.addTo(document, names.find(text));
        List<Frame> frames = FrameReader.read(document, found, article.published(), article.title());
        List<Incident> incidents = new IncidentReader(dictionary, document, found).read(frames);
        List<Claim> claims = new ClaimFinder(article, document, found, claimRules, Lexicon.standard(), dictionary).find();
        List<Mention> mentions = new ArrayList<>();
        found.forEach(n -> mentions.add(n.mention()));
        return new Reading(article, sentences, mentions, incidents, claims);
    }
}
