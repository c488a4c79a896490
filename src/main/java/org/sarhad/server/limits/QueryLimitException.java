package org.sarhad.server.limits;

import org.apache.jena.query.QueryDeniedException;

/**
 * A query went past an evaluation bound. Not an expression error, so no FILTER or BIND swallows it; Fuseki answers
 * a denied query with 422 and this message.
 */
public final class QueryLimitException extends QueryDeniedException {
    QueryLimitException(String message) {
        super(message);
    }
}
