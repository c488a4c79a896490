package org.sarhad.article;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** Reads the article fields of one JSON object. */
final class JsonFields {
    private JsonFields() {
    }

    static Article toArticle(JsonObject o, String origin) {
        return ArticleFields.build(string(o, "id"), string(o, "url"), string(o, "outlet"), string(o, "published"),
                string(o, "title"), string(o, "text"), origin);
    }

    private static String string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isString()) {
            return v.getAsString().value();
        }
        if (v.isNumber() && key.equals("id")) {
            return v.getAsNumber().value().toString();
        }
        throw new ArticleFields.InputProblem("\"" + key + "\" must be a string");
    }
}
