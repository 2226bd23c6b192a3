package org.sinpdf.extract.image;

/** Rotates page images: exact quarter turns, and small angles (deskew) about the centre. */
public final class Rotation {
    private Rotation() {}

    /** Rotates clockwise by 0, 90, 180 or 270 degrees (other multiples of 90 are reduced). */
    public static GreyImage quarterTurns(GreyImage img, int degreesClockwise) {
        int d = Math.floorMod(degreesClockwise, 360);
        if (d % 90 != 0) throw new IllegalArgumentException("not a quarter turn: " + degreesClockwise);
        if (d == 0) return img;
        int w = img.width(), h = img.height();
        byte[] src = img.pixels();
        byte[] out = new byte[src.length];
        switch (d) {
            case 90 -> {
                for (int y = 0; y < h; y++) {
                    int xp = h - 1 - y;
                    for (int x = 0; x < w; x++) out[x * h + xp] = src[y * w + x];
                }
                return new GreyImage(h, w, out, img.dpi());
            }
            case 180 -> {
                int n = src.length;
                for (int i = 0; i < n; i++) out[n - 1 - i] = src[i];
                return new GreyImage(w, h, out, img.dpi());
            }
            default -> { // 270
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) out[(w - 1 - x) * h + y] = src[y * w + x];
                }
                return new GreyImage(h, w, out, img.dpi());
            }
        }
    }

    /**
     * Rotates by {@code degrees} (positive = counter-clockwise on screen) about the centre with
     * bilinear interpolation, keeping the size; uncovered corners become white.
     */
    public static GreyImage byAngle(GreyImage img, double degrees) {
        if (degrees == 0) return img;
        int w = img.width(), h = img.height();
        byte[] src = img.pixels();
        byte[] out = new byte[src.length];
        double rad = Math.toRadians(degrees);
        double cos = Math.cos(rad), sin = Math.sin(rad);
        double cx = (w - 1) / 2.0, cy = (h - 1) / 2.0;
        for (int y = 0; y < h; y++) {
            double dy = y - cy;
            // the source of each destination pixel is the destination rotated clockwise (y grows downwards)
            double sxRow = cx - cos * cx - sin * dy;   // source of (0, y): sx = cx + cos*dx - sin*dy
            double syRow = cy - sin * cx + cos * dy;   //                   sy = cy + sin*dx + cos*dy
            int o = y * w;
            for (int x = 0; x < w; x++) {
                double sx = sxRow + cos * x;
                double sy = syRow + sin * x;
                int x0 = (int) Math.floor(sx), y0 = (int) Math.floor(sy);
                if (x0 < 0 || y0 < 0 || x0 >= w - 1 || y0 >= h - 1) {
                    out[o + x] = (byte) 255;
                    continue;
                }
                double fx = sx - x0, fy = sy - y0;
                int i = y0 * w + x0;
                double top = (src[i] & 0xff) * (1 - fx) + (src[i + 1] & 0xff) * fx;
                double bot = (src[i + w] & 0xff) * (1 - fx) + (src[i + w + 1] & 0xff) * fx;
                out[o + x] = (byte) (int) Math.round(top * (1 - fy) + bot * fy);
            }
        }
        return new GreyImage(w, h, out, img.dpi());
    }
}
