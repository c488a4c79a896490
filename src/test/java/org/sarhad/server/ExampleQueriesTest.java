package org.sarhad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** The bundled example queries parse and answer over the fixture; the distance query agrees with haversine. */
class ExampleQueriesTest {
    static final Dataset DS = TestStore.fresh("examples");

    static List<QuerySolution> run(String sparql) {
        return Txn.calculateRead(DS, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DS).query(sparql).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    @Test
    void every_example_parses_and_most_answer() {
        for (ExampleQueries.Example e : ExampleQueries.all()) {
            QueryFactory.create(e.sparql());
            if (!e.name().startsWith("gazetteer")) {
                assertFalse(run(e.sparql()).isEmpty(), e.name() + " answers over the fixture");
            }
        }
    }

    @Test
    void incidents_within_km_match_haversine() {
        String sparql = ExampleQueries.load("incidents-within-km.rq").sparql();
        Matcher centre = Pattern.compile("POINT\\(([0-9.]+) ([0-9.]+)\\)").matcher(sparql);
        centre.find();
        double lon0 = Double.parseDouble(centre.group(1));
        double lat0 = Double.parseDouble(centre.group(2));
        Set<String> expected = new HashSet<>();
        for (QuerySolution row : run("PREFIX sarhad: <https://w3id.org/sarhad/ontology#> "
            + "PREFIX geo: <http://www.opengis.net/ont/geosparql#> "
            + "SELECT ?i ?wkt { ?i a sarhad:Incident ; sarhad:place/geo:hasGeometry/geo:asWKT ?wkt }")) {
            Matcher m = Pattern.compile("POINT\\(([0-9.]+) ([0-9.]+)\\)").matcher(row.getLiteral("wkt").getLexicalForm());
            m.find();
            if (haversineKm(lat0, lon0, Double.parseDouble(m.group(2)), Double.parseDouble(m.group(1))) <= 100) {
                expected.add(row.getResource("i").getURI());
            }
        }
        Set<String> actual = new HashSet<>();
        run(sparql).forEach(r -> actual.add(r.getResource("incident").getURI()));
        assertFalse(expected.isEmpty());
        assertEquals(expected, actual);
    }

    static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 6371.0 * 2 * Math.asin(Math.sqrt(a));
    }
}
