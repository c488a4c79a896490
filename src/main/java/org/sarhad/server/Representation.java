package org.sarhad.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A response body exactly as sent, with its strong ETag, made once so that a cached answer costs no copying or
 * hashing per request (a dereference re-encoded its page and hashed it on every request: over a third of what the
 * light mix allocated).
 */
record Representation(String mediaType, byte[] body, String etag) {
    static Representation of(String mediaType, byte[] body) {
        return new Representation(mediaType, body, "\"" + sha256(mediaType, body) + "\"");
    }

    static Representation of(String mediaType, String body) {
        return of(mediaType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(String mediaType, byte[] body) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(mediaType.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(body)).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
