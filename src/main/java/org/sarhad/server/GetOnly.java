package org.sarhad.server;

import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.ActionProcessor;
import org.apache.jena.fuseki.servlets.HttpAction;

/** A read-only page: GET and HEAD answer, every other method gets 405 (the body is drained first). */
interface GetOnly extends ActionProcessor {
    @Override
    default void execHead(HttpAction action) {
        execGet(action);
    }

    @Override
    default void execAny(String method, HttpAction action) {
        ActionLib.consumeBody(action);
        action.setResponseHeader("Allow", "GET, HEAD");
        action.setResponseStatus(405);
        action.setResponseContentLength(0);
    }
}
