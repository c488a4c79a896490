package org.sarhad.cli;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.sarhad.store.TdbArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query over a local store (default graph = union of all graphs).")
final class QueryCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    StoreDirOption storeOption;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "FORMAT",
            description = "csv, tsv, json (SELECT/ASK) or ttl (CONSTRUCT/DESCRIBE); default ${DEFAULT-VALUE}")
    String format;

    @Parameters(index = "0", paramLabel = "SPARQL|@file.rq", description = "the query, or @ and a file holding it")
    String query;

    @Override
    public Integer call() throws Exception {
        if (!java.util.List.of("csv", "tsv", "json", "ttl").contains(format)) {
            throw new IllegalArgumentException("unknown format '" + format + "'; allowed: csv, tsv, json, ttl");
        }
        String text = query.startsWith("@") ? Files.readString(Path.of(query.substring(1)), StandardCharsets.UTF_8)
                : query;
        Query q = QueryFactory.create(text);
        java.io.PrintWriter out = spec.commandLine().getOut();
        OutputStream stream = CommandOutput.stream(spec);
        try (TdbArticleStore s = StoreOption.openExisting(storeOption.store)) {
            Txn.executeRead(s.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(q).build()) {
                    if (q.isSelectType()) {
                        var rs = qe.execSelect();
                        switch (format) {
                            case "tsv" -> ResultSetFormatter.outputAsTSV(stream, rs);
                            case "json" -> ResultSetFormatter.outputAsJSON(stream, rs);
                            default -> ResultSetFormatter.outputAsCSV(stream, rs);
                        }
                    } else if (q.isAskType()) {
                        out.println(qe.execAsk());
                    } else {
                        var m = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                        RDFDataMgr.write(stream, m, "json".equals(format) ? Lang.JSONLD : Lang.TURTLE);
                    }
                }
            });
        }
        stream.flush();
        out.flush();
        return Main.OK;
    }
}
