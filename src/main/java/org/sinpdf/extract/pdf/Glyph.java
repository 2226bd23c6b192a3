package org.sinpdf.extract.pdf;

/**
 * One glyph in the upright page frame: its baseline from (x0,y0) to (x1,y1), the unit "up" vector
 * (ux,uy) of its text, and its size (font size in page units).
 */
record Glyph(String text, double x0, double y0, double x1, double y1, double ux, double uy, double size,
             String font, boolean bold, boolean invisible) {

    /** Baseline direction in degrees, snapped to 0/90/180/270 when close, else rounded. */
    int direction() {
        double dx = x1 - x0, dy = y1 - y0;
        double len = Math.hypot(dx, dy);
        double a;
        if (len < 1e-6) {
            // zero-width glyph: derive the baseline from the up vector (up rotated clockwise)
            a = Math.toDegrees(Math.atan2(ux, -uy));
        } else {
            a = Math.toDegrees(Math.atan2(dy, dx));
        }
        a = ((a % 360) + 360) % 360;
        long q = Math.round(a / 90.0) * 90 % 360;
        return Math.abs(a - Math.round(a / 90.0) * 90) < 8 ? (int) q : (int) Math.round(a);
    }
}
