package org.sarhad.server;

import java.util.Optional;
import org.sarhad.iri.IriMinter;

/**
 * The graph names the store mints ({@code /graph/article/{slug}}, {@code /graph/reference}, {@code /graph/ontology},
 * {@code /graph/gazetteer}) as request paths: the IRI a path names, or empty when it names none.
 */
final class GraphNames {
    private GraphNames() {
    }

    static Optional<String> iri(String rawPath, String prefix, IriMinter iris) {
        Optional<String> rest = RequestPath.after(rawPath, prefix);
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        String[] s = rest.get().split("/", -1);
        if (s.length == 2 && !s[1].isEmpty() && IriMinter.slug(s[1]).equals(s[1])) {
            return switch (s[0]) {
                case "article" -> Optional.of(iris.articleGraph(s[1]));
                case "links" -> Optional.of(iris.linkGraph(s[1]));
                case "event" -> Optional.of(iris.eventGraph(s[1]));
                default -> Optional.empty();
            };
        }
        if (s.length != 1) {
            return Optional.empty();
        }
        return switch (s[0]) {
            case "reference" -> Optional.of(iris.referenceGraph());
            case "ontology" -> Optional.of(iris.ontologyGraph());
            case "gazetteer" -> Optional.of(iris.gazetteerGraph());
            default -> Optional.empty();
        };
    }
}
