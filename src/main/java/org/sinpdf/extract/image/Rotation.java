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
        // 16.16 fixed point: the source of each destination pixel is the destination rotated clockwise
        final int one = 1 << 16;
        long dxx = Math.round(cos * one), dyx = Math.round(sin * one);
        long maxX = (long) (w - 1) << 16, maxY = (long) (h - 1) << 16;
        for (int y = 0; y < h; y++) {
            double dy = y - cy;
            long sx = Math.round((cx - cos * cx - sin * dy) * one);   // source of (0, y)
            long sy = Math.round((cy - sin * cx + cos * dy) * one);
            int o = y * w;
            for (int x = 0; x < w; x++, sx += dxx, sy += dyx) {
                if (sx < 0 || sy < 0 || sx >= maxX || sy >= maxY) {
                    out[o + x] = (byte) 255;
                    continue;
                }
                int x0 = (int) (sx >> 16), y0 = (int) (sy >> 16);
                int fx = (int) (sx & 0xffff) >> 8, fy = (int) (sy & 0xffff) >> 8; // 0..255
                int i = y0 * w + x0;
                int top = (src[i] & 0xff) * (256 - fx) + (src[i + 1] & 0xff) * fx;
                int bot = (src[i + w] & 0xff) * (256 - fx) + (src[i + w + 1] & 0xff) * fx;
                out[o + x] = (byte) ((top * (256 - fy) + bot * fy + 32768) >> 16);
            }
        }
        return new GreyImage(w, h, out, img.dpi());
    }
}
