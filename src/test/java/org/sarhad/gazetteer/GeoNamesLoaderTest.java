package org.sarhad.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.geosparql.implementation.vocabulary.Geo;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sarhad.iri.IriMinter;
import org.sarhad.vocab.SARHAD;

class GeoNamesLoaderTest {
    static final IriMinter IRIS = IriMinter.createDefault();

    @Test
    void loads_places_and_admin1_with_geometry() {
        List<Path> files = GazetteerFiles.require();
        Dataset ds = DatasetFactory.createTxnMem();
        LoadCounts counts = GeoNamesLoader.load(ds, IRIS, files);
        assertEquals(GazetteerFiles.lines(GazetteerFiles.CITIES), counts.places());
        assertEquals(GazetteerFiles.lines(GazetteerFiles.ADMIN1), counts.admin1Regions());
        String[] dushanbe = GazetteerFiles.row(GazetteerFiles.CITIES, "1221874").orElseThrow();
        String admin1Code = dushanbe[8] + "." + dushanbe[10];
        String[] admin1 = GazetteerFiles.row(GazetteerFiles.ADMIN1, admin1Code).orElseThrow();
        Txn.executeRead(ds, () -> {
            Model g = ds.getNamedModel(IRIS.gazetteerGraph());
            assertEquals(counts.triples(), g.size());
            Resource place = g.createResource(IRIS.entity("geoname", "1221874"));
            assertEquals(dushanbe[1], place.getProperty(SKOS.prefLabel).getString());
            assertEquals(Long.parseLong(dushanbe[14]), place.getProperty(SARHAD.population).getLong());
            assertTrue(place.hasProperty(SKOS.exactMatch, g.createResource("https://sws.geonames.org/1221874/")));
            assertTrue(place.hasProperty(GeoNamesTerms.featureCode, GeoNamesTerms.featureCode(dushanbe[6], dushanbe[7])));
            assertEquals(dushanbe[8], place.getProperty(SARHAD.countryCode).getString());
            Resource region = place.getPropertyResourceValue(SARHAD.locatedIn);
            assertEquals(admin1[1], region.getProperty(SKOS.prefLabel).getString());
            String wkt = place.getPropertyResourceValue(Geo.HAS_GEOMETRY_PROP).getProperty(Geo.AS_WKT_PROP).getString();
            assertEquals("POINT(" + Double.parseDouble(dushanbe[5]) + " " + Double.parseDouble(dushanbe[4]) + ")", wkt);
        });
    }

    @Test
    void reloading_is_idempotent() {
        List<Path> files = GazetteerFiles.require();
        Dataset ds = DatasetFactory.createTxnMem();
        GeoNamesLoader.load(ds, IRIS, files);
        long once = Txn.calculateRead(ds, () -> ds.getNamedModel(IRIS.gazetteerGraph()).size());
        GeoNamesLoader.load(ds, IRIS, files);
        assertEquals(once, Txn.calculateRead(ds, () -> ds.getNamedModel(IRIS.gazetteerGraph()).size()));
    }

    @Test
    void rejects_wrong_column_count(@TempDir Path tmp) throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.txt"), "1\tonly\tthree\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> GeoNamesLoader.load(DatasetFactory.createTxnMem(), List.of(bad)));
        assertTrue(e.getMessage().contains("bad.txt:1"), e.getMessage());
    }
}
