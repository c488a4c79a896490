package org.sarhad.server;

import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;

/**
 * The response buffer of every connector, sized so Jetty's buffer pool reuses it. Fuseki asks for 5 MiB per
 * response; Jetty pools buffers only up to 64 KiB and allocates a larger one afresh, off-heap, for every response.
 * Off-heap memory is given back only when a collection finds the buffer unreachable, so at a few thousand
 * responses a second the JVM ran out of direct memory every few seconds and called a full, stop-the-world
 * collection (400 ms on two cores): that was the light requests' p99. 32 KiB is Jetty's own default; a response
 * that fails before that much is written still gets its error status (a timeout, say), a longer one is cut.
 */
final class OutputBuffers {
    static final int BYTES = 32 * 1024;

    private OutputBuffers() {
    }

    static void pooled(Server jetty) {
        int pooled = jetty.getByteBufferPool() instanceof ArrayByteBufferPool p ? p.getMaxCapacity() : BYTES;
        for (Connector c : jetty.getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setOutputBufferSize(Math.min(BYTES, pooled));
            }
        }
    }
}
