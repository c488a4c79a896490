package org.sarhad.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.sarhad.iri.IriMinter;

/** {@code /id/{kind}/{slug}} or {@code /doc/{kind}/{slug}} split into its parts; only canonical slugs are accepted. */
record EntityPath(String kind, String slug) {
    static Optional<EntityPath> parse(String rawPath, String prefix) {
        String path;
        try {
            path = new URI(rawPath).getPath();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (path == null || !path.startsWith(prefix)) {
            return Optional.empty();
        }
        String[] parts = path.substring(prefix.length()).split("/", -1);
        if (parts.length != 2 || !parts[0].matches("[a-z][a-z-]*") || parts[1].isEmpty()
            || !IriMinter.slug(parts[1]).equals(parts[1])) {
            return Optional.empty();
        }
        return Optional.of(new EntityPath(parts[0], parts[1]));
    }

    String iri(IriMinter iris) {
        return iris.entity(kind, slug);
    }
}
