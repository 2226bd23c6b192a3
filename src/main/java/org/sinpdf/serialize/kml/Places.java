package org.sinpdf.serialize.kml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.sinpdf.model.Column;
import org.sinpdf.model.ColumnType;
import org.sinpdf.model.Table;
import org.sinpdf.serialize.kml.Coordinates.Angle;
import org.sinpdf.serialize.kml.Coordinates.Axis;
import org.sinpdf.serialize.kml.Coordinates.Zone;

/**
 * Finds a table's coordinate columns (by header name <em>and</em> values) and turns each row into
 * a WGS84 position or a reason why not. Thread-safe; per-table work creates its own objects.
 */
final class Places {
    private Places() {}

    enum Kind { DEGREES, UTM, PAIR }

    /**
     * Where the coordinates are. For {@link Kind#DEGREES}: {@code lat}/{@code lon} columns; for
     * {@link Kind#UTM}: {@code lat} = northing, {@code lon} = easting, {@code zone} = zone column or -1;
     * for {@link Kind#PAIR}: {@code lat} = {@code lon} = the column holding "lat, lon" in one cell.
     */
    record Layout(Kind kind, int lat, int lon, int zone, Zone fixedZone) {}

    /** A row's position (decimal degrees, WGS84), or why it has none. */
    record Position(double lat, double lon, String error, String code) {
        static Position bad(String code, String error) { return new Position(Double.NaN, Double.NaN, error, code); }
        boolean ok() { return error.isEmpty(); }
    }

    /** The result of looking for places: a layout, or why the table has none. */
    record Detection(Optional<Layout> layout, String whyNot) {}

    private static final Set<String> LAT = Set.of("latitud", "latitude", "lat");
    private static final Set<String> LON = Set.of("longitud", "longitude", "lon", "long", "lng");
    private static final Set<String> LENGTH_UNITS = Set.of("km", "kilometros", "metros", "mts", "millas", "cm");
    private static final Set<String> META = Set.of("coordenada", "coordenadas", "coord", "utm", "m", "metros",
            "gd", "grados", "decimal", "decimales", "wgs84", "wgs", "84", "geografica", "geograficas", "en",
            "gms", "dms", "itrf", "itrf92", "sexagesimal", "sexagesimales");
    private static final Set<String> EAST = Set.of("este", "easting", "x");
    private static final Set<String> NORTH = Set.of("norte", "northing", "y");
    private static final Set<String> ZONE = Set.of("zona", "zone", "huso");
    private static final Set<String> PAIR = Set.of("coordenadas", "coordenada", "coordinates", "ubicacion",
            "georreferencia", "georeferencia", "geolocalizacion", "location", "latlon", "latlong");

