package dev.signpost.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.Period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewIntervalTest {

    @ParameterizedTest(name = "''{0}'' -> {1}{2}")
    @CsvSource(delimiter = '|', value = {
            "90d|90|d", "12w|12|w", "6m|6|m", "1y|1|y",
            "90D|90|d", "6M|6|m", "1Y|1|y",
            "' 90d '|90|d", "'12 w'|12|w", "'\t6m\n'|6|m", "9999d|9999|d", "007d|7|d"})
    void shouldParseIntervals(String text, int amount, char unit) {
        ReviewInterval interval = ReviewInterval.parse(text);
        assertEquals(amount, interval.amount());
        assertEquals(unit, interval.unit());
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"0d", "00w", "5x", "", "   ", "d", "90", "-1d", "1.5m", "10000d", "90 days", "6mo", "1y2m"})
    void shouldRejectInvalidIntervals(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReviewInterval.parse(text));
        assertTrue(e.getMessage().contains("90d"), e.getMessage());
    }

    @Test
    void shouldPrintCompactForm() {
        assertEquals("90d", ReviewInterval.parse(" 90 D ").toString());
        assertEquals("1y", ReviewInterval.parse("1y").toString());
    }

    @Test
    void shouldMapUnitsToPeriods() {
        assertEquals(Period.ofDays(90), ReviewInterval.parse("90d").period());
        assertEquals(Period.ofWeeks(12), ReviewInterval.parse("12w").period());
        assertEquals(Period.ofMonths(6), ReviewInterval.parse("6m").period());
        assertEquals(Period.ofYears(1), ReviewInterval.parse("1y").period());
    }

    @Test
    void shouldAddIntervalToDate() {
        LocalDate reviewed = LocalDate.of(2024, 1, 10);
        assertEquals(LocalDate.of(2024, 4, 9), ReviewInterval.parse("90d").after(reviewed));
        assertEquals(LocalDate.of(2024, 4, 3), ReviewInterval.parse("12w").after(reviewed));
        assertEquals(LocalDate.of(2024, 7, 10), ReviewInterval.parse("6m").after(reviewed));
        assertEquals(LocalDate.of(2025, 1, 10), ReviewInterval.parse("1y").after(reviewed));
    }

    @Test
    void shouldClampMonthEnds() {
        assertEquals(LocalDate.of(2024, 2, 29), ReviewInterval.parse("1m").after(LocalDate.of(2024, 1, 31)));
        assertEquals(LocalDate.of(2025, 2, 28), ReviewInterval.parse("1y").after(LocalDate.of(2024, 2, 29)));
    }

    @Test
    void shouldBeEqualByValue() {
        assertEquals(ReviewInterval.parse("6m"), ReviewInterval.parse(" 6 M"));
    }
}
