package org.sinpdf.eval;

import java.util.ArrayList;
import java.util.List;

/** Test helper: ground truth written out the way a CSV would carry it. */
final class GroundTruthGrids {
    private GroundTruthGrids() {}

    /** Each region as a plain grid: every cell's text at its top-left position, spans dropped. */
    static List<ResultTable> asPlainGrids(GroundTruth gt) {
        List<ResultTable> out = new ArrayList<>();
        for (GtRegion r : gt.regions()) {
            List<GridCell> cells = r.cells().stream().map(c -> GridCell.of(c.row(), c.col(), c.text())).toList();
            out.add(new ResultTable(r.page(), r.bbox(), cells));
        }
        return out;
    }
}