    static Detection detect(Table table, KmlOptions o) {
        List<Column> cols = table.columns();
        String[][] g = table.spreadGrid();
        List<Integer> lats = new ArrayList<>();
        List<Integer> lons = new ArrayList<>();
        List<Integer> norths = new ArrayList<>();
        List<Integer> easts = new ArrayList<>();
        List<Integer> zones = new ArrayList<>();
        List<Integer> pairs = new ArrayList<>();
        for (int c = 0; c < cols.size(); c++) {
            Column col = cols.get(c);
            List<String> w = Coordinates.words(col.name());
            List<String> core = w.stream().filter(x -> !META.contains(x)).toList();
            boolean length = w.stream().anyMatch(LENGTH_UNITS::contains) && !w.contains("utm");
            if (named(col, o.latitudeColumn())) lats.add(0, c);
            else if (col.type() == ColumnType.LATITUDE || (!length && w.stream().anyMatch(LAT::contains))
                    || core.equals(List.of("y"))) lats.add(c);
            if (named(col, o.longitudeColumn())) lons.add(0, c);
            else if (col.type() == ColumnType.LONGITUDE || (!length && w.stream().anyMatch(LON::contains))
                    || core.equals(List.of("x"))) lons.add(c);
            if (named(col, o.latitudeColumn()) || core.size() == 1 && NORTH.contains(core.get(0))) norths.add(c);
            if (named(col, o.longitudeColumn()) || core.size() == 1 && EAST.contains(core.get(0))) easts.add(c);
            if (w.stream().anyMatch(ZONE::contains)) zones.add(c);
            if (col.type() == ColumnType.COORDINATE || (w.stream().anyMatch(PAIR::contains) || w.equals(List.of("lat", "lon"))
                    || w.equals(List.of("latitud", "longitud"))) && !core.equals(List.of("x")) && !core.equals(List.of("y"))) {
                pairs.add(c);
            }
        }
        if (lats.isEmpty() && lons.isEmpty() && norths.isEmpty() && easts.isEmpty() && pairs.isEmpty()) {
            return new Detection(Optional.empty(), "no latitude/longitude (or UTM x/y) column by name");
        }
        String why = "";
        for (int la : lats) {
            for (int lo : lons) {
                if (la == lo) continue;
                Layout l = new Layout(Kind.DEGREES, la, lo, -1, null);
                String w = check(table, g, l, o);
                if (w.isEmpty()) return new Detection(Optional.of(l), "");
                if (why.isEmpty()) why = w;
            }
        }
        Optional<Zone> fixed = o.utmZone().isEmpty() ? Optional.empty() : Coordinates.zone(o.utmZone());
        for (int n : norths) {
            for (int e : easts) {
                if (n == e) continue;
                List<Integer> zoneChoices = new ArrayList<>(zones);
                zoneChoices.add(-1);
                for (int z : zoneChoices) {
                    if (z < 0 && fixed.isEmpty()) {
                        if (why.isEmpty() || why.startsWith("coordinates")) {
                            why = "UTM-like x/y columns without a zone column (set option kml.utmZone)";
                        }
                        continue;
                    }
                    Layout l = new Layout(Kind.UTM, n, e, z, fixed.orElse(null));
                    String w = check(table, g, l, o);
                    if (w.isEmpty()) return new Detection(Optional.of(l), "");
                    if (why.isEmpty()) why = w;
                }
            }
        }
        for (int c : pairs) {
            Layout l = new Layout(Kind.PAIR, c, c, -1, null);
            String w = check(table, g, l, o);
            if (w.isEmpty()) return new Detection(Optional.of(l), "");
            if (why.isEmpty()) why = w;
        }
        if (why.isEmpty()) why = "only one of latitude/longitude found by name";
        return new Detection(Optional.empty(), why);
    }

    private static boolean named(Column col, String wanted) {
        return !wanted.isEmpty() && (col.name().equals(wanted)
                || Coordinates.words(col.name()).equals(Coordinates.words(wanted)));
    }

    /** "" when enough rows parse under this layout; otherwise the reason. */
    private static String check(Table table, String[][] g, Layout l, KmlOptions o) {
        Transformer t = new Transformer();
        int candidates = 0;
        int parsed = 0;
        int placeable = 0;
        for (int r = table.headerRows(); r < table.rowCount(); r++) {
            String a = g[r][l.lat()];
            String b = g[r][l.lon()];
            if (a.isBlank() && b.isBlank()) continue;
            candidates++;
            Position p = locate(g[r], l, o, t);
            if (p.ok()) placeable++;
            if (p.ok() || p.code().equals("kml-longitude-sign-suspicious")) parsed++;
        }
        if (candidates == 0) return "coordinates columns are empty";
        if (parsed < o.minValidShare() * candidates || parsed == 0) {
            return String.format("coordinates parse in only %d of %d rows", parsed, candidates);
        }
        if (placeable == 0) {
            return "every longitude is positive (east); Mexican data is west: check signs or set kml.positiveLongitude";
        }
        return "";
    }

