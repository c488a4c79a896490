package org.sarhad.pipeline;

/** An article that cannot be stored, with the reason in words; nothing of it is stored. */
public class ArticleRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String articleId;
    private final String origin;

    public ArticleRejectedException(String articleId, String origin, String reason, Throwable cause) {
        super(reason, cause);
        this.articleId = articleId;
        this.origin = origin;
    }

    public String articleId() {
        return articleId;
    }

    public String origin() {
        return origin;
    }
}
