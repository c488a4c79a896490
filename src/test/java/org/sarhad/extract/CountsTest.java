package org.sarhad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sarhad.extract.rules.Fatalities;
import org.sarhad.extract.rules.Numbers;
import org.sarhad.extract.rules.SeizedItems;

/** Numbers, death tolls and seized items on synthetic sentences. */
class CountsTest {
    @Test
    void numbersInWordsAndDigits() {
        assertEquals(23, Numbers.parseInt("twenty-three"));
        assertEquals(1, Numbers.parseInt("an"));
        assertEquals(new BigDecimal("1500"), Numbers.parse("1,500"));
        assertNull(Numbers.parse("several"));
    }

    @Test
    void sidesAreSummedAndTotalsWin() {
        assertEquals(9, Fatalities.count(List.of("Seven policemen were martyred and two raiders were killed.")));
        assertEquals(11, Fatalities.count(List.of("At least 11 people died, including eight gunmen and three guards.")));
        assertEquals(6, Fatalities.count(List.of("The blast killed a child and five soldiers.")));
    }

    @Test
    void definiteReferenceTakesTheEarlierCount() {
        assertEquals(3, Fatalities.count(List.of("Three members of the cell entered the valley.",
                "After a siege the militants were neutralized.")));
    }

    @Test
    void noCasualtiesIsZeroAndInjuriesAloneAreUnknown() {
        assertEquals(0, Fatalities.count(List.of("There were no casualties on either side.")));
        assertNull(Fatalities.count(List.of("Four guards were wounded in the shooting.")));
    }

    @Test
    void seizedItemsWithQuantitiesWeightsAndCash() {
        String text = "The guards seized three hunting rifles, an AK-47, 12.5 kilograms of opium and $2,500 in cash.";
        List<SeizedItem> items = SeizedItems.find(text, new Span(0, text.length()));
        assertEquals(List.of("hunting rifles", "AK-47", "opium (kg)", "cash (US dollars)"),
                items.stream().map(SeizedItem::item).toList());
        assertEquals(List.of(new BigDecimal("3"), new BigDecimal("1"), new BigDecimal("12.5"), new BigDecimal("2500")),
                items.stream().map(SeizedItem::quantity).toList());
    }
}