    /** Position of one row (values by column, spans spread). */
    static Position locate(String[] row, Layout l, KmlOptions o, Transformer t) {
        String a = row[l.lat()];
        String b = row[l.lon()];
        if (a.isBlank() && b.isBlank()) return Position.bad("kml-row-without-coordinates", "sin coordenadas");
        if (l.kind() == Kind.UTM) return utm(row, l, t);
        if (l.kind() == Kind.PAIR) {
            Optional<String[]> parts = Coordinates.splitPair(a);
            if (parts.isEmpty()) return Position.bad("kml-row-without-coordinates", "no es un par latitud, longitud: " + a.strip());
            a = parts.get()[0];
            b = parts.get()[1];
            // "lat, lon" is the usual order; "lon, lat" (KML/GeoJSON order) is recognised when only it parses
            if (!Coordinates.angle(a, Axis.LATITUDE).ok() && Coordinates.angle(b, Axis.LATITUDE).ok()
                    && Coordinates.angle(a, Axis.LONGITUDE).ok()) {
                String x = a;
                a = b;
                b = x;
            }
        }
        Angle lat = Coordinates.angle(a, Axis.LATITUDE);
        if (!lat.ok()) return Position.bad("kml-row-without-coordinates", "latitud " + lat.error());
        Angle lon = Coordinates.angle(b, Axis.LONGITUDE);
        if (!lon.ok()) return Position.bad("kml-row-without-coordinates", "longitud " + lon.error());
        double x = lon.degrees();
        if (x > 0 && !lon.hemisphereGiven()) {
            switch (o.positiveLongitude()) {
                case "negate":
                    return new Position(lat.degrees(), -x, "", "kml-longitude-negated");
                case "keep":
                    break;
                default:
                    return Position.bad("kml-longitude-sign-suspicious",
                            "longitud positiva (este) " + b.strip() + " en datos que se esperan al oeste; ¿falta el signo?");
            }
        }
        return new Position(lat.degrees(), x, "", "");
    }

    private static Position utm(String[] row, Layout l, Transformer t) {
        double n = Coordinates.utmNumber(row[l.lat()]);
        double e = Coordinates.utmNumber(row[l.lon()]);
        if (Double.isNaN(n) || Double.isNaN(e)) {
            return Position.bad("kml-row-without-coordinates", "UTM no numérico: " + row[l.lon()].strip() + ", " + row[l.lat()].strip());
        }
        if (e < 100_000 || e > 900_000 || n < 0 || n > 10_000_000) {
            return Position.bad("kml-row-without-coordinates", "UTM fuera de rango: " + row[l.lon()].strip() + ", " + row[l.lat()].strip());
        }
        Optional<Zone> z = l.zone() >= 0 ? Coordinates.zone(row[l.zone()]) : Optional.empty();
        if (z.isEmpty()) z = Optional.ofNullable(l.fixedZone());
        if (z.isEmpty()) return Position.bad("kml-row-without-coordinates", "zona UTM no válida: " + row[l.zone()].strip());
        ProjCoordinate p = t.toWgs84(z.get(), e, n);
        if (!(Math.abs(p.y) <= 90 && Math.abs(p.x) <= 180)) {
            return Position.bad("kml-row-without-coordinates", "UTM no convertible: " + e + ", " + n);
        }
        return new Position(p.y, p.x, "", "");
    }

    /** UTM → WGS84 with proj4j; proj4j transforms are not thread-safe, so one per table. */
    static final class Transformer {
        private final CRSFactory crs = new CRSFactory();
        private final java.util.Map<Zone, CoordinateTransform> byZone = new java.util.HashMap<>();

        ProjCoordinate toWgs84(Zone zone, double easting, double northing) {
            CoordinateTransform ct = byZone.computeIfAbsent(zone, z -> {
                CoordinateReferenceSystem utm = crs.createFromParameters("UTM" + z.number() + (z.south() ? "S" : "N"),
                        "+proj=utm +zone=" + z.number() + (z.south() ? " +south" : "") + " +datum=WGS84 +units=m +no_defs");
                CoordinateReferenceSystem wgs = crs.createFromParameters("WGS84", "+proj=longlat +datum=WGS84 +no_defs");
                return new CoordinateTransformFactory().createTransform(utm, wgs);
            });
            ProjCoordinate out = new ProjCoordinate();
            ct.transform(new ProjCoordinate(easting, northing), out);
            return out;
        }
    }
}
