package org.sinpdf.serialize.kml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sinpdf.serialize.kml.Coordinates.Angle;
import org.sinpdf.serialize.kml.Coordinates.Axis;

class CoordinatesTest {
    private static double lat(String s) {
        Angle a = Coordinates.angle(s, Axis.LATITUDE);
        assertTrue(a.ok(), s + ": " + a.error());
        return a.degrees();
    }

    private static double lon(String s) {
        Angle a = Coordinates.angle(s, Axis.LONGITUDE);
        assertTrue(a.ok(), s + ": " + a.error());
        return a.degrees();
    }

    @Test
    void degreesMinutesSecondsInTheirCommonSpellings() {
        assertEquals(19.428433, lat("19°25′42.36″ N"), 1e-6);
        assertEquals(19.428433, lat("19°25'42.36\"N"), 1e-6);
        assertEquals(19.428433, lat("19º 25' 42.36'' N"), 1e-6);
        assertEquals(19.428433, lat("19 25 42.36 N"), 1e-6);
        assertEquals(19.428433, lat("N 19°25′42.36″"), 1e-6);
        assertEquals(19.428433, lat("19°25′42,36″ Norte"), 1e-6);
        assertEquals(-99.133267, lon("99°07′59.76″ O"), 1e-6);
        assertEquals(-99.133267, lon("99°07'59.76\" W"), 1e-6);
        assertEquals(-99.133267, lon("99°07′59.76″ Oeste"), 1e-6);
        assertEquals(-99.133267, lon("-99°07'59.76\""), 1e-6);
        assertEquals(-33.5, lat("33°30' S"), 1e-9);
        assertEquals(19.428433, lat("19°25.706′ N"), 1e-5);
    }

    @Test
    void decimalDegrees() {
        assertEquals(-99.1332, lon("-99.1332"), 1e-12);
        assertEquals(19.4326, lat("19,4326"), 1e-12);
        assertEquals(19.4326, lat(" +19.4326 "), 1e-12);
    }

    @Test
    void rejectsWhatIsNotACoordinate() {
        assertFalse(Coordinates.angle("", Axis.LATITUDE).ok());
        assertFalse(Coordinates.angle("n/d", Axis.LATITUDE).ok());
        assertFalse(Coordinates.angle("91.2", Axis.LATITUDE).ok());
        assertFalse(Coordinates.angle("19°75'00\" N", Axis.LATITUDE).ok(), "75 minutes");
        assertFalse(Coordinates.angle("99°07'59.76\" W", Axis.LATITUDE).ok(), "W is not a latitude hemisphere");
        assertFalse(Coordinates.angle("19.5°25'", Axis.LATITUDE).ok(), "fractional degrees before minutes");
        assertFalse(Coordinates.angle("Ciudad de México", Axis.LONGITUDE).ok());
    }

    @Test
    void utmNumbersAndZones() {
        assertEquals(482123.45, Coordinates.utmNumber("482,123.45"), 1e-9);
        assertEquals(482123, Coordinates.utmNumber("482 123"), 1e-9);
        assertEquals(2148000, Coordinates.utmNumber("2.148.000"), 1e-9);
        assertEquals(new Coordinates.Zone(14, false), Coordinates.zone("14Q").orElseThrow());
        assertEquals(new Coordinates.Zone(14, false), Coordinates.zone("Zona 14").orElseThrow());
        assertEquals(new Coordinates.Zone(19, true), Coordinates.zone("19 K").orElseThrow());
        assertTrue(Coordinates.zone("61").isEmpty());
    }

    @Test
    void utmToWgs84() {
        Places.Transformer t = new Places.Transformer();
        // On a zone's central meridian at the equator: zone 14 → 99° W; zone 19 south → 69° W.
        var p = t.toWgs84(new Coordinates.Zone(14, false), 500000, 0);
        assertEquals(-99.0, p.x, 1e-9);
        assertEquals(0.0, p.y, 1e-9);
        var s = t.toWgs84(new Coordinates.Zone(19, true), 500000, 10000000);
        assertEquals(-69.0, s.x, 1e-9);
        assertEquals(0.0, s.y, 1e-9);
        // 13 979 m west of 99° W near 19.4° N is 13979 / (111 320 · cos 19.4°) ≈ 0.133° further west
        var z = t.toWgs84(new Coordinates.Zone(14, false), 486021, 2148000);
        assertEquals(-99.133, z.x, 2e-3);
        assertEquals(19.43, z.y, 1e-2);
    }
}
