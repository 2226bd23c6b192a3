package org.sinpdf.serialize.kml;

import java.util.Objects;

/**
 * Options of the {@code kml} stage ({@code options.kml} in config).
 *
 * @param nameColumn        header (or field name) of the column that names each placemark; ""
 *                          = guess: the first text column that is not a code or a coordinate
 * @param latitudeColumn    header of the latitude (or UTM northing) column; "" = find by name
 * @param longitudeColumn   header of the longitude (or UTM easting) column; "" = find by name
 * @param utmZone           UTM zone for eastings/northings when the table has no zone column,
 *                          e.g. "14", "14Q", "13 N"; band letters C–M mean south; "" = none
 * @param minValidShare     share of rows with coordinate text whose coordinates must parse for
 *                          the columns to count as places (0–1)
 * @param positiveLongitude what to do with a positive (east) decimal longitude in data expected
 *                          west (Mexico): "flag" = leave the row off the map, list it and report
 *                          it; "negate" = place it at the negated longitude and report it;
 *                          "keep" = place it as written (data outside the western hemisphere)
 */
public record KmlOptions(String nameColumn, String latitudeColumn, String longitudeColumn, String utmZone,
                         double minValidShare, String positiveLongitude) {
    public static final KmlOptions DEFAULTS = new KmlOptions("", "", "", "", 0.5, "flag");

    public KmlOptions {
        nameColumn = Objects.requireNonNullElse(nameColumn, "");
        latitudeColumn = Objects.requireNonNullElse(latitudeColumn, "");
        longitudeColumn = Objects.requireNonNullElse(longitudeColumn, "");
        utmZone = Objects.requireNonNullElse(utmZone, "");
        positiveLongitude = Objects.requireNonNullElse(positiveLongitude, "flag");
        if (!(minValidShare >= 0 && minValidShare <= 1)) {
            throw new IllegalArgumentException("kml.minValidShare must be within 0..1: " + minValidShare);
        }
        if (!positiveLongitude.equals("flag") && !positiveLongitude.equals("negate") && !positiveLongitude.equals("keep")) {
            throw new IllegalArgumentException("kml.positiveLongitude must be flag, negate or keep: " + positiveLongitude);
        }
        if (!utmZone.isEmpty() && Coordinates.zone(utmZone).isEmpty()) {
            throw new IllegalArgumentException("kml.utmZone is not a UTM zone: " + utmZone);
        }
    }
}
