package org.sinpdf.serialize.meta;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.sinpdf.model.Cell;
import org.sinpdf.model.Column;
import org.sinpdf.model.ColumnType;
import org.sinpdf.model.Table;

/**
 * The temporal and spatial coverage a set of normalized tables shows, for DCAT's {@code temporal}
 * and {@code spatial} when the publisher did not give them.
 *
 * <ul>
 *   <li>temporal: the ISO 8601 interval {@code first/last} over the data cells of
 *       {@link ColumnType#DATE} columns;</li>
 *   <li>spatial: the bounding box of the {@link ColumnType#LATITUDE}/{@link ColumnType#LONGITUDE}
 *       columns' data cells as a WKT polygon in WGS 84 (DCAT 2's {@code dcat:bbox} literal).</li>
 * </ul>
 * Only cells the normalizer settled count: a flagged cell (ambiguous date, type mismatch, …) or a
 * value that does not parse is left out, so a doubtful value never widens the published coverage.
 */
final class Coverage {
    private LocalDate first;
    private LocalDate last;
    private double minLat = Double.POSITIVE_INFINITY;
    private double maxLat = Double.NEGATIVE_INFINITY;
    private double minLon = Double.POSITIVE_INFINITY;
    private double maxLon = Double.NEGATIVE_INFINITY;

    static Coverage of(Collection<Table> tables) {
        Coverage c = new Coverage();
        tables.forEach(c::add);
        return c;
    }

    void add(Table table) {
        if (table.columns().size() != table.columnCount()) return;
        int latCol = columnOf(table, ColumnType.LATITUDE);
        int lonCol = columnOf(table, ColumnType.LONGITUDE);
        Cell[][] grid = table.cellGrid();
        for (int r = table.headerRows(); r < table.rowCount(); r++) {
            for (int c = 0; c < table.columnCount(); c++) {
                Cell cell = settled(grid[r][c]);
                if (cell != null && table.columns().get(c).type() == ColumnType.DATE) date(cell.value());
            }
            if (latCol < 0 || lonCol < 0) continue;
            // a place counts only when both of its coordinates are settled and in range
            Optional<Double> lat = number(settled(grid[r][latCol]), -90, 90);
            Optional<Double> lon = number(settled(grid[r][lonCol]), -180, 180);
            if (lat.isEmpty() || lon.isEmpty()) continue;
            minLat = Math.min(minLat, lat.get());
            maxLat = Math.max(maxLat, lat.get());
            minLon = Math.min(minLon, lon.get());
            maxLon = Math.max(maxLon, lon.get());
        }
    }

    private static int columnOf(Table table, ColumnType type) {
        for (int c = 0; c < table.columnCount(); c++) {
            if (table.columns().get(c).type() == type) return c;
        }
        return -1;
    }

    /** The cell when it holds a value the normalizer settled (not blank, not flagged, not spanning columns). */
    private static Cell settled(Cell cell) {
        return cell == null || cell.flagged() || cell.blank() || cell.colSpan() > 1 ? null : cell;
    }

    /** {@code 2012-01-15/2012-12-31}, or empty when no settled date was seen. */
    Optional<String> temporal() {
        if (first == null) return Optional.empty();
        return Optional.of(first.equals(last) ? first.toString() : first + "/" + last);
    }

    /** {@code POLYGON((w s, e s, e n, w n, w s))} in WGS 84 longitude/latitude order, or empty. */
    Optional<String> spatial() {
        if (minLat > maxLat || minLon > maxLon) return Optional.empty();
        String w = fmt(minLon), e = fmt(maxLon), s = fmt(minLat), n = fmt(maxLat);
        return Optional.of("POLYGON((" + w + " " + s + ", " + e + " " + s + ", " + e + " " + n + ", "
                + w + " " + n + ", " + w + " " + s + "))");
    }

    private void date(String value) {
        // a normalized date column holds yyyy-MM-dd (or yyyy-MM / yyyy for partial dates)
        String v = value.strip();
        LocalDate start;
        LocalDate end;
        try {
            if (v.length() == 10) {
                start = end = LocalDate.parse(v);
            } else if (v.length() == 7) {
                start = LocalDate.parse(v + "-01");
                end = start.withDayOfMonth(start.lengthOfMonth());
            } else if (v.length() == 4 && v.chars().allMatch(Character::isDigit)) {
                start = LocalDate.of(Integer.parseInt(v), 1, 1);
                end = LocalDate.of(start.getYear(), 12, 31);
            } else {
                return;
            }
        } catch (DateTimeParseException ex) {
            return;
        }
        if (first == null || start.isBefore(first)) first = start;
        if (last == null || end.isAfter(last)) last = end;
    }

    private static Optional<Double> number(Cell cell, double min, double max) {
        if (cell == null) return Optional.empty();
        try {
            double d = Double.parseDouble(cell.value().strip());
            return d >= min && d <= max && !Double.isNaN(d) ? Optional.of(d) : Optional.empty();
        } catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.6f", d).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
