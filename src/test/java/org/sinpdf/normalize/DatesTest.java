package org.sinpdf.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sinpdf.normalize.Dates.Order;

class DatesTest {
    static Optional<String> iso(String s) { return Dates.read(s, Order.UNKNOWN).map(Dates.Read::iso); }

    @Test
    void spanishAndEnglishWords() {
        assertEquals(Optional.of("2012-12-14"), iso("14 de diciembre de 2012"));
        assertEquals(Optional.of("2012-12-14"), iso("Viernes, 14 de Diciembre de 2012"));
        assertEquals(Optional.of("2012-01-01"), iso("1o. de enero de 2012"));
        assertEquals(Optional.of("2012-01-01"), iso("1º de enero de 2012"));
        assertEquals(Optional.of("2012-12-14"), iso("14-DIC-2012"));
        assertEquals(Optional.of("2012-12-14"), iso("14/dic./2012"));
        assertEquals(Optional.of("2012-12-14"), iso("December 14, 2012"));
        assertEquals(Optional.of("2012-12-14"), iso("14 December 2012"));
        assertEquals(Optional.of("2012-12-14"), iso("dic. 14, 2012"));
        assertEquals(Optional.of("2012-09-03"), iso("3 de setiembre de 2012"));
        assertEquals(Optional.of("2012-12"), iso("diciembre de 2012"));
        assertEquals(Optional.of("2012-12"), iso("2012-12"));
    }

    @Test
    void numericForms() {
        assertEquals(Optional.of("2012-12-14"), iso("2012-12-14"));
        assertEquals(Optional.of("2012-12-14"), iso("14/12/2012"));
        assertEquals(Optional.of("2012-12-14"), iso("12/14/2012"));
        assertEquals(Optional.of("2012-12-14"), iso("14.12.2012"));
        Dates.Read r = Dates.read("14/12/12", Order.UNKNOWN).orElseThrow();
        assertTrue(r.twoDigitYear());
        assertEquals("2012-12-14", r.iso());
        assertEquals(Order.DAY_FIRST, r.evidence());
    }

    @Test
    void ambiguousNumericDatesSayTheyAre() {
        Dates.Read r = Dates.read("01/02/2012", Order.UNKNOWN).orElseThrow();
        assertTrue(r.ambiguous());
        assertEquals("2012-01-02", Dates.read("01/02/2012", Order.MONTH_FIRST).orElseThrow().iso());
        assertEquals("2012-02-01", Dates.read("01/02/2012", Order.DAY_FIRST).orElseThrow().iso());
        assertEquals(false, Dates.read("05/05/2012", Order.UNKNOWN).orElseThrow().ambiguous());
    }

    @Test
    void notDates() {
        assertEquals(Optional.empty(), iso("2012"));
        assertEquals(Optional.empty(), iso("1.1"));
        assertEquals(Optional.empty(), iso("31/02/2012"));
        assertEquals(Optional.empty(), iso("Mar de Cortés"));
        assertEquals(Optional.empty(), iso("Public servants"));
        assertEquals(Optional.empty(), iso("14 de diciembre"));
        assertEquals(Optional.empty(), iso("1,234.50"));
    }
}
