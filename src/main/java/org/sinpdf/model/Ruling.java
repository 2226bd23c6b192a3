package org.sinpdf.model;

/**
 * A straight ruling line on the upright page (top-left origin): a stroked line, the long side
 * of a thin filled rectangle, or a line found in a scanned image.
 */
public record Ruling(double x1, double y1, double x2, double y2) {
    /** Within this many units of slope a line counts as horizontal or vertical. */
    public static final double AXIS_TOLERANCE = 1.0;

    public Ruling {
        // normalise direction: left-to-right, top-to-bottom
        if (x2 < x1 || (x2 == x1 && y2 < y1)) {
            double tx = x1, ty = y1;
            x1 = x2; y1 = y2; x2 = tx; y2 = ty;
        }
    }

    public boolean horizontal() { return Math.abs(y2 - y1) <= AXIS_TOLERANCE && length() > 0; }
    public boolean vertical() { return Math.abs(x2 - x1) <= AXIS_TOLERANCE && length() > 0; }
    public double length() { return Math.hypot(x2 - x1, y2 - y1); }
    public double left() { return Math.min(x1, x2); }
    public double right() { return Math.max(x1, x2); }
    public double top() { return Math.min(y1, y2); }
    public double bottom() { return Math.max(y1, y2); }
}
