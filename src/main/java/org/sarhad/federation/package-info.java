/**
 * Federation: which remote SPARQL endpoints a query may call with {@code SERVICE}. The operator names an allow-list;
 * every other endpoint is refused when the query is parsed and again before execution, so no connection is ever
 * opened to an unlisted host (loopback, link-local, {@code file:} and the rest).
 */
package org.sarhad.federation;
