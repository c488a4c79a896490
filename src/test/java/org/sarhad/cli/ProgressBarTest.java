package org.sarhad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The bar shows done/total, percent, rate and time left, fills once and never wraps back to empty. */
class ProgressBarTest {
    static final long SECOND = 1_000_000_000L;

    @Test
    void shows_total_percent_rate_and_eta() {
        ProgressBar bar = new ProgressBar(100, 0);
        assertEquals("[" + "=".repeat(9) + ">" + " ".repeat(30) + "] 25/100  25%  5.0 articles/s  ETA 0:15",
            bar.render(25, 5 * SECOND, 120));
    }

    @Test
    void fills_monotonically_and_stays_full_past_an_underestimated_total() {
        ProgressBar bar = new ProgressBar(10, 0);
        int last = -1;
        for (int done = 0; done <= 15; done++) {
            String line = bar.render(done, (done + 1) * SECOND, 100);
            int filled = (int) line.chars().filter(c -> c == '=' || c == '>').count();
            assertTrue(filled >= last, "never shrinks: " + line);
            last = filled;
            assertTrue(line.length() <= 100, "fits the terminal: " + line);
        }
        assertTrue(bar.render(15, 16 * SECOND, 100).contains(" 15/15 100%"), "the total grows with what was read");
    }

    @Test
    void eta_in_minutes_or_hours() {
        assertEquals("1:05", ProgressBar.eta(65, 1));
        assertEquals("2:00:00", ProgressBar.eta(7200, 1));
        assertEquals("--:--", ProgressBar.eta(5, 0));
    }
}
