package org.sarhad.article;

import java.util.Objects;

/** One input unit: either an article, or the reason the input at {@code origin} could not be read as one. */
public record ArticleResult(Article article, String origin, String error) {
    public ArticleResult {
        Objects.requireNonNull(origin, "origin");
        if ((article == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of article and error");
        }
    }

    public static ArticleResult ok(Article a) {
        return new ArticleResult(a, a.origin(), null);
    }

    public static ArticleResult failed(String origin, String error) {
        return new ArticleResult(null, origin, error);
    }

    public boolean ok() {
        return article != null;
    }
}
