package org.sarhad.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** The decoded rest of a raw request path after a route prefix, or empty when the path is not under it. */
final class RequestPath {
    private RequestPath() {
    }

    static Optional<String> after(String rawPath, String prefix) {
        String path;
        try {
            path = new URI(rawPath).getPath();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return path != null && path.startsWith(prefix) ? Optional.of(path.substring(prefix.length())) : Optional.empty();
    }
}
