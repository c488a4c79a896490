package org.sarhad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which queries take a light slot: anchored, few, joined patterns; everything else is heavy. */
class QueryCostTest {
    static final String S = "PREFIX s: <https://w3id.org/sarhad/ontology#> ";

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "ASK {}|true",
        "SELECT * { <http://x/a> ?p ?o }|true",
        "SELECT ?i ?d { ?i a s:Incident ; s:date ?d } LIMIT 20|true",
        "SELECT * { <http://x/a> ?p ?o . ?o <http://www.w3.org/2000/01/rdf-schema#label> ?l }|true",
        "SELECT * { ?s ?p ?o }|false",
        "SELECT * { <http://x/a> ?a ?b . <http://x/a> ?c ?d }|false",
        "SELECT (COUNT(*) AS ?n) { <http://x/a> ?a ?b . <http://x/a> ?c ?d . <http://x/a> ?e ?f . <http://x/a> ?g ?h }|false",
        "SELECT * { { <http://x/a> ?a ?b } { <http://x/b> ?c ?d } }|false",
        "SELECT * { ?s ?p ?o FILTER(REGEX(?o, 'a')) }|false",
    })
    void judges(String query, boolean light) {
        assertEquals(light, QueryCost.isLight(QueryFactory.create(S + query)));
    }
}
