package org.sarhad.article;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;

/**
 * One article per line, streamed: memory stays bounded by the longest line, so a 100k-line file is fine.
 * Each line is decoded as strict UTF-8 on its own, so one bad line does not spoil the others.
 */
public final class JsonLinesArticleReader implements ArticleReader {
    /** Longest line accepted, in bytes (UTF-8 may take up to 4 bytes a character, plus JSON escapes). */
    static final int MAX_LINE_BYTES = ArticleFields.MAX_TEXT_CHARS * 4 + 65_536;

    @Override
    public void read(Path file, Consumer<ArticleResult> sink) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
            int lineNo = 0;
            boolean overflow = false;
            int b;
            while (true) {
                b = in.read();
                if (b == '\n' || b == -1) {
                    lineNo++;
                    if (overflow) {
                        sink.accept(ArticleResult.failed(file + ":" + lineNo,
                                "line longer than " + MAX_LINE_BYTES + " bytes"));
                    } else if (line.size() > 0) {
                        sink.accept(parseLine(line.toByteArray(), file + ":" + lineNo));
                    }
                    line.reset();
                    overflow = false;
                    if (b == -1) {
                        return;
                    }
                } else if (!overflow) {
                    line.write(b);
                    if (line.size() > MAX_LINE_BYTES) {
                        overflow = true;
                        line.reset();
                    }
                }
            }
        }
    }

    static ArticleResult parseLine(byte[] bytes, String origin) {
        String s;
        try {
            s = Utf8.decode(bytes, bytes.length);
        } catch (CharacterCodingException e) {
            return ArticleResult.failed(origin, "not valid UTF-8");
        }
        if (s.isBlank()) {
            return ArticleResult.failed(origin, "blank line");
        }
        try {
            JsonDepth.check(s);
            JsonValue v = JSON.parseAny(s);
            if (!v.isObject()) {
                return ArticleResult.failed(origin, "expected a JSON object");
            }
            return ArticleResult.ok(JsonFields.toArticle(v.getAsObject(), origin));
        } catch (JsonParseException e) {
            return ArticleResult.failed(origin, "malformed JSON at " + JsonProblem.describe(e, false));
        } catch (ArticleFields.InputProblem e) {
            return ArticleResult.failed(origin, e.getMessage());
        }
    }

    static String firstLine(String m) {
        if (m == null) {
            return "parse error";
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
