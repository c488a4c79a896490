package org.sarhad.server;

import org.apache.jena.irix.IRIx;
import org.sarhad.iri.IriMinter;

/** Server resources (endpoint, VoID dataset) as IRIs resolved against the base, never concatenated. */
final class Links {
    private Links() {
    }

    static String resolve(IriMinter iris, String relative) {
        return IRIx.create(iris.base()).resolve(relative).str();
    }

    static String sparqlEndpoint(IriMinter iris) {
        return resolve(iris, Routes.SPARQL.substring(1));
    }
}
