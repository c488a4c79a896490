package org.sarhad.vocab;

import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Concepts of the Sarhad SKOS taxonomies, addressed by scheme and {@code skos:notation}. */
public final class Taxonomy {
    private static final Pattern NOTATION = Pattern.compile("[a-z][a-z0-9-]*");

    private Taxonomy() {
    }

    public static Resource incidentType(String notation) {
        return concept("incident-type", notation);
    }

    public static Resource stance(String notation) {
        return concept("stance", notation);
    }

    public static Resource role(String notation) {
        return concept("role", notation);
    }

    public static Resource datePrecision(String notation) {
        return concept("date-precision", notation);
    }

    public static Resource placePrecision(String notation) {
        return concept("place-precision", notation);
    }

    private static Resource concept(String scheme, String notation) {
        if (notation == null || !NOTATION.matcher(notation).matches()) {
            throw new IllegalArgumentException("bad " + scheme + " notation: " + notation);
        }
        return ResourceFactory.createResource(SARHAD.TAXONOMY + scheme + "/" + notation);
    }
}
