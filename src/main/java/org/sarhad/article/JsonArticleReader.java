package org.sarhad.article;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;

/** A {@code .json} file holding one article object, or an array of them. */
public final class JsonArticleReader implements ArticleReader {
    @Override
    public void read(Path file, Consumer<ArticleResult> sink) throws IOException {
        long size = Files.size(file);
        if (size > JsonLinesArticleReader.MAX_LINE_BYTES * 4L) {
            sink.accept(ArticleResult.failed(file.toString(), "file of " + size + " bytes is over the size cap"));
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        String s;
        try {
            s = Utf8.decode(bytes, bytes.length);
        } catch (CharacterCodingException e) {
            sink.accept(ArticleResult.failed(file.toString(), "not valid UTF-8"));
            return;
        }
        JsonValue v;
        try {
            JsonDepth.check(s);
            v = JSON.parseAny(s);
        } catch (JsonParseException e) {
            sink.accept(ArticleResult.failed(file.toString(),
                    "malformed JSON at " + JsonProblem.describe(e, true)));
            return;
        } catch (ArticleFields.InputProblem e) {
            sink.accept(ArticleResult.failed(file.toString(), e.getMessage()));
            return;
        }
        if (v.isObject()) {
            sink.accept(one(v, file.toString()));
        } else if (v.isArray()) {
            JsonArray a = v.getAsArray();
            for (int i = 0; i < a.size(); i++) {
                sink.accept(one(a.get(i), file + "[" + i + "]"));
            }
        } else {
            sink.accept(ArticleResult.failed(file.toString(), "expected a JSON object or an array of objects"));
        }
    }

    private static ArticleResult one(JsonValue v, String origin) {
        if (!v.isObject()) {
            return ArticleResult.failed(origin, "expected a JSON object");
        }
        try {
            return ArticleResult.ok(JsonFields.toArticle(v.getAsObject(), origin));
        } catch (ArticleFields.InputProblem e) {
            return ArticleResult.failed(origin, e.getMessage());
        }
    }
}
