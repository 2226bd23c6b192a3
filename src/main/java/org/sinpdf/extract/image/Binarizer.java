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
     * bilinearly between block centres, which costs a few operations a pixel.
     */
    static GreyImage sauvola(GreyImage img) {
        int w = img.width(), h = img.height();
        byte[] p = img.pixels();
        int f = Math.max(1, (int) Math.round(img.dpi() / 75));
        int bw = (w + f - 1) / f, bh = (h + f - 1) / f;
        // summed-area tables over blocks: sums of v, v^2 and pixel counts
        long[] s1 = new long[(bw + 1) * (bh + 1)];
        long[] s2 = new long[(bw + 1) * (bh + 1)];
        long[] cnt = new long[(bw + 1) * (bh + 1)];
        long[] b1 = new long[bw], b2 = new long[bw];
        int[] bc = new int[bw];
        for (int by = 0; by < bh; by++) {
            java.util.Arrays.fill(b1, 0);
            java.util.Arrays.fill(b2, 0);
            java.util.Arrays.fill(bc, 0);
            for (int y = by * f; y < Math.min(h, by * f + f); y++) {
                int o = y * w;
                for (int x = 0; x < w; x++) {
                    int v = p[o + x] & 0xff;
                    int bx = x / f;
                    b1[bx] += v;
                    b2[bx] += v * v;
                    bc[bx]++;
                }
            }
            int row = (by + 1) * (bw + 1), prev = by * (bw + 1);
            long r1 = 0, r2 = 0, rc = 0;
            for (int bx = 0; bx < bw; bx++) {
                r1 += b1[bx]; r2 += b2[bx]; rc += bc[bx];
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
                int a = y0 * (bw + 1) + x0, b = y0 * (bw + 1) + x1, c = y1 * (bw + 1) + x0, d = y1 * (bw + 1) + x1;
                double n = cnt[d] - cnt[b] - cnt[c] + cnt[a];
                double mean = (s1[d] - s1[b] - s1[c] + s1[a]) / n;
                double var = Math.max(0, (s2[d] - s2[b] - s2[c] + s2[a]) / n - mean * mean);
                t[by * bw + bx] = (float) (mean * (1 + SAUVOLA_K * (Math.sqrt(var) / SAUVOLA_R - 1)));
            }
        }
        // bilinear interpolation between block centres
        int[] ix = new int[w];
        float[] fx = new float[w];
        for (int x = 0; x < w; x++) {
            float g = Math.max(0, Math.min(bw - 1, (x + 0.5f) / f - 0.5f));
            int i = Math.min((int) g, Math.max(0, bw - 2));
            ix[x] = i;
            fx[x] = g - i;
        }
        byte[] out = new byte[p.length];
        for (int y = 0; y < h; y++) {
            float g = Math.max(0, Math.min(bh - 1, (y + 0.5f) / f - 0.5f));
            int j = Math.min((int) g, Math.max(0, bh - 2));
            float fy = g - j;
            int top = j * bw, bot = Math.min(bh - 1, j + 1) * bw;
            int o = y * w;
            for (int x = 0; x < w; x++) {
                int i = ix[x], i2 = Math.min(bw - 1, i + 1);
                float a = fx[x];
                float tt = t[top + i] + (t[top + i2] - t[top + i]) * a;
                float tb = t[bot + i] + (t[bot + i2] - t[bot + i]) * a;
                float th = tt + (tb - tt) * fy;
                out[o + x] = (p[o + x] & 0xff) <= th ? 0 : (byte) 255;
            }
        }
        return new GreyImage(w, h, out, img.dpi());
    }
}
