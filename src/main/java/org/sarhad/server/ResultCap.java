package org.sarhad.server;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * The row cap of public queries. SELECT, CONSTRUCT and DESCRIBE get at most {@code rows} solutions; a capped SELECT
 * asks for one row more, so the server knows before the first byte is sent whether the answer was cut, which a
 * header must say up front. At most cap + 1 rows are held.
 */
record ResultCap(int rows) {
    /** Response header naming the cap when a SELECT's rows were cut at it. */
    static final String HEADER = "Sarhad-Result-Truncated";

    boolean applies(Query query) {
        return !query.isAskType() && !(query.hasLimit() && query.getLimit() <= rows);
    }

    Query apply(Query query) {
        if (!applies(query)) {
            return query;
        }
        Query copy = query.cloneQuery();
        copy.setLimit(rows + (query.isSelectType() ? 1L : 0L));
        return copy;
    }

    /** The capped SELECT's rows, with the header set when they were cut. */
    QueryExecResult select(HttpAction action, QueryExec exec) {
        RowSet source = exec.select();
        List<Binding> read = new ArrayList<>();
        while (read.size() <= rows && source.hasNext()) {
            read.add(source.next());
        }
        boolean truncated = read.size() > rows;
        if (truncated) {
            action.setResponseHeader(HEADER, String.valueOf(rows));
        }
        List<Binding> kept = truncated ? read.subList(0, rows) : read;
        return new Capped(RowSetStream.create(source.getResultVars(), kept.iterator()), truncated);
    }

    static boolean truncated(QueryExecResult result) {
        return result instanceof Capped c && c.truncated;
    }

    private static final class Capped extends QueryExecResult {
        private final boolean truncated;

        Capped(RowSet rows, boolean truncated) {
            super(rows);
            this.truncated = truncated;
        }
    }
}
