package org.sinpdf.eval;

import java.util.List;
import java.util.Objects;
import org.sinpdf.model.BoundingBox;

/**
 * The part of a ground-truth table on one page: the unit the structure measure matches found
 * tables against.
 *
 * @param table 1-based ordinal of the table in the ground-truth file
 * @param page  1-based page
 * @param bbox  the region on the upright page, top-left origin, points
 * @param cells the cells of the table on that page (several structure regions of one table on one
 *              page are merged, their column/row increments applied)
 */
public record GtRegion(int table, int page, BoundingBox bbox, List<GridCell> cells) {
    public GtRegion {
        Objects.requireNonNull(bbox, "bbox");
        cells = List.copyOf(cells);
    }
}
