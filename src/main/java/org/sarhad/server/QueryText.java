package org.sarhad.server;

import java.io.Reader;
import java.io.StringReader;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.lang.SyntaxVarScope;
import org.apache.jena.sparql.lang.arq.javacc.ARQParser;
import org.apache.jena.sparql.lang.arq.javacc.ParseException;
import org.apache.jena.sparql.lang.arq.javacc.TokenMgrError;

/**
 * The text of a query as the endpoint receives it: parsed under the request's deadline, logged shortened.
 * Jena's parser takes time that grows faster than the text (a 4 MB comment took 19 s), and it reads its input in
 * blocks of a few thousand characters, so the reader is where a parse past its deadline can be stopped.
 */
final class QueryText {
    static final int LOGGED_CHARS = 500;

    private QueryText() {
    }

    /** One line, at most {@value #LOGGED_CHARS} characters of the query, and its full length when cut. */
    static String forLog(String query) {
        String head = query.substring(0, Math.min(query.length(), LOGGED_CHARS * 2)).replaceAll("\\s+", " ").strip();
        if (head.length() <= LOGGED_CHARS && query.length() <= LOGGED_CHARS * 2) {
            return head;
        }
        return head.substring(0, Math.min(head.length(), LOGGED_CHARS)) + " ... (" + query.length() + " characters)";
    }

    /** Parses as Fuseki does (ARQ syntax, Fuseki's parse base); throws {@link QueryCancelledException} past the deadline. */
    static Query parse(String text, long deadlineNanos) {
        Query query = new Query();
        query.setSyntax(Syntax.syntaxARQ);
        query.setBaseURI(Fuseki.BaseParserSPARQL);
        ARQParser parser = new ARQParser(new DeadlineReader(text, deadlineNanos));
        parser.setQuery(query);
        try {
            parser.QueryUnit();
        } catch (ParseException e) {
            throw new QueryParseException(e.getMessage(), e.currentToken.beginLine, e.currentToken.beginColumn);
        } catch (TokenMgrError e) {
            throw new QueryParseException(e.getMessage(), parser.token.endLine, parser.token.endColumn);
        }
        SyntaxVarScope.check(query);
        return query;
    }

    private static final class DeadlineReader extends Reader {
        private final Reader text;
        private final long deadlineNanos;

        DeadlineReader(String text, long deadlineNanos) {
            this.text = new StringReader(text);
            this.deadlineNanos = deadlineNanos;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws java.io.IOException {
            // A RuntimeException: the parser turns an IOException into end of input.
            if (System.nanoTime() - deadlineNanos > 0) {
                throw new QueryCancelledException();
            }
            return text.read(buffer, offset, length);
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}
