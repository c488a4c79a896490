package org.sarhad.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Refuses a request body declared larger than the cap with 413, before any of it is read. */
final class RequestSizeLimit implements Filter {
    private final long maxBytes;

    RequestSizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        long declared = ((HttpServletRequest) req).getContentLengthLong();
        if (declared > maxBytes) {
            HttpServletResponse response = (HttpServletResponse) res;
            response.setHeader("Connection", "close");
            response.sendError(413, tooLarge(maxBytes));
            return;
        }
        chain.doFilter(req, res);
    }

    static String tooLarge(long maxBytes) {
        return "Request too large: at most " + maxBytes + " bytes are accepted.";
    }
}
