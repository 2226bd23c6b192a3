package org.sinpdf.extract.image;

import java.util.Locale;

/**
 * Turns a grey page into black (0) and white (255). {@link Method#OTSU} picks one global
 * threshold; {@link Method#SAUVOLA} a local one from the mean and deviation around each pixel,
 * which copes with shadows, stains and uneven scanner light.
 */
public final class Binarizer {
    public enum Method {
        OTSU, SAUVOLA;

        public static Method parse(String s) {
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown binarization \"" + s + "\" (otsu or sauvola)", e);
            }
        }
    }

    private static final double SAUVOLA_K = 0.34;
    private static final double SAUVOLA_R = 128;

    private final Method method;

    public Binarizer(Method method) { this.method = method; }

    public Method method() { return method; }

    public GreyImage apply(GreyImage img) {
        return method == Method.OTSU ? threshold(img, otsuThreshold(img)) : sauvola(img);
    }

    /** Pixels below {@code t} become black. */
    public static GreyImage threshold(GreyImage img, int t) {
        byte[] p = img.pixels();
        byte[] out = new byte[p.length];
        for (int i = 0; i < p.length; i++) out[i] = (p[i] & 0xff) < t ? 0 : (byte) 255;
        return new GreyImage(img.width(), img.height(), out, img.dpi());
    }

    /** Otsu's global threshold: pixels below it are ink. */
    public static int otsuThreshold(GreyImage img) {
        long[] hist = new long[256];
        for (byte b : img.pixels()) hist[b & 0xff]++;
        long total = img.pixels().length;
        double sumAll = 0;
        for (int i = 0; i < 256; i++) sumAll += (double) i * hist[i];
        double sumB = 0, best = -1;
        long wB = 0;
        int threshold = 128;
        for (int t = 0; t < 256; t++) {
            wB += hist[t];
            if (wB == 0) continue;
            long wF = total - wB;
            if (wF == 0) break;
            sumB += (double) t * hist[t];
            double mB = sumB / wB, mF = (sumAll - sumB) / wF;
            double between = (double) wB * wF * (mB - mF) * (mB - mF);
            if (between > best) { best = between; threshold = t + 1; }
        }
        return threshold;
    }

    /** Sauvola with a window of about 1/6 inch, computed with sliding column sums (memory O(width)). */
    static GreyImage sauvola(GreyImage img) {
        int w = img.width(), h = img.height();
        byte[] p = img.pixels();
        byte[] out = new byte[p.length];
        int r = Math.max(7, (int) Math.round(img.dpi() / 12));
        long[] colSum = new long[w];
        long[] colSq = new long[w];
        // prime rows [0, r]
        for (int y = 0; y <= Math.min(r, h - 1); y++) addRow(p, w, y, colSum, colSq, 1);
        for (int y = 0; y < h; y++) {
            if (y > 0) {
                int add = y + r, drop = y - r - 1;
                if (add < h) addRow(p, w, add, colSum, colSq, 1);
                if (drop >= 0) addRow(p, w, drop, colSum, colSq, -1);
            }
            int rows = Math.min(h - 1, y + r) - Math.max(0, y - r) + 1;
            long s = 0, sq = 0;
            for (int x = 0; x <= Math.min(r, w - 1); x++) { s += colSum[x]; sq += colSq[x]; }
            int o = y * w;
            for (int x = 0; x < w; x++) {
                if (x > 0) {
                    int add = x + r, drop = x - r - 1;
                    if (add < w) { s += colSum[add]; sq += colSq[add]; }
                    if (drop >= 0) { s -= colSum[drop]; sq -= colSq[drop]; }
                }
                int cols = Math.min(w - 1, x + r) - Math.max(0, x - r) + 1;
                double n = (double) rows * cols;
                double mean = s / n;
                double var = Math.max(0, sq / n - mean * mean);
                double t = mean * (1 + SAUVOLA_K * (Math.sqrt(var) / SAUVOLA_R - 1));
                out[o + x] = (p[o + x] & 0xff) <= t ? 0 : (byte) 255;
            }
        }
        return new GreyImage(w, h, out, img.dpi());
    }

    private static void addRow(byte[] p, int w, int y, long[] colSum, long[] colSq, int sign) {
        int o = y * w;
        for (int x = 0; x < w; x++) {
            int v = p[o + x] & 0xff;
            colSum[x] += sign * v;
            colSq[x] += sign * v * v;
        }
    }
}
