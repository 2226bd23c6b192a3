package org.sinpdf.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table: a grid of {@link Cell}s with {@code headerRows} leading header rows, its columns as
 * published, the page regions it came from, and what stages noticed about it.
 *
 * <p>Published CSV has one header line (the {@link #columns()} names) followed by the grid rows
 * from {@code headerRows} on. {@link #csvRecord(int)} maps a grid row to its CSV record.
 *
 * @param id          e.g. "report-t01"; assigned by the pipeline
 * @param rowCount    grid rows, header rows included
 * @param columnCount grid columns
 * @param headerRows  how many leading rows form the header (0 = none found)
 * @param cells       the cells, at most one per grid position
 * @param columns     one per grid column
 * @param regions     one per page the table sits on, in page order
 * @param findings    what stages noticed (removed total rows, footnotes, mismatches, ...)
 * @param stageId     the tabulator that found the table
 */
public record Table(String id, int rowCount, int columnCount, int headerRows, List<Cell> cells,
                    List<Column> columns, List<TableRegion> regions, List<Finding> findings, String stageId) {
    public Table {
        Objects.requireNonNull(id, "id");
        if (rowCount < 0 || columnCount < 0 || headerRows < 0 || headerRows > rowCount) {
            throw new IllegalArgumentException("bad table shape " + rowCount + "x" + columnCount + " header " + headerRows);
        }
        cells = List.copyOf(cells);
        columns = List.copyOf(columns);
        regions = List.copyOf(regions);
        findings = List.copyOf(findings);
        stageId = stageId == null ? "" : stageId;
        if (columns.size() != columnCount) {
            throw new IllegalArgumentException("table " + id + ": " + columns.size() + " columns for " + columnCount + " grid columns");
        }
        for (Cell c : cells) {
            if (c.row() + c.rowSpan() > rowCount || c.col() + c.colSpan() > columnCount) {
                throw new IllegalArgumentException("table " + id + ": cell outside grid at " + c.row() + "," + c.col());
            }
        }
    }

    /**
     * Builds a table from a grid of texts (rows × columns), header names taken from the first
     * {@code headerRows} rows. Handy for tests and simple tabulators.
     */
    public static Table ofGrid(String id, List<List<String>> grid, int headerRows) {
        int cols = grid.stream().mapToInt(List::size).max().orElse(0);
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < grid.size(); r++) {
            for (int c = 0; c < grid.get(r).size(); c++) {
                cells.add(Cell.of(r, c, grid.get(r).get(c)));
            }
        }
        return withDerivedColumns(id, grid.size(), cols, headerRows, cells, List.of(), List.of(), "");
    }

    /** A table whose column names are derived from its header rows (see {@link #headerName}). */
    public static Table withDerivedColumns(String id, int rows, int cols, int headerRows, List<Cell> cells,
                                           List<TableRegion> regions, List<Finding> findings, String stageId) {
        String[][] g = gridOf(rows, cols, cells);
        // a header cell spanning columns names each of them (as headerName documents)
        for (Cell c : cells) {
            if (c.row() >= headerRows || c.colSpan() == 1) continue;
            for (int k = c.col() + 1; k < c.col() + c.colSpan(); k++) g[c.row()][k] = c.value();
        }
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < cols; c++) columns.add(Column.text(headerName(g, headerRows, c)));
        return new Table(id, rows, cols, headerRows, cells, columns, regions, findings, stageId);
    }

    /**
     * The column name for grid column {@code c}: the distinct non-blank header texts of that column
     * from top to bottom joined with " / " (a cell spanning columns counts for each), or
     * "columna_N" (1-based) when the header is blank there.
     */
    public static String headerName(String[][] grid, int headerRows, int c) {
        List<String> parts = new ArrayList<>();
        for (int r = 0; r < headerRows; r++) {
            String t = grid[r][c] == null ? "" : grid[r][c].strip();
            if (!t.isEmpty() && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(t))) parts.add(t);
        }
        return parts.isEmpty() ? "columna_" + (c + 1) : String.join(" / ", parts);
    }

    /** Values by grid position; a spanned cell's value is repeated over its whole span, empty positions are "". */
    public String[][] spreadGrid() {
        String[][] g = new String[rowCount][columnCount];
        for (String[] row : g) java.util.Arrays.fill(row, "");
        for (Cell c : cells) {
            for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
                for (int k = c.col(); k < c.col() + c.colSpan(); k++) g[r][k] = c.value();
            }
        }
        return g;
    }

    /** Values by grid position as published: a span's text only in its first position, the rest "". */
    public String[][] grid() { return gridOf(rowCount, columnCount, cells); }

    /** Cells by grid position (null where no cell starts). */
    public Cell[][] cellGrid() {
        Cell[][] g = new Cell[rowCount][columnCount];
        for (Cell c : cells) g[c.row()][c.col()] = c;
        return g;
    }

    private static String[][] gridOf(int rows, int cols, List<Cell> cells) {
        String[][] g = new String[rows][cols];
        for (String[] row : g) java.util.Arrays.fill(row, "");
        for (Cell c : cells) g[c.row()][c.col()] = c.value();
        return g;
    }

    /** Data rows (grid rows after the header). */
    public int dataRowCount() { return rowCount - headerRows; }

    /** The CSV record (0 = header line) that holds grid row {@code gridRow}. */
    public int csvRecord(int gridRow) { return gridRow < headerRows ? 0 : gridRow - headerRows + 1; }

    public List<String> columnNames() { return columns.stream().map(Column::name).toList(); }

    /**
     * One ASCII identifier per column, unique and safe as an XML element name, CSVW column name
     * or KML field name ("Año de registro" → "ano_de_registro", "2020" → "c_2020", "" → "columna_N",
     * duplicates get "_2", ...). Derived from {@link #columnNames()}; stable for equal headers.
     */
    public List<String> fieldNames() { return FieldNames.of(columnNames()); }

    public Table withId(String newId) {
        return new Table(newId, rowCount, columnCount, headerRows, cells, columns, regions, findings, stageId);
    }

    public Table withCells(List<Cell> newCells) {
        return new Table(id, rowCount, columnCount, headerRows, newCells, columns, regions, findings, stageId);
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(id, rowCount, columnCount, headerRows, cells, newColumns, regions, findings, stageId);
    }

    public Table withFindings(List<Finding> newFindings) {
        return new Table(id, rowCount, columnCount, headerRows, cells, columns, regions, newFindings, stageId);
    }

    public Table plusFinding(Finding f) {
        List<Finding> all = new ArrayList<>(findings);
        all.add(f);
        return withFindings(all);
    }

    /** Pages this table sits on, in order. */
    public List<Integer> pages() { return regions.stream().map(TableRegion::page).distinct().toList(); }
}
