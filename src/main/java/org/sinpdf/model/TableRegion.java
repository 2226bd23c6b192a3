package org.sinpdf.model;

import java.util.Objects;

/**
 * The part of a table that sits on one page.
 *
 * @param page     1-based page number
 * @param bbox     the region on the upright page (top-left origin)
 * @param firstRow first grid row (0-based, header rows included) that comes from this region
 * @param endRow   one past the last grid row from this region
 */
public record TableRegion(int page, BoundingBox bbox, int firstRow, int endRow) {
    public TableRegion {
        Objects.requireNonNull(bbox, "bbox");
        if (endRow < firstRow) throw new IllegalArgumentException("endRow < firstRow");
    }

    public TableRegion shifted(int delta) { return new TableRegion(page, bbox, firstRow + delta, endRow + delta); }
}
