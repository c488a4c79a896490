package org.sarhad.cli;

import java.io.Writer;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.sarhad.export.CsvExport;
import org.sarhad.export.GeoJsonExport;
import org.sarhad.store.TdbArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the store to stdout as events-csv, claims-csv, event-summary-csv, geojson or nquads.")
final class ExportCommand implements Callable<Integer> {
    enum Format { events_csv, claims_csv, event_summary_csv, geojson, nquads }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    StoreDirOption storeOption;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            converter = FormatConverter.class, description = "events-csv, claims-csv, event-summary-csv, geojson or nquads")
    Format format;

    @Override
    public Integer call() throws Exception {
        Writer out = spec.commandLine().getOut();
        try (TdbArticleStore s = StoreOption.openLocal(storeOption.store)) {
            switch (format) {
                case events_csv -> CsvExport.events(s.dataset(), out);
                case claims_csv -> CsvExport.claims(s.dataset(), out);
                case event_summary_csv -> org.sarhad.export.EventExport.summary(s.dataset(), out);
                case geojson -> GeoJsonExport.incidents(s.dataset(), out);
                case nquads -> {
                    java.io.OutputStream stream = CommandOutput.stream(spec);
                    Txn.executeRead(s.dataset(), () -> RDFDataMgr.write(stream, s.dataset(), Lang.NQUADS));
                    stream.flush();
                }
                default -> throw new IllegalArgumentException("unknown format " + format);
            }
            out.flush();
        }
        return Main.OK;
    }

    /** Accepts the hyphenated names of DESIGN.md. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Format.valueOf(value.replace('-', '_'));
        }
    }
}
