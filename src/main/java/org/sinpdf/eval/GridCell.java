package org.sinpdf.eval;

import java.util.Objects;

/**
 * One cell of a table grid as the scorer sees it, whatever produced it (ground truth, sinpdf,
 * tabula-java): grid position, span and the text as published.
 *
 * @param row     0-based (or any consistent origin) grid row of the top-left position
 * @param col     grid column of the top-left position
 * @param rowSpan rows covered, at least 1
 * @param colSpan columns covered, at least 1
 * @param text    the cell's text, unnormalised
 */
public record GridCell(int row, int col, int rowSpan, int colSpan, String text) {
    public GridCell {
        if (rowSpan < 1 || colSpan < 1) throw new IllegalArgumentException("span below 1 at " + row + "," + col);
        Objects.requireNonNull(text, "text");
    }

    public static GridCell of(int row, int col, String text) { return new GridCell(row, col, 1, 1, text); }

    public int endRow() { return row + rowSpan - 1; }
    public int endCol() { return col + colSpan - 1; }
}
