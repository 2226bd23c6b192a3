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

    /**
     * Sauvola with a window of about 1/6 inch. Mean and deviation are computed on blocks of about
     * 1/75 inch (summed-area table over the block grid); each pixel's threshold is interpolated
     * bilinearly between block centres: down the rows once a row (a short array of block
     * thresholds), then along the row in 16.16 fixed point, so a pixel costs a load, a multiply-add
     * and a compare.
     */
    static GreyImage sauvola(GreyImage img) {
        int w = img.width(), h = img.height();
        byte[] p = img.pixels();
        int f = Math.max(1, (int) Math.round(img.dpi() / 75));
        int bw = (w + f - 1) / f, bh = (h + f - 1) / f;
        // summed-area tables over blocks: sums of v, v^2 and pixel counts
        int stride = bw + 1;
        long[] s1 = new long[stride * (bh + 1)];
        long[] s2 = new long[stride * (bh + 1)];
        int[] cnt = new int[stride * (bh + 1)];
        long[] b1 = new long[bw], b2 = new long[bw];
        for (int by = 0; by < bh; by++) {
            java.util.Arrays.fill(b1, 0);
            java.util.Arrays.fill(b2, 0);
            int yEnd = Math.min(h, by * f + f);
            for (int y = by * f; y < yEnd; y++) {
                int o = y * w;
                for (int bx = 0, x = 0; bx < bw; bx++) {
                    int xEnd = Math.min(w, x + f);
                    int a1 = 0, a2 = 0;
                    for (; x < xEnd; x++) {
                        int v = p[o + x] & 0xff;
                        a1 += v;
                        a2 += v * v;
                    }
                    b1[bx] += a1;
                    b2[bx] += a2;
                }
            }
            int rows = yEnd - by * f;
            int row = (by + 1) * stride, prev = by * stride;
            long r1 = 0, r2 = 0;
            int rc = 0;
            for (int bx = 0; bx < bw; bx++) {
                r1 += b1[bx]; r2 += b2[bx]; rc += rows * (Math.min(w, bx * f + f) - bx * f);
                s1[row + bx + 1] = s1[prev + bx + 1] + r1;
                s2[row + bx + 1] = s2[prev + bx + 1] + r2;
                cnt[row + bx + 1] = cnt[prev + bx + 1] + rc;
            }
        }
        int r = Math.max(2, (int) Math.round(img.dpi() / 12.0 / f));
        float[] t = new float[bw * bh];
        for (int by = 0; by < bh; by++) {
            int y0 = Math.max(0, by - r), y1 = Math.min(bh, by + r + 1);
            for (int bx = 0; bx < bw; bx++) {
                int x0 = Math.max(0, bx - r), x1 = Math.min(bw, bx + r + 1);
                int a = y0 * stride + x0, b = y0 * stride + x1, c = y1 * stride + x0, d = y1 * stride + x1;
                double n = cnt[d] - cnt[b] - cnt[c] + cnt[a];
                double mean = (s1[d] - s1[b] - s1[c] + s1[a]) / n;
                double var = Math.max(0, (s2[d] - s2[b] - s2[c] + s2[a]) / n - mean * mean);
                t[by * bw + bx] = (float) (mean * (1 + SAUVOLA_K * (Math.sqrt(var) / SAUVOLA_R - 1)));
            }
        }
        // bilinear interpolation between block centres: column i and weight 0..256 of column i + 1
        int[] ix = new int[w];
        int[] fx = new int[w];
        for (int x = 0; x < w; x++) {
            float g = Math.max(0, Math.min(bw - 1, (x + 0.5f) / f - 0.5f));
            int i = Math.min((int) g, Math.max(0, bw - 2));
            ix[x] = i;
            fx[x] = Math.round((g - i) * 256);
        }
        int[] base = new int[bw], slope = new int[bw]; // this row's threshold at column i, in 8.8 fixed point, and its step to i + 1
        byte[] out = new byte[p.length];
        for (int y = 0; y < h; y++) {
            float g = Math.max(0, Math.min(bh - 1, (y + 0.5f) / f - 0.5f));
            int j = Math.min((int) g, Math.max(0, bh - 2));
            float fy = g - j;
            int top = j * bw, bot = Math.min(bh - 1, j + 1) * bw;
            for (int i = 0; i < bw; i++) {
                float th = t[top + i] + (t[bot + i] - t[top + i]) * fy;
                base[i] = Math.round(th * 256);
            }
            for (int i = 0; i < bw; i++) slope[i] = base[Math.min(bw - 1, i + 1)] - base[i];
            int o = y * w;
            for (int x = 0; x < w; x++) {
                int i = ix[x];
                int th = (base[i] << 8) + slope[i] * fx[x];            // 16.16
                int v = (p[o + x] & 0xff) << 16;
                // ink (v <= th) -> 0, paper -> 255, without a branch
                out[o + x] = (byte) ~((v - th - 1) >> 31);
            }
        }
        return new GreyImage(w, h, out, img.dpi());
    }

}
