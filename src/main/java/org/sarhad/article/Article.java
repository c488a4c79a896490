package org.sarhad.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from input, before any extraction.
 *
 * @param id        stable identifier: the input {@code id}, or derived from the url when absent
 * @param url       where the article was published (may be null)
 * @param outlet    the outlet's name as given (may be null)
 * @param published publication day, or null when unknown
 * @param title     headline (may be null)
 * @param text      the article text; never blank
 * @param origin    where it was read from, for error messages ({@code file.jsonl:12})
 */
public record Article(String id, String url, String outlet, LocalDate published, String title, String text,
        String origin) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("article " + id + " has no text");
        }
    }
}
