package org.sinpdf.tabulate;

/**
 * Options of the table finders ({@code auto}, {@code lattice}, {@code stream}). Distances are in
 * multiples of the page's typical font size (em), so they hold for points and OCR pixels alike.
 *
 * @param columnGap       a horizontal gap at least this wide (em) between words hints at a column
 * @param maxRowGap       a vertical gap wider than this (em) between text lines ends an unruled table
 * @param minRows         fewer rows than this is not a table
 * @param minColumns      fewer columns than this is not a table
 * @param stitchTolerance column boundaries of a continued table may differ by this share of its width
 */
public record TabulateOptions(double columnGap, double maxRowGap, int minRows, int minColumns, double stitchTolerance) {
    public static final TabulateOptions DEFAULTS = new TabulateOptions(1.0, 2.2, 2, 2, 0.04);

    public TabulateOptions {
        if (!(columnGap > 0)) throw new IllegalArgumentException("columnGap must be > 0");
        if (!(maxRowGap > 0)) throw new IllegalArgumentException("maxRowGap must be > 0");
        if (minRows < 1 || minColumns < 1) throw new IllegalArgumentException("minRows and minColumns must be >= 1");
        if (!(stitchTolerance >= 0)) throw new IllegalArgumentException("stitchTolerance must be >= 0");
    }
}
