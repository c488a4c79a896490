package org.sarhad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sarhad.extract.rules.DateResolver;

class DateResolverTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 15); // a Wednesday

    private static DateResolver.DateHit first(String text, LocalDate published) {
        List<DateResolver.DateHit> hits = DateResolver.find(text, 0, text.length(), published);
        return hits.isEmpty() ? null : hits.get(0);
    }

    private static String value(String text) {
        return first(text, PUBLISHED).value().value();
    }

    @Test
    void nightOfTwoDaysGivesTheLaterDay() {
        assertEquals("2024-03-05", value("Gunmen crossed on the night of March 4-5 near the river."));
    }

    @Test
    void withoutAPublicationDateAMonthAndDayTakeTheYearTheArticleStatesInFull() {
        String text = "Guards stand at the post on March 9, 2023.\n\nAFP\n\nGunmen crossed on the night of March 4-5 and "
                + "fired again on Monday.";
        LocalDate anchor = DateResolver.yearAnchor(text);
        assertEquals(LocalDate.of(2023, 3, 9), anchor);
        int body = text.indexOf("Gunmen");
        List<DateResolver.DateHit> hits = DateResolver.find(text, body, text.length(), null, anchor);
        assertEquals("2023-03-05", hits.get(0).value().value());
        assertEquals(null, hits.get(1).value().value(), "a weekday still needs the publication date");
        assertEquals(null, DateResolver.find(text, body, text.length(), null).get(0).value().value());
    }

    @Test
    void aYearInASinceClauseDatesWhenAStateBeganNotAnEvent() {
        assertEquals(null, first("Ties have been strained since the movement took power in 2021.", PUBLISHED));
        assertEquals("2024-05-13", value("Fighting has gone on since Monday night."));
        assertEquals("2021", value("The movement took power in 2021."));
    }

    @Test
    void weekdaysAndYesterdayResolveBackwardsFromPublication() {
        assertEquals("2024-05-13", value("The post came under fire on Monday."));
        assertEquals("2024-05-15", value("Shots were heard on Wednesday morning."));
        assertEquals("2024-05-14", value("Yesterday a patrol was ambushed."));
        assertEquals("2024-05-13", value("The raid took place two days ago."));
    }

    @Test
    void monthsAndFuzzyPhrasesGiveMonthPrecision() {
        assertEquals("2024-04", value("A convoy was hit late last month."));
        assertEquals("2024-04", value("Last month, a convoy was hit."));
        assertEquals("2024-02", value("Two guards died in February."));
        assertEquals("2023-09", value("A similar clash last September left ten dead."));
        assertEquals("2023-05", value("A similar clash last May left ten dead."));
        assertEquals("2024-05", value("Earlier this week, smugglers fled."));
        assertEquals(DateValue.Precision.MONTH, first("In February, a post fell.", PUBLISHED).value().precision());
    }

    @Test
    void explicitYearsAndThisYear() {
        assertEquals("2024-02-11", value("On February 11 of this year, two men crossed."));
        assertEquals("2019-07-30", value("The attack of 30 July 2019 was recalled."));
        assertEquals("2023-11", value("Fighting broke out in November 2023."));
    }

    @Test
    void earlierThisYearAndLastYearGiveTheYear() {
        assertEquals("2024", value("Earlier this year, gunmen crossed the river."));
        assertEquals("2023", value("A similar clash killed dozens last year."));
        assertEquals("2023", value("Late last year the post was shelled."));
        assertEquals(DateValue.Precision.YEAR, first("The post fell earlier in the year.", PUBLISHED).value().precision());
        assertNull(first("This year's talks were cancelled.", PUBLISHED), "a possessive names a thing, not a time");
    }

    @Test
    void withoutPublicationDayTheTextIsKeptAndTheValueIsNull() {
        DateResolver.DateHit hit = first("The men were seen on Friday.", null);
        assertNull(hit.value().value());
        assertEquals("on Friday", hit.value().text());
    }

    @Test
    void statementDatesAreMarked() {
        assertTrue(first("Officials said on Friday that the pass was closed.", PUBLISHED).statement());
        // a day owning the event dates the event, even right after the statement's verb
        assertFalse(first("The spokesman said in a statement that Monday's strikes killed two.", PUBLISHED)
                .statement());
    }

    @Test
    void aDateBoundingARecordIsNotTheEventsDate() {
        assertNull(first("The strikes were the first since 2022, officials said.", PUBLISHED));
        assertNull(first("It was the deadliest attack on the post since March.", PUBLISHED));
        assertEquals("2022", value("Clashes have continued since 2022 along the river."));
        assertEquals("2024-03", value("Guards have held the arrest of two smugglers since March."));
    }
}
