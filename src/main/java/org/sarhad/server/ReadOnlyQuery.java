package org.sarhad.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.util.Context;
import org.sarhad.federation.FederationException;

/**
 * The SPARQL query operation of the public endpoints: refuses query texts over the size cap (413) and unlisted
 * SERVICE endpoints (403), parses and runs every query under the server's timeout counted from the request's
 * arrival (the client cannot raise it), logs the query shortened, caps result rows, and evaluates with bounded
 * regular expressions and string building, so the timeout also stops a query stuck inside one expression.
 */
final class ReadOnlyQuery extends SPARQL_QueryDataset {
    private final ServerSettings settings;
    private final QueryAdmission admission;
    private final ResultCap cap;

    ReadOnlyQuery(ServerSettings settings) {
        this.settings = settings;
        this.admission = new QueryAdmission(settings.admissionLimits());
        this.cap = new ResultCap(settings.resultCap());
    }

    /**
     * Without a query, GET describes the service (or offers a query form to a browser); an update sent by GET is
     * refused, not answered 200 with the description as if it had been done.
     */
    @Override
    public void execGet(HttpAction action) {
        if (action.getRequestParameter("query") == null) {
            refuseUpdate(action);
            ServiceDescription.send(action, settings);
            return;
        }
        super.execGet(action);
    }

    /** HEAD answers as GET would, headers only (Jetty sends no body for HEAD). */
    @Override
    public void execHead(HttpAction action) {
        if (action.getRequestParameter("query") == null) {
            refuseUpdate(action);
            ServiceDescription.send(action, settings);
            return;
        }
        executeLifecycle(action);
    }

    /** 400 (thrown) for an {@code update} parameter: this endpoint is read-only, and updates are never sent by GET. */
    private static void refuseUpdate(HttpAction action) {
        if (action.getRequestParameter("update") != null) {
            ServletOps.errorBadRequest("SPARQL Update is not accepted: this endpoint is read-only.");
        }
    }

    @Override
    public void validate(HttpAction action) {
        if (!"HEAD".equals(action.getRequestMethod())) {
            super.validate(action);
        }
    }

    @Override
    protected void executeBody(HttpAction action) {
        int max = settings.maxRequestBytes();
        byte[] body;
        try (InputStream in = action.getRequestInputStream()) {
            body = in.readNBytes(max + 1);
            if (body.length > max) {
                // a chunked body over the cap: read a bounded remainder so that the client, still sending, gets the 413
                // instead of a reset connection; one sending more than twice the cap may still see the reset
                drain(in, max);
                action.getResponse().setHeader("Connection", "close");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (body.length > max) {
            ServletOps.error(413, RequestSizeLimit.tooLarge(max));
        }
        execute(QueryBody.decode(body, action.getRequestContentType()), action);
    }

    private static void drain(InputStream in, long limit) throws IOException {
        byte[] sink = new byte[8192];
        long left = limit;
        for (int n; left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0; ) {
            left -= n;
        }
    }

    /** Fuseki's own sequence, with the size check, the shortened log line and the parse under the deadline. */
    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString.length() > settings.maxRequestBytes()) {
            ServletOps.error(413, RequestSizeLimit.tooLarge(settings.maxRequestBytes()));
        }
        if (queryString.isBlank()) {
            ServletOps.errorBadRequest("Empty query string");
        }
        String logged = QueryText.forLog(queryString);
        action.log.info(String.format("[%d] Query = %s", action.id, logged));
        QueryAdmission.Ticket client = admitted(action, admission.client(action.getRequest().getRemoteAddr()),
            "this address already runs its share of queries");
        try {
            Query query = parse(action, queryString);
            QueryAdmission.Ticket slot = admitted(action, admission.slot(QueryCost.isLight(query)),
                "all slots for queries of this kind are busy");
            try {
                run(action, query, logged);
            } finally {
                slot.close();
            }
        } catch (StackOverflowError e) {
            // Parser, algebra, optimizer and evaluator all recurse once per level of nesting (braces, parentheses,
            // a chain of UNIONs or of + without parentheses); the stack is unwound here, nothing is left half done.
            ServletOps.errorBadRequest("Query nested too deeply to evaluate; write it with fewer levels.");
        } finally {
            client.close();
        }
    }

