package org.sarhad.article;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code .txt} article: optional {@code key: value} front-matter lines (id, url, outlet, published, title),
 * a blank line, then the text. Without front matter the whole file is the text. Without an id the id is derived
 * from the url, or else is the file name.
 */
public final class TextArticleReader implements ArticleReader {
    private static final Set<String> KEYS = Set.of("id", "url", "outlet", "published", "title");
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z]+):[ \\t]*(.*)$");

    @Override
    public void read(Path file, Consumer<ArticleResult> sink) throws IOException {
        String origin = file.toString();
        long size = Files.size(file);
        if (size > ArticleFields.MAX_TEXT_CHARS * 4L) {
            sink.accept(ArticleResult.failed(origin, "file of " + size + " bytes is over the size cap"));
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        String s;
        try {
            s = Utf8.decode(bytes, bytes.length).replace("\r\n", "\n");
        } catch (CharacterCodingException e) {
            sink.accept(ArticleResult.failed(origin, "not valid UTF-8"));
            return;
        }
        Map<String, String> fields = new HashMap<>();
        String text = frontMatter(s, fields);
        if (!fields.containsKey("id") && !fields.containsKey("url")) {
            String name = file.getFileName().toString();
            fields.put("id", name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name);
        }
        try {
            sink.accept(ArticleResult.ok(ArticleFields.build(fields.get("id"), fields.get("url"), fields.get("outlet"),
                    fields.get("published"), fields.get("title"), text, origin)));
        } catch (ArticleFields.InputProblem e) {
            sink.accept(ArticleResult.failed(origin, e.getMessage()));
        }
    }

    /** Fills {@code fields} from leading {@code key: value} lines if they end in a blank line; returns the text. */
    static String frontMatter(String s, Map<String, String> fields) {
        int pos = 0;
        Map<String, String> found = new HashMap<>();
        while (pos < s.length()) {
            int nl = s.indexOf('\n', pos);
            String line = nl < 0 ? s.substring(pos) : s.substring(pos, nl);
            if (line.isBlank()) {
                if (found.isEmpty()) {
                    return s;
                }
                fields.putAll(found);
                return nl < 0 ? "" : s.substring(nl + 1);
            }
            Matcher m = FIELD.matcher(line);
            if (!m.matches() || !KEYS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                return s;
            }
            found.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
            if (nl < 0) {
                return s;
            }
            pos = nl + 1;
        }
        return s;
    }
}
