package org.sarhad.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.sarhad.iri.IriMinter;

/**
 * Reads GeoNames dump files into the gazetteer graph ({@code {base}graph/gazetteer}), one transaction per file.
 * The kind of file is told by its column count: 19 columns is the {@code geoname} table (cities500, allCountries,
 * a country file), 4 columns is {@code admin1CodesASCII}.
 *
 * <pre>
 * LoadCounts n = GeoNamesLoader.load(dataset, IriMinter.createDefault(), List.of(Path.of("cities500.txt")));
 * </pre>
 */
public final class GeoNamesLoader {
    private GeoNamesLoader() {
    }

    /** Loads with the default base IRI. */
    public static LoadCounts load(Dataset dataset, List<Path> files) {
        return load(dataset, IriMinter.createDefault(), files);
    }

    public static LoadCounts load(Dataset dataset, IriMinter iris, List<Path> files) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(iris, "iris");
        Objects.requireNonNull(files, "files");
        LoadCounts total = new LoadCounts(0, 0, 0);
        for (Path file : files) {
            Model model = ModelFactory.createDefaultModel();
            LoadCounts counts = readFile(file, new GeoNamesRows(iris, model));
            Txn.executeWrite(dataset, () -> dataset.getNamedModel(iris.gazetteerGraph()).add(model));
            total = total.plus(new LoadCounts(counts.places(), counts.admin1Regions(), model.size()));
        }
        return total;
    }

    private static LoadCounts readFile(Path file, GeoNamesRows rows) {
        int places = 0;
        int regions = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length == GeoNamesRows.GEONAME_COLUMNS) {
                    rows.geoname(cols);
                    places++;
                } else if (cols.length == GeoNamesRows.ADMIN1_COLUMNS) {
                    rows.admin1(cols);
                    regions++;
                } else {
                    throw new IllegalArgumentException(file + ":" + lineNo + ": expected 19 (geoname) or 4 (admin1CodesASCII)"
                        + " tab-separated columns, found " + cols.length);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer file " + file, e);
        }
        return new LoadCounts(places, regions, 0);
    }
}
