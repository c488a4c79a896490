package org.sarhad.extract;

import java.util.List;
import org.sarhad.article.Article;

/** What the extractor read in one article: plain data, no RDF. */
public record Reading(Article article, List<Span> sentences, List<Mention> mentions, List<Incident> incidents,
        List<Claim> claims) {
    public Reading {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        incidents = List.copyOf(incidents);
        claims = List.copyOf(claims);
    }
}
