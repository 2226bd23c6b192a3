package org.sinpdf.eval;

import java.util.ArrayList;
import java.util.List;
import org.sinpdf.model.Cell;
import org.sinpdf.model.Table;
import org.sinpdf.model.TableRegion;

/** Turns sinpdf {@link Table}s into the scorer's {@link ResultTable}s, one per table region. */
public final class SinpdfTables {
    private SinpdfTables() {}

    /**
     * One {@link ResultTable} per {@link TableRegion}, holding the cells whose first row lies in
     * that region's rows; spans are kept, the text is the cell's {@code raw} text. A table without
     * regions cannot be placed on a page and is skipped.
     */
    public static List<ResultTable> of(List<Table> tables) {
        List<ResultTable> out = new ArrayList<>();
        for (Table t : tables) {
            for (TableRegion r : t.regions()) {
                List<GridCell> cells = new ArrayList<>();
                for (Cell c : t.cells()) {
                    if (c.row() >= r.firstRow() && c.row() < r.endRow()) {
                        int rowSpan = Math.min(c.rowSpan(), r.endRow() - c.row());
                        cells.add(new GridCell(c.row(), c.col(), rowSpan, c.colSpan(), c.raw()));
                    }
                }
                out.add(new ResultTable(r.page(), r.bbox(), cells));
            }
        }
        return out;
    }
}
