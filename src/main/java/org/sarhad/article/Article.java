package org.sarhad.article;

import java.text.Normalizer;
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
 *
 * Text fields are normalised to Unicode NFC here, once, so a name typed in NFC or NFD gives the same IRI, the same
 * labels and the same offsets into the stored text.
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
        id = nfc(id);
        url = nfc(url);
        outlet = nfc(outlet);
        title = nfc(title);
        text = nfc(text);
    }

    private static String nfc(String s) {
        return s == null || Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
