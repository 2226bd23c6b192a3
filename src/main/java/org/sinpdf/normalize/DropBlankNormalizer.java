package org.sinpdf.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.sinpdf.model.Finding;
import org.sinpdf.model.Severity;
import org.sinpdf.model.Table;
import org.sinpdf.model.TableRegion;
import org.sinpdf.spi.Normalizer;
import org.sinpdf.spi.StageContext;

/**
 * Stage {@code drop-blank}: removes grid rows and columns in which every cell is blank (separator
 * rows, empty gutters), each removal recorded as an INFO finding ({@code blank-row-removed},
 * {@code blank-column-removed}) with the 1-based grid position in the table as received.
 */
public final class DropBlankNormalizer implements Normalizer {
    public static final String ID = "drop-blank";

    public record Options(boolean rows, boolean columns) {
        public static final Options DEFAULTS = new Options(true, true);
    }

    private final Options options;

    public DropBlankNormalizer(Options o) { this.options = o; }

    @Override public String id() { return ID; }

    @Override
    public Table normalize(Table table, StageContext ctx) {
        String[][] g = table.spreadGrid();
        List<Finding> findings = new ArrayList<>();
        Set<Integer> rows = new TreeSet<>();
        if (options.rows()) {
            for (int r = 0; r < table.rowCount(); r++) {
                boolean blank = true;
                for (String v : g[r]) blank &= v.isBlank();
                if (blank) {
                    rows.add(r);
                    findings.add(new Finding(Severity.INFO, "blank-row-removed", "blank grid row " + (r + 1) + " removed",
                            ID, pageOf(table, r), table.id(), r + 1, 0, ""));
                }
            }
        }
        Set<Integer> cols = new TreeSet<>();
        if (options.columns()) {
            for (int c = 0; c < table.columnCount(); c++) {
                boolean blank = true;
                for (int r = 0; r < table.rowCount(); r++) blank &= g[r][c].isBlank();
                if (blank && table.rowCount() > 0) {
                    cols.add(c);
                    findings.add(new Finding(Severity.INFO, "blank-column-removed", "blank grid column " + (c + 1)
                            + " ('" + table.columns().get(c).name() + "') removed", ID, 0, table.id(), 0, c + 1, ""));
                }
            }
        }
        if (rows.isEmpty() && cols.isEmpty()) return table;
        Table out = TableEdit.removeColumns(TableEdit.removeRows(table, rows), cols);
        return TableEdit.plus(out, findings);
    }

    static int pageOf(Table t, int row) {
        for (TableRegion g : t.regions()) if (row >= g.firstRow() && row < g.endRow()) return g.page();
        return 0;
    }
}
