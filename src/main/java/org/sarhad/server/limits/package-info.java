/**
 * Bounds on what one public query may evaluate: regular expressions that stop when the query is cancelled (the
 * timeout sets the signal, and the JDK's backtracking matcher reads its input through {@link
 * org.sarhad.server.limits.CancellableText}), and a cap on the length of any string a query builds and on the
 * characters it builds in total. {@link org.sarhad.server.limits.EvaluationLimits#install} puts both into a
 * query's context; the query algebra is rewritten before execution to use the bounded operators.
 */
package org.sarhad.server.limits;
