package org.sinpdf.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sinpdf.normalize.Coordinates.Axis;

class CoordinatesTest {
    static Optional<String> dd(String s) { return Coordinates.read(s).map(Coordinates.Read::decimal); }

    @Test
    void degreesMinutesSecondsToDecimalDegrees() {
        assertEquals(Optional.of("19.4326"), dd("19°25′57.36″ N"));
        assertEquals(Optional.of("-99.1332"), dd("99°07′59.52″ O"));
        assertEquals(Optional.of("-99.1332"), dd("99°07′59.52″ W"));
        assertEquals(Optional.of("-99.1332"), dd("99º 07' 59.52\" O"));
        assertEquals(Optional.of("19.4326"), dd("N 19°25′57.36″"));
        assertEquals(Optional.of("-33.8568"), dd("33°51′24.48″ S"));
        assertEquals(Optional.of("19.4326"), dd("19°25.956′ N"));
        assertEquals(Optional.of("-99.1332"), dd("-99°07′59.52″"));
        assertEquals(Axis.LONGITUDE, Coordinates.read("99°07′59.52″ O").orElseThrow().axis());
        assertEquals(Axis.LATITUDE, Coordinates.read("19°25′57.36″ N").orElseThrow().axis());
    }

    @Test
    void decimalDegreesKeepTheirPrintedPrecision() {
        assertEquals(Optional.of("21.0190"), dd("21.0190"));
        assertEquals(Optional.of("-102.2916"), dd("-102.2916"));
        assertEquals(Optional.of("19.4326"), dd("19,4326"));
        assertEquals(Optional.of("-99.1332"), dd("99.1332° O"));
    }

    @Test
    void rejectsImpossibleValues() {
        assertEquals(Optional.empty(), dd("95°00′00″ N"));
        assertEquals(Optional.empty(), dd("19°75′00″ N"));
        assertEquals(Optional.empty(), dd("-19°25′57″ S"));
        assertEquals(Optional.empty(), dd("Ciudad de México"));
    }
}
