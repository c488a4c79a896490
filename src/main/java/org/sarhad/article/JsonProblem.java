package org.sarhad.article;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JsonParseException;

/**
 * A JSON syntax error in words, with its line and column: Jena's parser says "Not a colon: [KEYWORD:line]", a user
 * needs "line 3, column 10: expected ':' after a key, found line".
 */
final class JsonProblem {
    private static final Pattern TOKEN = Pattern.compile("\\[([A-Z_]+)(?::([^\\]]*))?\\]");
    private static final Pattern POSITION = Pattern.compile("^\\[line: \\d+, col: \\d+ ?\\] *");
    private static final Map<String, String> PROBLEMS = Map.of(
        "Not a colon", "expected ':' after a key",
        "Not a key for a JSON object", "expected a key in double quotes",
        "Unrecognized token", "expected a value",
        "Illegal", "expected a value or the end of an object or array",
        "Broken token", "a string or word is not closed or not valid");
    private static final Map<String, String> SYMBOLS = Map.of("RBRACE", "'}'", "LBRACE", "'{'", "RBRACKET", "']'",
        "LBRACKET", "'['", "COMMA", "','", "COLON", "':'");

    private JsonProblem() {
    }

    /**
     * "line L, column C: what was expected, found what"; without the line for one line of a JSON Lines file, whose
     * line number the caller already gives.
     */
    static String describe(JsonParseException e, boolean withLine) {
        String message = JsonLinesArticleReader.firstLine(e.getMessage());
        message = POSITION.matcher(message).replaceFirst("");
        int colon = message.indexOf(':');
        String kind = colon < 0 ? message : message.substring(0, colon).strip();
        String rest = colon < 0 ? "" : message.substring(colon + 1).strip();
        String problem = PROBLEMS.getOrDefault(kind, kind);
        String found = found(rest);
        String where = e.getLine() <= 0 ? "" : (withLine ? "line " + e.getLine() + ", column " : "column ") + e.getColumn()
            + ": ";
        return where + problem + (found.isEmpty() ? "" : ", found " + found);
    }

    private static String found(String token) {
        if (token.equals("[null]")) {
            return "the end of the text";
        }
        Matcher m = TOKEN.matcher(token);
        if (!m.find()) {
            return token;
        }
        if (m.group(2) != null) {
            return m.group(2);
        }
        return SYMBOLS.getOrDefault(m.group(1), m.group(1).toLowerCase(java.util.Locale.ROOT));
    }
}
