package org.sarhad.cli;

import org.sarhad.pipeline.Components;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.sarhad.article.ArticleSources;
import org.sarhad.pipeline.ArticleRejectedException;
import org.sarhad.pipeline.MappedArticle;
import org.sarhad.vocab.Prefixes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Read, extract, map and validate articles without storing; print the RDF to stdout.",
            "Exit 0 all valid, 1 some rejected (reasons on stderr), 2 usage."})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = ".json, .jsonl, .txt files or folders of them")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "trig", paramLabel = "FORMAT",
            description = "trig (one named graph per article), ttl (all merged) or jsonld; default ${DEFAULT-VALUE}")
    String format;

    @picocli.CommandLine.Mixin
    BaseOption baseOption;

    @Override
    public Integer call() throws java.io.IOException {
        if (!List.of("trig", "ttl", "jsonld").contains(format)) {
            throw new IllegalArgumentException("--format must be trig, ttl or jsonld, not " + format);
        }
        Components c = Components.create(baseOption.orDefault());
        PrintWriter err = spec.commandLine().getErr();
        Dataset out = DatasetFactory.create();
        out.getDefaultModel().setNsPrefixes(Prefixes.standard());
        int[] rejected = {0};
        ArticleSources.read(paths, r -> {
            if (!r.ok()) {
                rejected[0]++;
                err.println("rejected " + r.origin() + ": " + r.error());
                return;
            }
            try {
                MappedArticle m = c.pipeline().process(r.article());
                out.addNamedModel(m.graphName(), m.graph());
            } catch (ArticleRejectedException e) {
                rejected[0]++;
                err.println("rejected " + e.articleId() + " (" + e.origin() + "): " + e.getMessage());
            }
        });
        err.flush();
        write(out);
        return rejected[0] == 0 ? Main.OK : Main.SOME_REJECTED;
    }

    private void write(Dataset ds) throws java.io.IOException {
        java.io.PrintWriter out = spec.commandLine().getOut();
        try (java.io.OutputStream stream = CommandOutput.stream(spec)) {
            write(ds, stream);
        }
        out.flush();
    }

    private void write(Dataset ds, java.io.OutputStream stream) {
        if (format.equals("trig")) {
            RDFDataMgr.write(stream, ds, RDFFormat.TRIG_PRETTY);
            return;
        }
        Model all = ModelFactory.createDefaultModel();
        ds.listNames().forEachRemaining(n -> all.add(ds.getNamedModel(n)));
        all.setNsPrefixes(Prefixes.standard());
        RDFDataMgr.write(stream, all, format.equals("ttl") ? Lang.TURTLE : Lang.JSONLD);
    }
}
