package org.sarhad.article;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.sarhad.iri.IriMinter;

/** Turns the raw fields of any input format into a checked {@link Article}; shared by all readers. */
final class ArticleFields {
    /** Largest article text accepted, in characters; longer texts are rejected, not truncated. */
    static final int MAX_TEXT_CHARS = 500_000;

    private ArticleFields() {
    }

    /** @throws InputProblem naming what is wrong */
    static Article build(String id, String url, String outlet, String published, String title, String text,
            String origin) {
        if (text == null) {
            throw new InputProblem("missing \"text\"");
        }
        if (text.isBlank()) {
            throw new InputProblem("empty \"text\"");
        }
        if (text.length() > MAX_TEXT_CHARS) {
            throw new InputProblem("text has " + text.length() + " characters, over the cap of " + MAX_TEXT_CHARS);
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new InputProblem("text contains a NUL character");
        }
        if (looksLikeHtml(text)) {
            throw new InputProblem("text looks like HTML markup; give the article as plain text");
        }
        String articleId = blankToNull(id);
        if (articleId == null) {
            String u = blankToNull(url);
            if (u == null) {
                throw new InputProblem("neither \"id\" nor \"url\" given");
            }
            articleId = IriMinter.slug(u.replaceFirst("^[a-zA-Z]+://", "").replaceFirst("^www\\.", ""));
        }
        String cleanUrl = blankToNull(url);
        if (cleanUrl != null && !cleanUrl.matches("https?://[^\\s<>\"{}|\\\\^`]+")) {
            throw new InputProblem("\"url\" is not an absolute http(s) URL without spaces: " + cleanUrl);
        }
        return new Article(articleId.strip(), cleanUrl, blankToNull(outlet), parseDate(published),
                blankToNull(title), text, origin);
    }

    private static LocalDate parseDate(String published) {
        String p = blankToNull(published);
        if (p == null || p.equalsIgnoreCase("null")) {
            return null;
        }
        try {
            return LocalDate.parse(p);
        } catch (DateTimeParseException e) {
            throw new InputProblem("\"published\" must be YYYY-MM-DD or null, got \"" + p + "\"");
        }
    }

    private static boolean looksLikeHtml(String text) {
        String head = text.length() > 4000 ? text.substring(0, 4000) : text;
        String lower = head.toLowerCase(Locale.ROOT);
        int tags = 0;
        for (String tag : new String[] {"<html", "<body", "<div", "<script", "<p>", "<span", "<head", "<br"}) {
            if (lower.contains(tag)) {
                tags++;
            }
        }
        return tags >= 2 || lower.contains("<script") || lower.contains("<!doctype html");
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Something wrong with one input unit; the message says what, the caller adds where. */
    static final class InputProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InputProblem(String message) {
            super(message);
        }
    }
}
