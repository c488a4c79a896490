package org.sarhad.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleReadersTest {
    private static final Path BAD = Path.of("src/test/resources/bad-input");

    private static List<ArticleResult> read(Path p) {
        List<ArticleResult> out = new ArrayList<>();
        ArticleSources.read(List.of(p), out::add);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "malformed.json, malformed JSON at line 2, column",
        "empty-text.json, empty \"text\"",
        "missing-text.json, missing \"text\"",
        "html-soup.json, looks like HTML",
        "bad-date.json, \"published\" must be YYYY-MM-DD",
        "iri-with-spaces.json, without spaces",
        "invalid-utf8.txt, not valid UTF-8"})
    void bad_input_is_rejected_with_file_and_reason(String file, String reason) {
        List<ArticleResult> results = read(BAD.resolve(file));
        assertEquals(1, results.size());
        ArticleResult r = results.get(0);
        assertTrue(!r.ok(), "should be rejected");
        assertTrue(r.origin().endsWith(file), "origin names the file: " + r.origin());
        assertTrue(r.error().contains(reason), "reason '" + reason + "' in: " + r.error());
    }

    @Test
    void jsonl_reports_each_bad_line_and_keeps_the_good_ones() {
        List<ArticleResult> results = read(BAD.resolve("mixed-batch.jsonl"));
        assertEquals(6, results.size());
        assertEquals(List.of("good-1", "good-2"),
                results.stream().filter(ArticleResult::ok).map(r -> r.article().id()).toList());
        List<String> bad = results.stream().filter(r -> !r.ok()).map(r -> r.origin() + " " + r.error()).toList();
        assertTrue(bad.get(0).contains("mixed-batch.jsonl:2 not valid UTF-8"), bad.get(0));
        assertTrue(bad.get(1).contains("mixed-batch.jsonl:3 malformed JSON at column 10: expected ':' after a key, found json"),
                bad.get(1));
        assertTrue(bad.get(2).contains("mixed-batch.jsonl:5 expected a JSON object"), bad.get(2));
        assertTrue(bad.get(3).contains("mixed-batch.jsonl:6 empty \"text\""), bad.get(3));
        Article good = results.get(0).article();
        assertEquals(LocalDate.of(2024, 3, 4), good.published());
        assertEquals("https://example.org/news/1", good.url());
        assertNull(results.get(3).article().published());
    }

    @Test
    void text_over_the_cap_is_rejected_not_truncated(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("huge.jsonl");
        String text = "Guards clashed. ".repeat(ArticleFields.MAX_TEXT_CHARS / 16 + 10);
        Files.writeString(f, "{\"id\":\"huge\",\"text\":\"" + text + "\"}\n{\"id\":\"small\",\"text\":\"Guards clashed.\"}\n");
        List<ArticleResult> results = read(f);
        assertEquals(2, results.size());
        assertTrue(results.get(0).error().contains("over the cap"), results.get(0).error());
        assertEquals("small", results.get(1).article().id());
    }

    @Test
    void txt_front_matter_gives_the_fields(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("story.txt");
        Files.writeString(f, "url: https://example.org/s\noutlet: Test Wire\npublished: 2023-09-06\ntitle: T\n\n"
                + "Body: first line.\nSecond line.", StandardCharsets.UTF_8);
        Article a = read(f).get(0).article();
        assertEquals("example-org-s", a.id(), "no id: derived from the url, as for JSON");
        assertEquals("Test Wire", a.outlet());
        assertEquals(LocalDate.of(2023, 9, 6), a.published());
        assertEquals("Body: first line.\nSecond line.", a.text());
    }

    @Test
    void txt_without_front_matter_is_all_text(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("plain.txt");
        Files.writeString(f, "Note: this is the first sentence.\n\nAnd more.", StandardCharsets.UTF_8);
        Article a = read(f).get(0).article();
        assertEquals("Note: this is the first sentence.\n\nAnd more.", a.text());
        assertNull(a.outlet());
    }

    @Test
    void id_is_derived_from_the_url_when_absent(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.json");
        Files.writeString(f, "{\"url\":\"https://www.example.org/news/2023/guards-clash\",\"text\":\"Guards clashed.\"}");
        assertEquals("example-org-news-2023-guards-clash", read(f).get(0).article().id());
    }

    @Test
    void folders_are_read_in_name_order_and_unknown_files_skipped(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.json"), "{\"id\":\"b\",\"text\":\"Guards clashed.\"}");
        Files.writeString(dir.resolve("a.json"), "[{\"id\":\"a1\",\"text\":\"x y\"},{\"id\":\"a2\",\"text\":\"z\"}]");
        Files.writeString(dir.resolve("notes.md"), "not an article");
        assertEquals(List.of("a1", "a2", "b"), read(dir).stream().map(r -> r.article().id()).toList());
    }

    @Test
    void missing_path_is_reported() {
        ArticleResult r = read(Path.of("no/such/file.json")).get(0);
        assertTrue(r.error().contains("no such file"), r.error());
    }
}
