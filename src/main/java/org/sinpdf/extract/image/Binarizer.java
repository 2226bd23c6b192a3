package org.sinpdf.extract.image;

import java.util.Locale;

/**
 * Turns a grey page into black (0) and white (255). {@link Method#OTSU} picks one global
 * threshold; {@link Method#SAUVOLA} a local one from the mean and deviation around each pixel,
 * which copes with shadows, stains and uneven scanner light, and reads light text on a dark
 * ground (shaded headers, tables printed white on grey) as ink too.
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
        reverseVideo(p, out, w, h, f);
        return new GreyImage(w, h, out, img.dpi());
    }

    /** A block darker than this share of the paper's brightness counts as dark background. */
    static final double DARK_BLOCK = 0.72;

    /**
     * Light text on a dark ground (a shaded table header, a table printed white on grey): Sauvola
     * reads the ground as paper and the glyphs vanish. Blocks of {@code f}×{@code f} pixels are dark
     * when their mean is below {@link #DARK_BLOCK} of the paper level nearby (the lightest block within
     * about 2/3 inch, so uneven light is not a dark ground); a light block with dark blocks
     * close on both sides (a glyph inside the ground) belongs to the ground too. Where a window of
     * about 1/12 inch around a block is nearly all ground and mostly dark, its pixels are thresholded
     * inverted: lighter than the ground by 30% of the way to the paper becomes ink, the ground paper.
     * Black text on white never qualifies (its strokes cover well under half of any such window).
     */
    static void reverseVideo(byte[] p, byte[] out, int w, int h, int f) {
        int bw = (w + f - 1) / f, bh = (h + f - 1) / f;
        float[] mean = new float[bw * bh];
        for (int by = 0; by < bh; by++) {
            for (int bx = 0; bx < bw; bx++) {
                int sum = 0, n = 0;
                for (int y = by * f, ye = Math.min(h, by * f + f); y < ye; y++) {
                    for (int x = bx * f, xe = Math.min(w, bx * f + f), o = y * w; x < xe; x++) { sum += p[o + x] & 0xff; n++; }
                }
                mean[by * bw + bx] = sum / (float) n;
            }
        }
        // the paper level near each block: the lightest block within about 2/3 inch (tiles of 16 blocks, ±2 tiles),
        // so light falling off across the page is not taken for a dark ground while a band is
        final int tile = 16;
        int tw = (bw + tile - 1) / tile, th = (bh + tile - 1) / tile;
        float[] tileMax = new float[tw * th];
        for (int by = 0; by < bh; by++) {
            for (int bx = 0; bx < bw; bx++) {
                int ti = (by / tile) * tw + bx / tile;
                tileMax[ti] = Math.max(tileMax[ti], mean[by * bw + bx]);
            }
        }
        float[] paperNear = new float[tw * th];
        for (int ty = 0; ty < th; ty++) {
            for (int tx = 0; tx < tw; tx++) {
                float m = 0;
                for (int y = Math.max(0, ty - 2); y <= Math.min(th - 1, ty + 2); y++) {
                    for (int x = Math.max(0, tx - 2); x <= Math.min(tw - 1, tx + 2); x++) m = Math.max(m, tileMax[y * tw + x]);
                }
                paperNear[ty * tw + tx] = m;
            }
        }
        boolean[] dark = new boolean[mean.length];
        int darkCount = 0;
        for (int by = 0; by < bh; by++) {
            for (int bx = 0; bx < bw; bx++) {
                int i = by * bw + bx;
                float paper = paperNear[(by / tile) * tw + bx / tile];
                if (paper >= 128 && mean[i] < paper * DARK_BLOCK) { dark[i] = true; darkCount++; }
            }
        }
        if (darkCount == 0) return;
        int d = Math.max(2, (int) Math.round(24.0 / f)); // about 1/12 inch at 300 dpi
        boolean[] ground = new boolean[mean.length];
        for (int by = 0; by < bh; by++) {
            for (int bx = 0; bx < bw; bx++) {
                int i = by * bw + bx;
                if (dark[i]) { ground[i] = true; continue; }
                boolean l = false, r = false, u = false, dn = false;
                for (int k = 1; k <= d; k++) {
                    if (bx - k >= 0 && dark[i - k]) l = true;
                    if (bx + k < bw && dark[i + k]) r = true;
                    if (by - k >= 0 && dark[i - k * bw]) u = true;
                    if (by + k < bh && dark[i + k * bw]) dn = true;
                }
                ground[i] = (l && r) || (u && dn);
            }
        }
        // summed-area tables of ground and dark blocks
        int stride = bw + 1;
        int[] sg = new int[stride * (bh + 1)], sd = new int[stride * (bh + 1)];
        float[] sm = new float[stride * (bh + 1)];
        for (int by = 0; by < bh; by++) {
            int rg = 0, rd = 0;
            float rm = 0;
            for (int bx = 0; bx < bw; bx++) {
                int i = by * bw + bx;
                if (ground[i]) rg++;
                if (dark[i]) { rd++; rm += mean[i]; }
                int o = (by + 1) * stride + bx + 1;
                sg[o] = sg[o - stride] + rg;
                sd[o] = sd[o - stride] + rd;
                sm[o] = sm[o - stride] + rm;
            }
        }
        int r = Math.max(3, (int) Math.round(24.0 / f)); // window radius about 1/12 inch at 300 dpi
        for (int by = 0; by < bh; by++) {
            int y0 = Math.max(0, by - r), y1 = Math.min(bh, by + r + 1);
            for (int bx = 0; bx < bw; bx++) {
                if (!ground[by * bw + bx]) continue;
                int x0 = Math.max(0, bx - r), x1 = Math.min(bw, bx + r + 1);
                int a = y0 * stride + x0, b = y0 * stride + x1, c = y1 * stride + x0, e = y1 * stride + x1;
                int n = (y1 - y0) * (x1 - x0);
                int g = sg[e] - sg[b] - sg[c] + sg[a];
                int dk = sd[e] - sd[b] - sd[c] + sd[a];
                if (g < 0.8 * n || dk < 0.55 * n) continue;
                float groundLevel = (sm[e] - sm[b] - sm[c] + sm[a]) / dk;
                float paper = paperNear[(by / tile) * tw + bx / tile];
                int t = Math.round(groundLevel + 0.3f * (paper - groundLevel));
                for (int y = by * f, ye = Math.min(h, by * f + f); y < ye; y++) {
                    for (int x = bx * f, xe = Math.min(w, bx * f + f), o = y * w; x < xe; x++) {
                        out[o + x] = (p[o + x] & 0xff) > t ? 0 : (byte) 255;
                    }
                }
            }
        }
    }
}
