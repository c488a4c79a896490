package org.sarhad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sarhad.gazetteer.GeoNamesLoader;
import org.sarhad.gazetteer.LoadCounts;
import org.sarhad.iri.IriMinter;
import org.sarhad.store.TdbArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "gazetteer", mixinStandardHelpOptions = true, description = "Gazetteer data.",
        subcommands = GazetteerCommand.Load.class)
final class GazetteerCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: load");
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "Load GeoNames dump files (geoname table rows, admin1CodesASCII) into the gazetteer graph.")
    static final class Load implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        StoreDirOption storeOption;

        @picocli.CommandLine.Mixin
        BaseOption baseOption;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "GeoNames dump files")
        List<Path> files;

        @Override
        public Integer call() {
            try (TdbArticleStore s = StoreOption.openLocal(storeOption.store)) {
                LoadCounts counts = GeoNamesLoader.load(s.dataset(), IriMinter.create(baseOption.of(s)), files);
                spec.commandLine().getOut().println(counts);
            }
            return Main.OK;
        }
    }
}
