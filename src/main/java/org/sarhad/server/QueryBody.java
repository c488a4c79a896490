package org.sarhad.server;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.fuseki.servlets.ServletOps;

/**
 * A query sent as the request body, which the SPARQL 1.1 Protocol requires in UTF-8. Decoding leniently turned
 * other bytes into U+FFFD and ran a query the client did not write (W3C protocol test {@code bad_query_non_utf8}):
 * a body declared in another charset answers 415, bytes that are not UTF-8 answer 400.
 */
final class QueryBody {
    private QueryBody() {
    }

    /** The body as text, or a 415 / 400 (thrown) naming what is wrong. */
    static String decode(byte[] body, String contentType) {
        String charset = charset(contentType);
        if (charset != null && !charset.equals("utf-8") && !charset.equals("utf8")) {
            ServletOps.error(415, "Queries are UTF-8 (SPARQL 1.1 Protocol), not " + charset + ".");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            ServletOps.errorBadRequest("The query is not valid UTF-8 (SPARQL 1.1 Protocol).");
            return null;
        }
    }

    /** The charset parameter of a Content-Type, lower case and unquoted; null when there is none. */
    static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("charset=")) {
                return p.substring("charset=".length()).replace("\"", "").strip();
            }
        }
        return null;
    }
}
