package org.sarhad.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sarhad.article.Article;
import org.sarhad.reference.ReferenceData;

/**
 * Single-thread extraction throughput over the seed article repeated N times: {@code ExtractBench [N] [runs]}.
 * Prints one line per run and a summary line {@code median min max} in articles per second.
 */
public final class ExtractBench {
    private ExtractBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Extractor x = Extractor.create(ReferenceData.dictionary("http://localhost:3030/"));
        Article seed = EvalCorpus.seed();
        for (int i = 0; i < n / 2; i++) {
            x.extract(seed);
        }
        List<Double> rates = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            int sink = 0;
            for (int i = 0; i < n; i++) {
                sink += x.extract(seed).claims().size();
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            rates.add(n / secs);
            System.out.printf("run %d: %d articles in %.2f s = %.0f articles/s (%d claims)%n", r + 1, n, secs, n / secs,
                    sink);
        }
        Collections.sort(rates);
        System.out.printf("summary: median %.0f min %.0f max %.0f articles/s, article %d chars%n",
                rates.get(rates.size() / 2), rates.get(0), rates.get(rates.size() - 1), seed.text().length());
    }
}
