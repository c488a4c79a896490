package org.sarhad.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Bytes a directory occupies on disk ({@code du}): TDB2 maps its files in 8 MB steps and leaves them sparse, so the
 * file lengths say little about the space a small store uses.
 */
final class DiskUsage {
    private DiskUsage() {
    }

    static long of(Path dir) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("du", "-s", "-B1", dir.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("needs du to measure disk usage: " + e.getMessage());
            throw e;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("du failed: " + out);
        }
        return Long.parseLong(out.split("\\s+")[0]);
    }
}
