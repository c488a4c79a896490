package org.sarhad.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.sarhad.article.Article;
import org.sarhad.reference.ReferenceData;

/**
 * Single-thread extraction throughput: {@code ExtractBench [N] [runs] [warmup] [articles.jsonl ...]} extracts N
 * articles per run, the seed article over and over or, given JSONL files of the dev-set schema, their articles in turn.
 * First a {@code load:} line, the one-off cost of building the extractor (models included) and of the first, cold
 * article; then one line per run and summary lines {@code median min max} in articles per second, by wall clock, by
 * the thread's CPU time and by the process's CPU time (which adds garbage collection and JIT compilation), and in
 * seed-sized articles (characters over the seed's) per second of process CPU. The machine is shared, so CPU time is
 * the fairer single-core figure. Uses only the extractor's public interface, so the same class can be compiled against
 * an older commit for a side-by-side run.
 */
public final class ExtractBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ExtractBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : n / 2;
        Dictionary dictionary = ReferenceData.dictionary("http://localhost:3030/");
        Article seed = EvalCorpus.seed();
        List<Article> corpus = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            corpus.addAll(articles(Path.of(args[i])));
        }
        if (corpus.isEmpty()) {
            corpus.add(seed);
        }
        long[] c0 = clocks();
        Extractor x = Extractor.create(dictionary);
        long[] c1 = clocks();
        int claims = x.extract(corpus.get(0)).claims().size();
        long[] c2 = clocks();
        System.out.printf(Locale.ROOT, "load: extractor %.0f ms wall %.0f ms cpu; first article %.0f ms wall %.0f ms cpu"
                + " (process cpu; article %d chars, %d claims)%n", ms(c0, c1, 0), ms(c0, c1, 2), ms(c1, c2, 0),
                ms(c1, c2, 2), corpus.get(0).text().length(), claims);
        for (int i = 1; i < warmup; i++) {
            x.extract(corpus.get(i % corpus.size()));
        }
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Double> process = new ArrayList<>();
        List<Double> seedSized = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            long[] t0 = clocks();
            int sink = 0;
            long chars = 0;
            for (int i = 0; i < n; i++) {
                Article a = corpus.get(i % corpus.size());
                sink += x.extract(a).claims().size();
                chars += a.text().length();
            }
            long[] t1 = clocks();
            double[] secs = {ms(t0, t1, 0) / 1e3, ms(t0, t1, 1) / 1e3, ms(t0, t1, 2) / 1e3};
            double seeds = (double) chars / seed.text().length();
            wall.add(n / secs[0]);
            cpu.add(n / secs[1]);
            process.add(n / secs[2]);
            seedSized.add(seeds / secs[2]);
            System.out.printf(Locale.ROOT, "run %d: %d articles in %.2f s wall (%.2f/s), %.2f s cpu (%.2f/s),"
                    + " %.2f s process cpu (%.2f/s), %d claims%n", r + 1, n, secs[0], n / secs[0], secs[1], n / secs[1],
                    secs[2], n / secs[2], sink);
            System.out.printf(Locale.ROOT, "run %d seed-sized: %d chars = %.2f seed articles, %.2f per process cpu s%n",
                    r + 1, chars, seeds, seeds / secs[2]);
        }
        summary("wall:        ", wall, "");
        summary("cpu:         ", cpu, " (seed article " + seed.text().length() + " chars)");
        summary("process cpu: ", process, "");
        summary("seed-sized:  ", seedSized, " by process cpu");
    }

    /** The articles of a JSONL file of the dev-set schema (id, url, outlet, published, title, text). */
    private static List<Article> articles(Path jsonl) throws Exception {
        List<Article> out = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonObject o = JSON.parse(line);
                String published = str(o, "published");
                out.add(new Article(str(o, "id"), str(o, "url"), str(o, "outlet"),
                        published == null ? null : LocalDate.parse(published), str(o, "title"), str(o, "text"),
                        jsonl.toString()));
            }
        }
        return out;
    }

    private static String str(JsonObject o, String key) {
        return o.get(key) == null || o.get(key).isNull() ? null : o.get(key).getAsString().value();
    }

    /** Wall clock, this thread's CPU time and the process's CPU time, in nanoseconds. */
    private static long[] clocks() {
        long process = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
        return new long[] {System.nanoTime(), THREADS.getCurrentThreadCpuTime(), process};
    }

    private static double ms(long[] from, long[] to, int clock) {
        return (to[clock] - from[clock]) / 1e6;
    }

    private static void summary(String label, List<Double> rates, String note) {
        Collections.sort(rates);
        System.out.printf(Locale.ROOT, "%smedian %.2f min %.2f max %.2f articles/s%s%n", label, rates.get(rates.size() / 2),
                rates.get(0), rates.get(rates.size() - 1), note);
    }
}
