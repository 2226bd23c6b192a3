package org.sinpdf.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.sinpdf.model.BoundingBox;
import org.sinpdf.model.Cell;
import org.sinpdf.model.Column;
import org.sinpdf.model.Confidence;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Table;
import org.sinpdf.spi.Normalizer;
import org.sinpdf.spi.StageContext;

/**
 * Stage {@code merge-header-rows}: makes the header one row, as a flat CSV needs. Each column's name
 * is its distinct non-blank header texts from top to bottom joined with {@code separator} (a cell
 * spanning columns counts for each: "Presupuesto 2012 (pesos) / Aprobado"); a blank header gives
 * "columna_N". The merged header cell keeps the joined raw texts as its {@code raw}. Header rows
 * 2..n are removed and the page regions shifted; {@code headerRows} becomes 1 (0 stays 0).
 * Column names are (re)derived from the cleaned header values even for a one-row header, so run this
 * after the text clean-up stages. Other column properties (type, unit) are kept.
 */
public final class MergeHeaderRowsNormalizer implements Normalizer {
    public static final String ID = "merge-header-rows";

    public record Options(String separator) {
        public static final Options DEFAULTS = new Options(" / ");

        public Options {
            separator = separator == null ? " / " : separator;
        }
    }

    private final String separator;

    public MergeHeaderRowsNormalizer(Options o) { this.separator = o.separator(); }

    @Override public String id() { return ID; }

    @Override
    public Table normalize(Table table, StageContext ctx) {
        int h = table.headerRows();
        if (h == 0) return table;
        String[][] values = table.spreadGrid();
        String[][] raws = spreadRaw(table);
        Cell[][] cg = table.cellGrid();
        List<Cell> cells = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int c = 0; c < table.columnCount(); c++) {
            String name = join(values, h, c);
            String raw = join(raws, h, c);
            Confidence conf = Confidence.CERTAIN;
            BoundingBox box = null;
            int page = 0;
            List<String> flags = new ArrayList<>();
            for (int r = 0; r < h; r++) {
                Cell x = cg[r][c];
                if (x == null) continue;
                conf = Confidence.min(conf, x.confidence());
                if (x.box() != null) box = box == null ? x.box() : box.union(x.box());
                if (page == 0) page = x.page();
                for (String f : x.flags()) if (!flags.contains(f)) flags.add(f);
            }
            String value = name.isEmpty() ? "columna_" + (c + 1) : name;
            if (h == 1) {
                if (cg[0][c] != null) cells.add(cg[0][c].withValue(value)); // one header row: raw untouched
            } else {
                cells.add(new Cell(0, c, 1, 1, raw, value, conf, box, page, flags));
            }
            Column old = table.columns().get(c);
            columns.add(new Column(value, old.type(), old.unit(), old.description()));
            names.add(value);
        }
        for (Cell x : table.cells()) if (x.row() >= h) cells.add(x);
        Table flat = new Table(table.id(), table.rowCount(), table.columnCount(), h, cells, columns,
                table.regions(), table.findings(), table.stageId());
        Set<Integer> extra = new TreeSet<>();
        for (int r = 1; r < h; r++) extra.add(r);
        Table out = TableEdit.removeRows(flat, extra);
        if (h > 1) {
            out = out.plusFinding(Finding.info("header-rows-merged", h + " header rows merged into one: " + names)
                    .inStage(ID).atCell(table.id(), 0, 0, ""));
        }
        return out;
    }

    private String join(String[][] grid, int headerRows, int c) {
        List<String> parts = new ArrayList<>();
        for (int r = 0; r < headerRows; r++) {
            String t = grid[r][c] == null ? "" : grid[r][c].strip();
            if (!t.isEmpty() && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(t))) parts.add(t);
        }
        return String.join(separator, parts);
    }

    private static String[][] spreadRaw(Table t) {
        String[][] g = new String[t.rowCount()][t.columnCount()];
        for (String[] row : g) java.util.Arrays.fill(row, "");
        for (Cell c : t.cells()) {
            for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
                for (int k = c.col(); k < c.col() + c.colSpan(); k++) g[r][k] = c.raw().strip();
            }
        }
        return g;
    }
}
