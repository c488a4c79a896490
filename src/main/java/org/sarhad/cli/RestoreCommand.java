package org.sarhad.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sarhad.store.StoreBackup;
import org.sarhad.store.TdbArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Load a backup (gzipped N-Quads from `backup`) into a new, empty store, in one transaction.",
            "Exit 0 done, 2 usage (store not empty, unreadable file), 3 store unavailable."})
final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "empty TDB2 store directory")
    String store;

    @Parameters(index = "0", paramLabel = "FILE.nq.gz", description = "backup file")
    Path from;

    @Override
    public Integer call() {
        try (TdbArticleStore s = StoreOption.openLocal(store)) {
            long quads = StoreBackup.restore(from, s);
            spec.commandLine().getOut().println("restored " + quads + " quads into " + store);
        }
        return Main.OK;
    }
}
