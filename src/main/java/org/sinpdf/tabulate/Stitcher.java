package org.sinpdf.tabulate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sinpdf.layout.EditDistance;
import org.sinpdf.model.Cell;
import org.sinpdf.model.Table;
import org.sinpdf.model.TableRegion;

/**
 * Joins a table that continues on the next page: the last table of page n and the first of page
 * n+1 join when they have the same columns (count and x boundaries within tolerance) and the
 * second either repeats the first's header (dropped) or has no header of its own. The repeated
 * header may differ a little (OCR errors): each of its cells must be at least
 * {@value #HEADER_SIMILARITY} similar by edit distance to the first page's. Every dropped header
 * is recorded as a finding, a warning when its text was not identical.
 */
final class Stitcher {
    /** Least similarity (1 - edit distance / longer length) of each repeated header cell. */
    static final double HEADER_SIMILARITY = 0.8;

    private Stitcher() {}

    static List<Table> stitch(List<Table> tables, double tolerance) {
        List<Table> out = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            Table t = tables.get(i);
            if (!out.isEmpty()) {
                Table prev = out.get(out.size() - 1);
                // prev is the last table so far; t must be the first table on the page after prev's
                boolean firstOnPage = lastPage(tables.get(i - 1)) != firstPage(t);
                if (lastPage(prev) == firstPage(t) - 1 && firstOnPage && sameColumns(prev, t, tolerance)) {
                    int drop = repeatedHeader(prev, t);
                    if (drop >= 0) {
                        out.set(out.size() - 1, withDroppedHeader(join(prev, t, drop), prev, t, drop));
                        continue;
                    }
                }
            }
            out.add(t);
        }
        return out;
    }

    private static int firstPage(Table t) { return t.regions().isEmpty() ? 0 : t.regions().get(0).page(); }
    private static int lastPage(Table t) { return t.regions().isEmpty() ? 0 : t.regions().get(t.regions().size() - 1).page(); }

    /** Header rows of {@code next} to drop: its header when it repeats {@code prev}'s, 0 when it has none; -1: no join. */
    static int repeatedHeader(Table prev, Table next) {
        if (next.headerRows() == 0) return 0;
        if (prev.headerRows() == next.headerRows() && next.rowCount() > next.headerRows()) {
            String[][] a = prev.grid(), b = next.grid();
            for (int r = 0; r < prev.headerRows(); r++) {
                String[] x = norm(a[r]), y = norm(b[r]);
                for (int c = 0; c < x.length; c++) if (similarity(x[c], y[c]) < HEADER_SIMILARITY) return -1;
            }
            return next.headerRows();
        }
        return -1;
    }

    /** Records the header rows of {@code next} that the join dropped. */
    private static Table withDroppedHeader(Table joined, Table prev, Table next, int drop) {
        if (drop == 0) return joined;
        String[][] a = prev.grid(), b = next.grid();
        List<org.sinpdf.model.Finding> findings = new ArrayList<>(joined.findings());
        int page = firstPage(next);
        for (int r = 0; r < drop; r++) {
            String dropped = String.join(" | ", b[r]);
            boolean exact = Arrays.equals(norm(a[r]), norm(b[r]));
            org.sinpdf.model.Finding f = exact
                    ? org.sinpdf.model.Finding.info("repeated-header-dropped",
                            "header row repeated on page " + page + " dropped where the table continues")
                    : org.sinpdf.model.Finding.warning("repeated-header-dropped-inexact",
                            "header row on page " + page + " differs slightly from page " + lastPage(prev)
                                    + "'s (\"" + String.join(" | ", a[r]) + "\"); taken for the same header and dropped");
            findings.add(f.atPage(page).inStage(joined.stageId()).atCell(joined.id(), r + 1, 0, dropped));
        }
        return new Table(joined.id(), joined.rowCount(), joined.columnCount(), joined.headerRows(), joined.cells(),
                joined.columns(), joined.regions(), findings, joined.stageId());
    }

    /** 1 - edit distance / length of the longer text; 1 for two equal texts. */
    static double similarity(String a, String b) { return EditDistance.similarity(a, b); }

    private static String[] norm(String[] row) {
        String[] out = new String[row.length];
        for (int i = 0; i < row.length; i++) {
            String t = java.text.Normalizer.normalize(row[i], java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            out[i] = t.replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
        }
        return out;
    }

    static boolean sameColumns(Table a, Table b, double tolerance) {
        if (a.columnCount() != b.columnCount()) return false;
        double[] ea = edges(a), eb = edges(b);
        double width = Math.max(a.regions().get(a.regions().size() - 1).bbox().width(), b.regions().get(0).bbox().width());
        for (int c = 0; c < ea.length; c++) {
            if (Double.isNaN(ea[c]) || Double.isNaN(eb[c])) continue;
            if (Math.abs(ea[c] - eb[c]) > tolerance * width + 1e-9) return false;
        }
        return true;
    }

    /** For each column, the centre of its single-column cells (NaN when none has a box). */
    private static double[] edges(Table t) {
        double[] sum = new double[t.columnCount()];
        int[] n = new int[t.columnCount()];
        for (Cell c : t.cells()) {
            if (c.colSpan() != 1 || c.box() == null) continue;
            sum[c.col()] += c.box().centerX();
            n[c.col()]++;
        }
        double[] out = new double[sum.length];
        for (int i = 0; i < sum.length; i++) out[i] = n[i] == 0 ? Double.NaN : sum[i] / n[i];
        return out;
    }

    static Table join(Table a, Table b, int drop) {
        List<Cell> cells = new ArrayList<>(a.cells());
        int shift = a.rowCount() - drop;
        for (Cell c : b.cells()) {
            if (c.row() < drop) continue;
            cells.add(c.at(c.row() + shift, c.col()));
        }
        List<TableRegion> regions = new ArrayList<>(a.regions());
        for (TableRegion r : b.regions()) {
            int first = Math.max(r.firstRow(), drop), end = Math.max(r.endRow(), drop);
            regions.add(new TableRegion(r.page(), r.bbox(), first + shift, end + shift));
        }
        int rows = a.rowCount() + b.rowCount() - drop;
        return new Table(a.id(), rows, a.columnCount(), a.headerRows(), cells, a.columns(), regions, a.findings(),
                a.stageId());
    }
}
