package org.sarhad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sarhad.store.TdbArticleStore;
import org.sarhad.testing.DemoStore;

/** Every example query the landing page and editor offer answers with rows on the store {@code demo} builds. */
@Tag("slow")
class DemoExampleQueriesTest {
    static TdbArticleStore store;

    @BeforeAll
    static void ingest() {
        store = DemoStore.ingest("demo-examples");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void seizure_totals_keep_money_apart_and_unknown_quantities_empty() {
        Map<String, QuerySolution> byItem = new HashMap<>();
        run(ExampleQueries.load("seized-materiel-totals.rq").sparql()).forEach(r -> byItem.put(r.getLiteral("item")
            .getLexicalForm(), r));
        QuerySolution cash = byItem.get("cash (US dollars)");
        assertEquals("money", cash.getLiteral("measure").getLexicalForm());
        assertEquals(10_000, cash.getLiteral("total").getDouble());
        QuerySolution armour = byItem.get("body armor");
        assertEquals("count", armour.getLiteral("measure").getLexicalForm());
        assertNull(armour.get("total"), "no quantity stated: no total, not 0");
        assertEquals(1, armour.getLiteral("unstated").getInt());
        assertEquals(5, byItem.get("Kalashnikov assault rifles").getLiteral("total").getDouble());
    }

    static List<String> names() {
        return ExampleQueries.NAMES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void answers_with_rows(String name) {
        assertFalse(run(ExampleQueries.load(name).sparql()).isEmpty(), name + " answers on the demo store");
    }

    static List<QuerySolution> run(String sparql) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(sparql).build()) {
                List<QuerySolution> out = new ArrayList<>();
                qe.execSelect().forEachRemaining(out::add);
                return out;
            }
        });
    }
}