    /** The ticket, or a 503 with Retry-After (thrown) when there was no room. */
    private static QueryAdmission.Ticket admitted(HttpAction action, QueryAdmission.Ticket ticket, String why) {
        if (ticket == null) {
            refuse(action, why);
        }
        return ticket;
    }

    /** 503 with Retry-After, thrown. */
    private static void refuse(HttpAction action, String why) {
        action.setResponseHeader("Retry-After", String.valueOf(QueryAdmission.RETRY_AFTER_SECONDS));
        ServletOps.error(503, "Busy: " + why + "; retry in " + QueryAdmission.RETRY_AFTER_SECONDS + " s.");
    }

    private void run(HttpAction action, Query query, String logged) {
        try {
            action.beginRead();
            Pair<DatasetGraph, Query> p = decideDataset(action, query, logged);
            try (QueryExec exec = createQueryExec(action, p.getRight() == null ? query : p.getRight(), p.getLeft());
                 MemoryGuard.Watch watch = MemoryGuard.watch(exec)) {
                try {
                    QueryExecResult result = executeQuery(action, exec, query, logged);
                    sendResults(action, result, query.getPrologue());
                } catch (QueryCancelledException e) {
                    throw cancelled(action, watch, e);
                } catch (RuntimeException e) {
                    // an abort (the memory guard or the timeout) landing while a sort spills surfaces as that
                    // operator's own error ("SortedDataBag is closed"): it is the cancellation all the same
                    if (watch.cancelled() || System.nanoTime() >= deadline(action)) {
                        throw cancelled(action, watch, new QueryCancelledException());
                    }
                    throw e;
                }
            }
        } catch (QueryParseException e) {
            action.abortSilent();
            ServletOps.errorBadRequest("Query parse error: " + e.getMessage());
        } catch (QueryCancelledException e) {
            action.abortSilent();
            throw e;
        } finally {
            action.endRead();
        }
    }

    /** A cancelled query: refused (503, thrown) when the memory guard stopped it, else the timeout's own error. */
    private QueryCancelledException cancelled(HttpAction action, MemoryGuard.Watch watch, QueryCancelledException e) {
        if (watch.cancelled()) {
            action.abortSilent();
            refuse(action, "the server ran short of memory and cancelled the queries it held; a query"
                + " that groups, sorts or joins fewer rows may succeed");
        }
        return e;
    }

    private Query parse(HttpAction action, String queryString) {
        try {
            Query query = QueryText.parse(queryString, deadline(action));
            validateQuery(action, query);
            return query;
        } catch (QueryParseException e) {
            action.log.warn(String.format("[%d] Parse error: %s", action.id, e.getMessage()));
            ServletOps.errorBadRequest("Parse error: " + e.getMessage());
        } catch (QueryCancelledException e) {
            throw e;
        } catch (QueryException e) {
            ServletOps.errorBadRequest("Error: " + e.getMessage());
        }
        throw new IllegalStateException("unreachable");
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        try {
            settings.serviceAllowList().check(query);
        } catch (FederationException e) {
            ServletOps.errorForbidden(e.getMessage());
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        Context context = action.getContext().copy();
        settings.serviceAllowList().install(context);
        settings.evaluationLimits().install(context);
        long remaining = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline(action) - System.nanoTime()));
        return QueryExec.newBuilder().dataset(dataset).query(cap.apply(query)).context(context)
            .timeout(remaining, TimeUnit.MILLISECONDS).build();
    }

    /** The request's arrival plus the timeout: parsing and evaluation share one budget. */
    private long deadline(HttpAction action) {
        return action.getStartTime() + settings.queryTimeout().toNanos();
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String logged) {
        return query.isSelectType() && cap.applies(query) ? cap.select(action, exec)
            : super.executeQuery(action, exec, query, logged);
    }

    /** SELECT results as an HTML table when a browser prefers HTML; otherwise Fuseki's negotiated formats. */
    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        if (result.isRowSet() && ResultsPage.wanted(action.getRequestHeader("Accept"))) {
            boolean truncated = ResultCap.truncated(result);
            View view = new View(ModelFactory.createDefaultModel(), settings.iris());
            Responses.varyAccept(action);
            Responses.send(action, Offers.HTML, ResultsPage.render(result.rowSet(), truncated, settings.resultCap(), view));
            return;
        }
        super.sendResults(action, result, prologue);
    }
}
