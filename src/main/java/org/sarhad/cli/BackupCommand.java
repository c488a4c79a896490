package org.sarhad.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sarhad.store.StoreBackup;
import org.sarhad.store.TdbArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write a consistent snapshot of a store as gzipped N-Quads (restore it with `restore`).",
            "Exit 0 done, 3 store unavailable or backup not writable."})
final class BackupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    StoreDirOption storeOption;

    @Option(names = "--to", required = true, paramLabel = "FILE.nq.gz", description = "backup file to write")
    Path to;

    @Override
    public Integer call() {
        try (TdbArticleStore s = StoreOption.openExisting(storeOption.store)) {
            long quads = StoreBackup.backup(s, to);
            spec.commandLine().getOut().println("backed up " + quads + " quads to " + to);
        }
        return Main.OK;
    }
}
