package org.sarhad.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.servlets.HttpAction;

/**
 * {@code /assets/...}: the browser files packaged in the jar under {@code web/} (the editor and map scripts, the
 * npm packages copied in at build time, the Natural Earth outlines). Nothing is fetched from elsewhere at run time.
 * Read once and kept: a few megabytes in all.
 */
final class AssetAction implements GetOnly {
    static final String PREFIX = "/assets/";
    /** No "..", no backslash, no encoded characters: a path can only name a file under web/. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9@_-]+(?:\\.[A-Za-z0-9_-]+)*(?:/[A-Za-z0-9@_-]+"
        + "(?:\\.[A-Za-z0-9_-]+)*)*");
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript", "css", "text/css",
        "json", "application/json", "png", "image/png", "svg", "image/svg+xml", "txt", "text/plain");
    private final Map<String, Optional<byte[]>> files = new ConcurrentHashMap<>();

    @Override
    public void execGet(HttpAction action) {
        String path = action.getRequestRequestURI().substring(PREFIX.length());
        String ext = path.substring(path.lastIndexOf('.') + 1);
        String type = TYPES.get(ext);
        byte[] body = SAFE.matcher(path).matches() && type != null
            ? files.computeIfAbsent(path, AssetAction::read).orElse(null) : null;
        if (body == null) {
            Responses.error(404, "No such asset: " + action.getRequestRequestURI());
        }
        Responses.send(action, type, body);
    }

    private static Optional<byte[]> read(String path) {
        try (InputStream in = AssetAction.class.getClassLoader().getResourceAsStream("web/" + path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
