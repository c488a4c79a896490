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
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.sarhad.store.TdbArticleStore;
import org.sarhad.validation.RdfFiles;
import org.sarhad.validation.ShapeValidator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validate a whole store, or RDF files (with the reference data and ontology), against shapes/.",
            "Prints the SHACL report in words. Exit 0 conforms, 1 violations, 2 usage."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store directory")
        String store;

        @Parameters(paramLabel = "FILE", description = "RDF files (Turtle, TriG, N-Triples, N-Quads, JSON-LD)")
        List<Path> files;
    }

    @picocli.CommandLine.Mixin
    BaseOption baseOption;

    @Override
    public Integer call() {
        Components c = Components.create(baseOption.orDefault());
        PrintWriter out = spec.commandLine().getOut();
        ValidationReport report;
        if (target.store != null) {
            try (TdbArticleStore s = StoreOption.openExisting(target.store)) {
                report = Txn.calculateRead(s.dataset(),
                        () -> c.validator().validate(s.dataset().getUnionModel().getGraph()));
            }
        } else {
            Model data = ModelFactory.createUnion(readAll(target.files), ModelFactory.createUnion(c.reference(),
                    c.ontology()));
            report = c.validator().validate(data.getGraph());
        }
        if (report.conforms()) {
            out.println("conforms");
            return Main.OK;
        }
        out.println(c.validator().describe(report));
        long violations = report.getEntries().stream()
                .filter(e -> org.apache.jena.shacl.validation.Severity.Violation.equals(e.severity())).count();
        out.println(violations + " violation(s), " + (report.getEntries().size() - violations) + " warning(s) or info");
        return ShapeValidator.hasViolations(report) ? Main.SOME_REJECTED : Main.OK;
    }

    private static Model readAll(List<Path> files) {
        Dataset ds = DatasetFactory.create();
        for (Path f : files) {
            RdfFiles.read(f, ds.asDatasetGraph());
        }
        Model all = ModelFactory.createDefaultModel().add(ds.getDefaultModel());
        ds.listNames().forEachRemaining(n -> all.add(ds.getNamedModel(n)));
        return all;
    }
}
