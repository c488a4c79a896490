package org.sarhad.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sarhad.store.StoreCompaction;
import org.sarhad.store.TdbArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Reclaim the disk space of replaced data: copy the live data into a new generation directory"
            + " (Data-NNNN) and switch to it; the old generation is deleted unless --keep-old.",
            "A crash during compaction leaves the previous generation in use.",
            "Exit 0 done, 3 store unavailable (locked by another process, not enough disk for a second copy)."})
final class CompactCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    StoreDirOption storeOption;

    @Option(names = "--keep-old", description = "keep the previous generation on disk (default: delete it)")
    boolean keepOld;

    @Override
    public Integer call() {
        try (TdbArticleStore s = StoreOption.openExisting(storeOption.store)) {
            StoreCompaction.Result r = StoreCompaction.compact(s, !keepOld);
            PrintWriter out = spec.commandLine().getOut();
            out.println(String.format(Locale.ROOT, "compacted %s: %s -> %s; generations on disk: %s;"
                + " free disk space %.1f MB -> %.1f MB", storeOption.store, r.from(), r.to(),
                String.join(" ", r.generations()), megabytes(r.freeBefore()), megabytes(r.freeAfter())));
        }
        return Main.OK;
    }

    private static double megabytes(long bytes) {
        return bytes / 1048576.0;
    }
}
