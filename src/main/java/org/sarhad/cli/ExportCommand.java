package org.sarhad.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.sarhad.export.CsvExport;
import org.sarhad.export.ExportFilter;
import org.sarhad.export.GeoJsonExport;
import org.sarhad.store.TdbArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the store to stdout (or --out FILE) as events-csv, claims-csv, event-summary-csv, geojson or "
            + "nquads; "
            + "exit 3 when there is no store at DIR.")
final class ExportCommand implements Callable<Integer> {
    enum Format {
        events_csv, claims_csv, event_summary_csv, geojson, nquads;

        String label() {
            return name().replace('_', '-');
        }
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    StoreDirOption storeOption;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            converter = FormatConverter.class,
            description = "events-csv, claims-csv, event-summary-csv, geojson or nquads")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of stdout")
    Path outFile;

    @Option(names = "--from", paramLabel = "DATE", description = "only rows dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "only rows dated on or before DATE")
    String to;

    @Option(names = "--country", paramLabel = "CC", description = "only incidents in this country (ISO 3166-1 alpha-2)")
    String country;

    @Option(names = "--type", paramLabel = "TYPE", description = "only incidents of this type (e.g. armed-clash)")
    String type;

    @Override
    public Integer call() throws Exception {
        ExportFilter filter = new ExportFilter(from, to, country, type);
        if ((format == Format.nquads || format == Format.event_summary_csv)
                && (filter.byPlaceOrType() || from != null || to != null)) {
            throw new IllegalArgumentException("--from, --to, --country and --type do not apply to " + format.label());
        }
        if (format == Format.claims_csv && filter.byPlaceOrType()) {
            throw new IllegalArgumentException("--country and --type apply to events-csv and geojson, not claims-csv");
        }
        try (TdbArticleStore s = StoreOption.openExisting(storeOption.store)) {
            if (outFile == null) {
                write(s, filter, spec.commandLine().getOut(), CommandOutput.stream(spec));
            } else {
                try (OutputStream file = Files.newOutputStream(outFile);
                     Writer w = new OutputStreamWriter(file, StandardCharsets.UTF_8)) {
                    write(s, filter, w, file);
                }
            }
        }
        return Main.OK;
    }

    private void write(TdbArticleStore s, ExportFilter filter, Writer out, OutputStream stream) throws IOException {
        switch (format) {
            case events_csv -> CsvExport.events(s.dataset(), out, filter);
            case claims_csv -> CsvExport.claims(s.dataset(), out, filter);
            case event_summary_csv -> org.sarhad.export.EventExport.summary(s.dataset(), out);
            case geojson -> GeoJsonExport.incidents(s.dataset(), out, filter);
            case nquads -> {
                Txn.executeRead(s.dataset(), () -> RDFDataMgr.write(stream, s.dataset(), Lang.NQUADS));
                stream.flush();
            }
            default -> throw new IllegalArgumentException("unknown format " + format);
        }
        out.flush();
    }

    /** Accepts the hyphenated names of DESIGN.md; anything else is a usage error naming them. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format f : Format.values()) {
                if (f.label().equals(value)) {
                    return f;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("unknown format '" + value + "'; allowed: "
                + Arrays.stream(Format.values()).map(Format::label).collect(Collectors.joining(", ")));
        }
    }
}
