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
            long sx0 = Math.round((cx - cos * cx - sin * dy) * one);   // source of (0, y)
            long sy0 = Math.round((cy - sin * cx + cos * dy) * one);
            int o = y * w;
            // the pixels whose source lies inside the image form one run [lo, hi) of the row
            int lo = w, hi = w;
            double a = 0, b = w; // solve 0 <= s0 + x * d < max for x, on doubles, then settle exactly
            if (dxx != 0) {
                double e0 = -sx0 / (double) dxx, e1 = (maxX - sx0) / (double) dxx;
                a = Math.max(a, Math.min(e0, e1));
                b = Math.min(b, Math.max(e0, e1));
            } else if (sx0 < 0 || sx0 >= maxX) {
                b = -1;
            }
            if (dyx != 0) {
                double e0 = -sy0 / (double) dyx, e1 = (maxY - sy0) / (double) dyx;
                a = Math.max(a, Math.min(e0, e1));
                b = Math.min(b, Math.max(e0, e1));
            } else if (sy0 < 0 || sy0 >= maxY) {
                b = -1;
            }
            if (b >= a) {
                lo = (int) Math.max(0, Math.min(w, Math.floor(a)));
                while (lo < w && !inside(sx0 + lo * dxx, sy0 + lo * dyx, maxX, maxY)) lo++;
                while (lo > 0 && inside(sx0 + (lo - 1) * dxx, sy0 + (lo - 1) * dyx, maxX, maxY)) lo--;
                hi = Math.max(lo, (int) Math.max(0, Math.min(w, Math.ceil(b))));
                while (hi > lo && !inside(sx0 + (hi - 1) * dxx, sy0 + (hi - 1) * dyx, maxX, maxY)) hi--;
                while (hi < w && inside(sx0 + hi * dxx, sy0 + hi * dyx, maxX, maxY)) hi++;
            }
            java.util.Arrays.fill(out, o, o + lo, (byte) 255);
            java.util.Arrays.fill(out, o + hi, o + w, (byte) 255);
            long sx = sx0 + lo * dxx, sy = sy0 + lo * dyx;
            for (int x = lo; x < hi; x++, sx += dxx, sy += dyx) {
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

    private static boolean inside(long sx, long sy, long maxX, long maxY) {
        return sx >= 0 && sy >= 0 && sx < maxX && sy < maxY;
    }
}
