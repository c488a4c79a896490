package org.sarhad.server;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sarhad.iri.IriMinter;

/**
 * {@code /id/{kind}/{slug}[/{part}...]} or the same under {@code /doc/}, split into its parts; only canonical slugs
 * are accepted. Parts name nodes that hang off an entity (participations, seized items, evidence, geometries,
 * border sections), as {@link IriMinter#part} mints them.
 */
record EntityPath(String kind, String slug, List<String> parts) {
    static Optional<EntityPath> parse(String rawPath, String prefix) {
        Optional<String> rest = RequestPath.after(rawPath, prefix);
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        String[] segments = rest.get().split("/", -1);
        if (segments.length < 2 || !segments[0].matches("[a-z][a-z-]*")) {
            return Optional.empty();
        }
        List<String> slugs = Arrays.asList(segments).subList(1, segments.length);
        if (slugs.stream().anyMatch(s -> s.isEmpty() || !IriMinter.slug(s).equals(s))) {
            return Optional.empty();
        }
        return Optional.of(new EntityPath(segments[0], slugs.get(0), List.copyOf(slugs.subList(1, slugs.size()))));
    }

    boolean isPart() {
        return !parts.isEmpty();
    }

    String iri(IriMinter iris) {
        String iri = iris.entity(kind, slug);
        for (String part : parts) {
            iri = iris.part(iri, part);
        }
        return iri;
    }
}
