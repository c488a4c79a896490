package org.sarhad.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sarhad.article.Article;
import org.sarhad.reference.ReferenceData;

/**
 * Single-thread extraction throughput over the seed article repeated N times: {@code ExtractBench [N] [runs]}.
 * Prints one line per run and summary lines {@code median min max} in articles per second, by wall clock and by the
 * thread's CPU time (the machine is shared, so CPU time is the fairer single-core figure).
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
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> rates = new ArrayList<>();
        List<Double> cpuRates = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            int sink = 0;
            for (int i = 0; i < n; i++) {
                sink += x.extract(seed).claims().size();
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            rates.add(n / secs);
            cpuRates.add(n / cpu);
            System.out.printf("run %d: %d articles in %.2f s wall (%.0f/s), %.2f s cpu (%.0f/s), %d claims%n", r + 1, n,
                    secs, n / secs, cpu, n / cpu, sink);
        }
        Collections.sort(rates);
        Collections.sort(cpuRates);
        System.out.printf("wall: median %.0f min %.0f max %.0f articles/s%n", rates.get(rates.size() / 2), rates.get(0),
                rates.get(rates.size() - 1));
        System.out.printf("cpu:  median %.0f min %.0f max %.0f articles/s (article %d chars)%n",
                cpuRates.get(cpuRates.size() / 2), cpuRates.get(0), cpuRates.get(cpuRates.size() - 1),
                seed.text().length());
    }
}
