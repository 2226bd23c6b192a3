package org.sinpdf.eval;

import java.util.List;
import java.util.Objects;
import org.sinpdf.model.BoundingBox;

/**
 * The part of a found table that sits on one page, in the scorer's neutral form: page, region
 * (top-left origin, points, upright page) and grid cells. A table that spans pages is given as
 * one {@code ResultTable} per page.
 *
 * @param page  1-based page number
 * @param bbox  the table's region on that page
 * @param cells the cells of that region
 */
public record ResultTable(int page, BoundingBox bbox, List<GridCell> cells) {
    public ResultTable {
        if (page < 1) throw new IllegalArgumentException("page numbers start at 1: " + page);
        Objects.requireNonNull(bbox, "bbox");
        cells = List.copyOf(cells);
    }

    /** A table from a plain grid of texts (rows × columns), no spans. */
    public static ResultTable ofGrid(int page, BoundingBox bbox, List<List<String>> grid) {
        List<GridCell> cells = new java.util.ArrayList<>();
        for (int r = 0; r < grid.size(); r++) {
            for (int c = 0; c < grid.get(r).size(); c++) cells.add(GridCell.of(r, c, grid.get(r).get(c)));
        }
        return new ResultTable(page, bbox, cells);
    }
}
