package org.sinpdf.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.sinpdf.model.Cell;
import org.sinpdf.model.Column;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Severity;
import org.sinpdf.model.Table;
import org.sinpdf.model.TableRegion;

/** Structural edits on tables that keep cells, spans, header rows and page regions consistent. */
final class TableEdit {
    private TableEdit() {}

    /** A copy with every cell passed through {@code f} (positions must not change). */
    static Table mapCells(Table t, UnaryOperator<Cell> f) {
        List<Cell> out = new ArrayList<>(t.cells().size());
        for (Cell c : t.cells()) out.add(f.apply(c));
        return t.withCells(out);
    }

    /**
     * Removes grid rows. Cells starting in a removed row are dropped, unless they span into a kept
     * row (then they move down to it); spans over removed rows shrink. Header rows and regions follow.
     */
    static Table removeRows(Table t, Set<Integer> rows) {
        if (rows.isEmpty()) return t;
        int[] before = new int[t.rowCount() + 1]; // removed rows strictly before r
        for (int r = 0; r < t.rowCount(); r++) before[r + 1] = before[r] + (rows.contains(r) ? 1 : 0);
        List<Cell> cells = new ArrayList<>();
        for (Cell c : t.cells()) {
            int start = c.row(), end = c.row() + c.rowSpan();
            int kept = (end - start) - (before[end] - before[start]);
            if (kept == 0) continue;
            int firstKept = start;
            while (rows.contains(firstKept)) firstKept++;
            cells.add(c.at(firstKept - before[firstKept], c.col()).withSpan(kept, c.colSpan()));
        }
        List<TableRegion> regions = new ArrayList<>();
        for (TableRegion g : t.regions()) {
            int first = g.firstRow() - before[Math.min(g.firstRow(), t.rowCount())];
            int end = g.endRow() - before[Math.min(g.endRow(), t.rowCount())];
            regions.add(new TableRegion(g.page(), g.bbox(), first, Math.max(first, end)));
        }
        int header = t.headerRows() - before[t.headerRows()];
        return new Table(t.id(), t.rowCount() - rows.size(), t.columnCount(), header, cells, t.columns(),
                regions, t.findings(), t.stageId());
    }

    /** Removes grid columns; cells spanning over removed columns shrink. */
    static Table removeColumns(Table t, Set<Integer> cols) {
        if (cols.isEmpty()) return t;
        int[] before = new int[t.columnCount() + 1];
        for (int c = 0; c < t.columnCount(); c++) before[c + 1] = before[c] + (cols.contains(c) ? 1 : 0);
        List<Cell> cells = new ArrayList<>();
        for (Cell c : t.cells()) {
            int start = c.col(), end = c.col() + c.colSpan();
            int kept = (end - start) - (before[end] - before[start]);
            if (kept == 0) continue;
            int firstKept = start;
            while (cols.contains(firstKept)) firstKept++;
            cells.add(c.at(c.row(), firstKept - before[firstKept]).withSpan(c.rowSpan(), kept));
        }
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < t.columnCount(); c++) if (!cols.contains(c)) columns.add(t.columns().get(c));
        return new Table(t.id(), t.rowCount(), t.columnCount() - cols.size(), t.headerRows(), cells, columns,
                t.regions(), t.findings(), t.stageId());
    }

    static Table plus(Table t, List<Finding> findings) {
        if (findings.isEmpty()) return t;
        List<Finding> all = new ArrayList<>(t.findings());
        all.addAll(findings);
        return t.withFindings(all);
    }

    /** A finding about one cell: rows and columns 1-based grid positions of the table the stage received. */
    static Finding cellFinding(Severity s, String code, String message, String stage, Table t, Cell c, String text) {
        return new Finding(s, code, message, stage, c.page(), t.id(), c.row() + 1, c.col() + 1, text);
    }

    /** A finding about a grid row (0-based {@code row}), with the row's text joined by " | ". */
    static Finding rowFinding(Severity s, String code, String message, String stage, Table t, int row) {
        Cell[][] g = t.cellGrid();
        List<String> parts = new ArrayList<>();
        int page = 0;
        for (Cell c : g[row]) {
            if (c == null) continue;
            parts.add(c.raw());
            if (page == 0) page = c.page();
        }
        return new Finding(s, code, message, stage, page, t.id(), row + 1, 0, String.join(" | ", parts));
    }
}
