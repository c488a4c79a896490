package org.sarhad.cli;

import org.sarhad.pipeline.Components;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sarhad.server.NewsServer;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.lib.FileOps;
import org.sarhad.pipeline.Ingest;
import org.sarhad.pipeline.IngestSummary;
import org.sarhad.store.TdbArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the bundled demo articles into a fresh store under target/ and serve it on :3030.")
final class DemoCommand implements Callable<Integer> {
    /** The bundled demo inputs (classpath resources under data/demo/). */
    static final List<String> ARTICLES = List.of("amu-tajik-kevron-2023.json");

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--dir", defaultValue = "target/demo", paramLabel = "DIR",
            description = "where the fresh store and inputs go (default ${DEFAULT-VALUE}; emptied first)")
    Path dir;

    @Option(names = "--verbose", description = "log Fuseki's request lines too (with the start of each query)")
    boolean verbose;

    @Option(names = "--gazetteer", defaultValue = "../shared/gazetteer", paramLabel = "DIR",
            description = "GeoNames dump files (*.txt) loaded before ingest when the folder exists"
                + " (default ${DEFAULT-VALUE})")
    Path gazetteerDir;

    private List<Path> gazetteerFiles() throws IOException {
        if (!Files.isDirectory(gazetteerDir)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> files = Files.list(gazetteerDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (Files.exists(dir.resolve("store"))) {
            FileOps.clearAll(dir.resolve("store").toString());
        }
        Path inputs = Files.createDirectories(dir.resolve("input"));
        for (String name : ARTICLES) {
            try (InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream("data/demo/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("demo input data/demo/" + name + " missing from the jar");
                }
                Files.copy(in, inputs.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        String base = "http://localhost:" + port + "/";
        Components c = Components.create(base);
        TdbArticleStore store = TdbArticleStore.open(dir.resolve("store"));
        c.storeContext(store);
        List<Path> gazetteer = gazetteerFiles();
        if (!gazetteer.isEmpty()) {
            spec.commandLine().getOut().println("gazetteer: " + org.sarhad.gazetteer.GeoNamesLoader.load(
                    store.dataset(), c.iris(), gazetteer));
        }
        Progress progress = Progress.create(spec.commandLine().getOut(), spec.commandLine().getErr(),
            ArticleCount.of(List.of(inputs)));
        IngestSummary summary = new Ingest(c.pipeline(), store, progress)
                .linking(org.sarhad.linking.StoreLinker.of(c, store.dataset())).run(List.of(inputs));
        progress.finish(summary);
        ServeCommand.run(NewsServer.builder().dataset(store.dataset()).port(port).base(base), spec, verbose);
        return Main.OK;
    }
}
