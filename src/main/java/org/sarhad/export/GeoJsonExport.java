package org.sarhad.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.query.Dataset;

/**
 * Incidents whose place has coordinates, and cross-report events with a point, as one GeoJSON FeatureCollection
 * (RFC 7946: longitude first); {@code properties.kind} tells them apart. An incident is one feature per events-csv
 * row, {@code id} the incident IRI, the row's other cells as properties (numbers as numbers, the date as ISO text
 * with its {@code date_precision}, empty cells as null), so QGIS and GDAL read typed fields.
 */
public final class GeoJsonExport {
    private static final Set<String> NUMBERS = Set.of("geonames_id", "fatalities");

    private GeoJsonExport() {
    }

    public static void incidents(Dataset ds, Writer out) {
        incidents(ds, out, ExportFilter.NONE);
    }

    public static void incidents(Dataset ds, Writer out, ExportFilter filter) {
        List<String> columns = CsvExport.EVENT_COLUMNS;
        int lat = columns.indexOf("latitude");
        int lon = columns.indexOf("longitude");
        JsonArray features = new JsonArray();
        for (List<String> row : CsvExport.eventRows(ds, filter)) {
            if (row.get(lat).isEmpty() || row.get(lon).isEmpty()) {
                continue;
            }
            JsonObject props = new JsonObject();
            props.put("kind", "incident");
            for (int i = 0; i < columns.size(); i++) {
                if (i != lat && i != lon) {
                    props.put(columns.get(i), value(columns.get(i), row.get(i)));
                }
            }
            features.add(GeoJson.pointFeature(row.get(columns.indexOf("incident")), new BigDecimal(row.get(lon)),
                new BigDecimal(row.get(lat)), props));
        }
        if (filter == ExportFilter.NONE) {
            org.apache.jena.system.Txn.executeRead(ds, () -> EventExport.features(ds, features));
        }
        try {
            out.write(GeoJson.collection(features).toString());
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static org.apache.jena.atlas.json.JsonValue value(String column, String cell) {
        if (cell.isEmpty()) {
            return JsonNull.instance;
        }
        if (NUMBERS.contains(column) && cell.matches("-?\\d{1,18}")) {
            return JsonNumber.value(Long.parseLong(cell));
        }
        return new JsonString(cell);
    }
}
