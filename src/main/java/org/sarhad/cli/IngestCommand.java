package org.sarhad.cli;

import org.sarhad.pipeline.Components;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sarhad.pipeline.Ingest;
import org.sarhad.pipeline.IngestSummary;
import org.sarhad.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read, extract, map, validate and store each article: each stored whole or not at all, in commit"
            + " groups of up to --commit-group articles; a line per article, a progress bar on a terminal.",
            "Exit 0 all stored, 1 some rejected (the rest stored), 2 usage, 3 store unavailable."})
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR|URL",
            description = "TDB2 directory, or a remote SPARQL 1.1 dataset URL (Graph Store Protocol at URL/data)")
    String store;

    @picocli.CommandLine.Mixin
    BaseOption baseOption;

    @Option(names = "--commit-group", paramLabel = "N", defaultValue = "" + Ingest.DEFAULT_COMMIT_GROUP,
            description = "articles per transaction (each stored whole either way; an article is reported stored"
                + " once its group committed; default: ${DEFAULT-VALUE})")
    int commitGroup;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = ".json, .jsonl, .txt files or folders of them")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ArticleStore s = StoreOption.open(store)) {
            Components c = Components.create(baseOption.of(s));
            c.storeContext(s);
            Progress progress = Progress.create(out, spec.commandLine().getErr(), ArticleCount.of(paths));
            Ingest ingest = new Ingest(c.pipeline(), s, progress, commitGroup);
            if (s instanceof org.sarhad.store.TdbArticleStore local) {
                ingest.linking(org.sarhad.linking.StoreLinker.of(c, local.dataset()));
            }
            IngestSummary summary = ingest.run(paths);
            progress.finish(summary);
            return summary.rejected() == 0 ? Main.OK : Main.SOME_REJECTED;
        }
    }
}
