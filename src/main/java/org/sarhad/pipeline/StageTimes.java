package org.sarhad.pipeline;

import java.util.Locale;

/** Nanoseconds spent in each stage of the data flow, for one article or summed over a batch. */
public record StageTimes(long extract, long map, long validate, long store) {
    public static final StageTimes ZERO = new StageTimes(0, 0, 0, 0);

    public StageTimes plus(StageTimes o) {
        return new StageTimes(extract + o.extract, map + o.map, validate + o.validate, store + o.store);
    }

    public StageTimes withStore(long nanos) {
        return new StageTimes(extract, map, validate, nanos);
    }

    /** {@code extract 12.0 ms (30%), map ...}. */
    public String describe() {
        double total = Math.max(1, extract + map + validate + store);
        return String.format(Locale.ROOT, "extract %.1f ms (%.0f%%), map %.1f ms (%.0f%%), validate %.1f ms (%.0f%%),"
                + " store %.1f ms (%.0f%%)", extract / 1e6, 100 * extract / total, map / 1e6, 100 * map / total,
                validate / 1e6, 100 * validate / total, store / 1e6, 100 * store / total);
    }
}
