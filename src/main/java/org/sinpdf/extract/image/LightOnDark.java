package org.sinpdf.extract.image;

/**
 * Recovers light text on a dark ground (a table printed white on dark grey, a shaded header row with
 * white captions) after a local binarization, which reads such a ground as paper and wipes the glyphs out.
 *
 * <p>Works on blocks of about 1/75 inch. A block is dark when its mean is below {@link #DARK_BLOCK} of the
 * paper level nearby (the lightest block within about an inch, so light falling off across the page is no
 * dark ground); a light block with dark blocks close on both sides (a glyph, a white gap between shaded
 * cells) belongs to the ground too. A band's interior is the ground whose window of about 1/6 inch is nearly
 * all ground and mostly dark. Each connected interior is judged on its own, against its commonest grey (the
 * ground's level): it is reverse video when it covers at least about 1/40 square inch, its level is grey
 * (not the black of dense bold text), and most of what differs from the ground is lighter than it
 * ({@link #LIGHT_SHARE}), its ground is plain, not a texture (at least {@link #MIN_SMOOTH} of its blocks
 * vary by less than {@link #SMOOTH_SD}: a chart's dotted, hatched or striped fill has hardly any smooth block)
 * and its light content has the shape of text (at least {@link #MIN_GLYPHS} light shapes of glyph size: a dark
 * bar of a chart, a thick rule or a black tick has none). On real scans two more things pass for bands and are
 * left alone: a ground whose greys spread wide ({@link #MAX_SPREAD}: a photograph, a gradient, a scanned halftone)
 * and a band that runs off the page ({@link #EDGE_INCH}: a thumb-index tab, a scanner's shadow, a photograph bled to
 * the edge). Only then is it rethresholded, with its ground out to
 * the band's edges: two-sided, against the mean of the dark blocks nearby, lighter than the ground by
 * {@link #LIGHT_STEP} of the way to the paper being ink (white glyphs; white gaps between cells and the band's
 * rim, which become rules) and darker than it by {@link #DARK_STEP} of its level being ink too (black text, a
 * dark rule crossing the band); what the binarizer found a little darker than the ground ({@link #MIN_FAINT}, a
 * thin grey rule along or across the band) stays ink; the ground itself becomes paper. An edge block lighter
 * than the light threshold as a whole (a neighbouring lighter shade, the outermost block half on paper) keeps
 * the binarizer's reading, and so does a block with little of the band's ground around it and dark marks there
 * ({@link #MIN_ON_GROUND}: black text on paper or a lighter shade next to the band). Bands of black text on
 * light grey (most shaded headers) are not reverse video and keep the binarizer's output untouched, and so do
 * pages of black text on white. Where blocks are one pixel (under about 113 dpi) the band's rim is kept as a thin
 * rule ({@link #outline}), as the blocks straddling its edge keep it at higher resolutions.
 */
final class LightOnDark {
    /**
     * A connected band interior the step judged, in pixels of the page ({@code x1}, {@code y1} exclusive).
     *
     * @param blocks     its interior blocks
     * @param level      its ground's grey
     * @param light      pixels lighter than the ground by the light step
     * @param darker     pixels darker than the ground by the dark step
     * @param total      its pixels
     * @param reverse    whether it was judged reverse video (and rethresholded)
     */
    record Band(int x0, int y0, int x1, int y1, int blocks, int level, long light, long darker, long total, boolean reverse,
                long near, int glyphs, long glyphPixels, int tiny, int large, int spread) {}

    /** A block darker than this share of the paper's brightness nearby counts as dark ground. */
    static final double DARK_BLOCK = 0.72;
    /** Ink on the ground: lighter than the ground by this share of the way to the paper. */
    static final double LIGHT_STEP = 0.35;
    /** Ink on the ground: darker than the ground by this share of its level. */
    static final double DARK_STEP = 0.35;
    /** An interior is reverse video when its light pixels are at least this share of its light and dark ones. */
    static final double LIGHT_SHARE = 0.75;
    /** ... and at least this share of its pixels. */
    static final double MIN_LIGHT = 0.004;
    /** A reverse-video interior is a plain ground: at least this share of its blocks are smooth (not a texture). */
    static final double MIN_SMOOTH = 0.5;
    /** A block is smooth when its pixels' standard deviation is below this. */
    static final int SMOOTH_SD = 24;
    /** A reverse-video interior holds at least this many glyph-sized light shapes. */
    static final int MIN_GLYPHS = 3;
    /**
     * A block keeps the binarizer's reading when less than this share of the pixels around it are at the ground's
     * level and at least {@link #MIN_DARK_MARKS} of them are darker.
     */
    static final double MIN_ON_GROUND = 0.3;
    /** See {@link #MIN_ON_GROUND}. */
    static final double MIN_DARK_MARKS = 0.03;
    /** A pixel the binarizer made ink, darker than the ground by at least this (or three times the ground's spread), stays ink. */
    static final int MIN_FAINT = 12;
    /** A reverse-video interior's ground out to its edges is rethresholded too. */
    static final boolean EDGES = true;
    /** A reverse-video band's rim where it meets the paper stays a thin rule at a low resolution: see {@link #outline}. */
    static final boolean OUTLINE = true;
    /** A ground is grey, not black: darker than this it is ink (dense bold text), not a band. */
    static final int MIN_LEVEL = 48;
    /**
     * A printed band is flat: its ground's spread (the half-width around its level holding about two thirds of
     * the pixels near it) is at most this. A photograph, a gradient or a scanned halftone spreads wider.
     */
    static final int MAX_SPREAD = 12;
    /**
     * A band within this share of an inch of the page's border runs off the page: a scanner's shadow along the
     * edge, a thumb-index tab, a photograph bled to the edge. A table's band lies within the page's margins.
     */
    static final double EDGE_INCH = 1 / 12.0;

    private LightOnDark() {}

    /**
     * Rewrites {@code out} (the binary image of grey {@code p}, both {@code w}×{@code h}) where light-on-dark
     * content is found; returns the number of pixels rethresholded.
     */
    static int apply(byte[] p, byte[] out, int w, int h, double dpi) {
        return run(p, out, w, h, dpi, null);
    }

    /** Every band interior of grey {@code p} the step judges, reverse video or not; changes nothing. */
    static java.util.List<Band> bands(byte[] p, int w, int h, double dpi) {
        java.util.List<Band> found = new java.util.ArrayList<>();
        run(p, null, w, h, dpi, found);
        return found;
    }

    private static int run(byte[] p, byte[] out, int w, int h, double dpi, java.util.List<Band> report) {
        int f = Math.max(1, (int) Math.round(dpi / 75));
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
        // the paper level near each block: the lightest block within about an inch (tiles of about 1/5 inch, ±2 tiles)
        final int tile = Math.max(4, (int) Math.round(dpi / 5.0 / f));
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
        if (darkCount == 0) return 0;
        int d = Math.max(2, (int) Math.round(dpi / 12.0 / f)); // a glyph or gap up to about 1/6 inch wide
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
        // summed-area tables of ground and dark blocks and of the dark blocks' means
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
        // interior blocks
        int r = Math.max(3, (int) Math.round(dpi / 12.0 / f));
        boolean[] interior = new boolean[mean.length];
        for (int by = 0; by < bh; by++) {
            int y0 = Math.max(0, by - r), y1 = Math.min(bh, by + r + 1);
            for (int bx = 0; bx < bw; bx++) {
                if (!ground[by * bw + bx]) continue;
                int x0 = Math.max(0, bx - r), x1 = Math.min(bw, bx + r + 1);
                int a = y0 * stride + x0, b = y0 * stride + x1, c = y1 * stride + x0, e = y1 * stride + x1;
                int n = (2 * r + 1) * (2 * r + 1); // a window cut by the page edge counts the outside as no ground
                int g = sg[e] - sg[b] - sg[c] + sg[a];
                int dk = sd[e] - sd[b] - sd[c] + sd[a];
                if (g < 0.8 * n || dk < 0.55 * n) continue;
                interior[by * bw + bx] = true;
            }
        }
        // each connected interior: judge it, then rethreshold it when it holds light content
        int changed = 0;
        int[] comp = new int[mean.length];
        int[] queue = new int[mean.length];
        // a band's interior covers at least about 1/40 square inch (a few glyphs of dense bold text do not)
        int minBlocks = (int) Math.round((dpi / f) * (dpi / f) / 40);
        boolean[] done = new boolean[mean.length];
        int[] onGround = null, onLabel = null; // pixels at the band's level per block, for the band labelled
        int label = 0;
        int[] outlined = null; // the blocks rethresholded for the band labelled
        int nDone = 0;
        for (int start = 0; start < mean.length; start++) {
            if (!interior[start] || comp[start] != 0) continue;
            label++;
            int qn = 0;
            queue[qn++] = start;
            comp[start] = label;
            for (int qi = 0; qi < qn; qi++) {
                int i = queue[qi], bx = i % bw, by = i / bw;
                if (bx > 0 && interior[i - 1] && comp[i - 1] == 0) { comp[i - 1] = label; queue[qn++] = i - 1; }
                if (bx + 1 < bw && interior[i + 1] && comp[i + 1] == 0) { comp[i + 1] = label; queue[qn++] = i + 1; }
                if (by > 0 && interior[i - bw] && comp[i - bw] == 0) { comp[i - bw] = label; queue[qn++] = i - bw; }
                if (by + 1 < bh && interior[i + bw] && comp[i + bw] == 0) { comp[i + bw] = label; queue[qn++] = i + bw; }
            }
            // the ground's level: the commonest grey of the interior (glyphs and rules are a minority)
            int[] hist = new int[256];
            for (int qi = 0; qi < qn; qi++) {
                int i = queue[qi], bx = i % bw, by = i / bw;
                for (int y = by * f, ye = Math.min(h, by * f + f); y < ye; y++) {
                    for (int x = bx * f, xe = Math.min(w, bx * f + f), o = y * w; x < xe; x++) hist[p[o + x] & 0xff]++;
                }
            }
            int level = 0;
            long best = -1;
            for (int v = 0; v < 256; v++) {
                long s = 0;
                for (int k = Math.max(0, v - 4); k <= Math.min(255, v + 4); k++) s += hist[k];
                if (s > best) { best = s; level = v; }
            }
            // the ground's spread (its noise): the half-width around the level holding about two thirds of the
            // pixels within 40 greys of it
            long around = 0;
            for (int k = Math.max(0, level - 40); k <= Math.min(255, level + 40); k++) around += hist[k];
            int spread = 0;
            for (long in = hist[level]; spread < 40 && in < 0.68 * around; ) {
                spread++;
                if (level - spread >= 0) in += hist[level - spread];
                if (level + spread <= 255) in += hist[level + spread];
            }
            long light = 0, darker = 0, total = 0, near = 0;
            int cx0 = bw, cy0 = bh, cx1 = 0, cy1 = 0;
            for (int qi = 0; qi < qn; qi++) {
                int i = queue[qi], bx = i % bw, by = i / bw;
                cx0 = Math.min(cx0, bx); cy0 = Math.min(cy0, by); cx1 = Math.max(cx1, bx + 1); cy1 = Math.max(cy1, by + 1);
                int[] t = thresholds(level, paperNear[(by / tile) * tw + bx / tile]);
                long ss = 0; int nn = 0;
                for (int y = by * f, ye = Math.min(h, by * f + f); y < ye; y++) {
                    for (int x = bx * f, xe = Math.min(w, bx * f + f), o = y * w; x < xe; x++) {
                        int v = p[o + x] & 0xff;
                        if (v > t[0]) light++;
                        else if (v < t[1]) darker++;
                        float dv = v - mean[i];
                        ss += (long) (dv * dv); nn++;
                        total++;
                    }
                }
                if (ss < (long) SMOOTH_SD * SMOOTH_SD * nn) near++;
            }
            // a plain ground, not a texture: most blocks are smooth (a chart's dotted, cross-hatched or striped
            // fill, whose light dots are no text, has hardly any), and its light content is text: some
            // glyph-sized light shapes (a dark bar of a chart, a thick rule, a black tick have none)
            int edge = (int) Math.round(EDGE_INCH * dpi) + r * f;
            boolean inside = cx0 * f > edge && cy0 * f > edge && cx1 * f < w - edge && cy1 * f < h - edge;
            boolean plain = qn >= minBlocks && level >= MIN_LEVEL && light >= MIN_LIGHT * total
                    && light >= LIGHT_SHARE * (light + darker) && spread <= MAX_SPREAD && inside;
            boolean smooth = near >= MIN_SMOOTH * qn;
            int[] lc = report != null || (plain && smooth) ? lightComponents(p, w, h, f, bw, comp, label, level, paperNear, tile, tw,
                    cx0, cy0, cx1, cy1, dpi) : new int[4];
            boolean reverse = plain && smooth && lc[0] >= MIN_GLYPHS;
            if (report != null) {
                int x0 = bw, y0 = bh, x1 = 0, y1 = 0;
                for (int qi = 0; qi < qn; qi++) {
                    int i = queue[qi], bx = i % bw, by = i / bw;
                    x0 = Math.min(x0, bx); y0 = Math.min(y0, by); x1 = Math.max(x1, bx + 1); y1 = Math.max(y1, by + 1);
                }
                report.add(new Band(x0 * f, y0 * f, Math.min(w, x1 * f), Math.min(h, y1 * f), qn, level, light, darker, total, reverse,
                        near, lc[0], lc[1], lc[2], lc[3], spread));
            }
            if (!reverse || out == null) continue;
            int faint = Math.max(MIN_FAINT, Math.min(3 * MIN_FAINT, 3 * spread));
            if (onGround == null) { onGround = new int[mean.length]; onLabel = new int[mean.length]; }
            int reach = Math.max(2, (int) Math.round(dpi / 18.0 / f)); // about 1/18 inch each way
            if (OUTLINE && f == 1 && (outlined == null || outlined.length < mean.length)) outlined = new int[mean.length];
            nDone = 0;
            // the interior and, when EDGES, the rest of its ground out to the band's edge (the binarizer's dark
            // frame there gives way to a thin line where the band meets the paper)
            for (int qi = 0; qi < qn; qi++) {
                int i = queue[qi], bx = i % bw, by = i / bw;
                int ry = EDGES ? r : 0;
                for (int ny = Math.max(0, by - ry); ny <= Math.min(bh - 1, by + ry); ny++) {
                    for (int nx = Math.max(0, bx - ry); nx <= Math.min(bw - 1, bx + ry); nx++) {
                        int j = ny * bw + nx;
                        if (done[j] || !ground[j] || (interior[j] && comp[j] != label)) continue;
                        // thresholds from the ground nearby (the mean of the dark blocks around), so a
                        // neighbouring shade joined to the band is read against its own level
                        int y0 = Math.max(0, ny - r), y1 = Math.min(bh, ny + r + 1);
                        int x0 = Math.max(0, nx - r), x1 = Math.min(bw, nx + r + 1);
                        int a = y0 * stride + x0, b = y0 * stride + x1, c = y1 * stride + x0, e = y1 * stride + x1;
                        int dk = sd[e] - sd[b] - sd[c] + sd[a];
                        if (dk == 0) continue;
                        int local = Math.round((sm[e] - sm[b] - sm[c] + sm[a]) / dk);
                        int[] t = thresholds(local, paperNear[(ny / tile) * tw + nx / tile]);
                        // an edge block lighter than the light threshold as a whole (a neighbouring lighter shade,
                        // the band's outermost block, half on paper) keeps the binarizer's reading
                        if (!interior[j] && mean[j] > t[0]) continue;
                        // so does a block with little of the band's ground around it and dark marks there (black text
                        // on paper or a lighter shade next to the band: its paper would turn to ink; the binarizer reads
                        // dark on light well). Light alone (a white gap between cells, a wide white stroke) is ink.
                        if (offTheGround(p, w, h, f, bw, bh, nx, ny, reach, level, faint, onGround, label, onLabel)) continue;
                        done[j] = true;
                        if (outlined != null) outlined[nDone++] = j;
                        for (int y = ny * f, ye = Math.min(h, ny * f + f); y < ye; y++) {
                            for (int x = nx * f, xe = Math.min(w, nx * f + f), o = y * w; x < xe; x++) {
                                int v = p[o + x] & 0xff;
                                // light (white text, gaps) and dark (black text) are ink; so is what the binarizer
                                // found a little darker than the ground (a thin grey rule along or across the band)
                                boolean ink = v > t[0] || v < t[1] || (out[o + x] == 0 && v < Math.min(local, level) - faint);
                                out[o + x] = ink ? 0 : (byte) 255;
                            }
                        }
                        changed += f * f;
                    }
                }
            }
            if (OUTLINE && f == 1) changed += outline(p, out, w, h, f, bw, bh, mean, done, outlined, nDone, level, paperNear, tile, tw);
        }
        return changed;
    }

    /**
     * Keeps the band's rim where it meets lighter ground as a thin rule, at a resolution (under about 113 dpi) where
     * a block is one pixel: a pixel of the rethresholded blocks {@code blocks} at the band's ground (not lighter than
     * the light threshold) with a neighbour outside them lighter than that becomes ink.
     * At higher resolutions the blocks straddling the band's edge keep the binarizer's reading, whose dark frame
     * leaves a thin line there; with one-pixel blocks none straddles, the band's outline would vanish with its ground,
     * and with it what set a caption bar apart from the table under it (two tables read as one). Returns the pixels
     * changed.
     */
    private static int outline(byte[] p, byte[] out, int w, int h, int f, int bw, int bh, float[] mean, boolean[] done, int[] blocks,
                               int n, int level, float[] paperNear, int tile, int tw) {
        int changed = 0;
        for (int k = 0; k < n; k++) {
            int j = blocks[k], bx = j % bw, by = j / bw;
            int t = thresholds(level, paperNear[(by / tile) * tw + bx / tile])[0];
            int x0 = bx * f, y0 = by * f, x1 = Math.min(w, x0 + f), y1 = Math.min(h, y0 + f);
            // the four sides: {neighbour block's dx, dy}
            for (int side = 0; side < 4; side++) {
                int dx = side == 0 ? -1 : side == 1 ? 1 : 0, dy = side == 2 ? -1 : side == 3 ? 1 : 0;
                int nx = bx + dx, ny = by + dy;
                if (nx < 0 || ny < 0 || nx >= bw || ny >= bh) continue;
                int jn = ny * bw + nx;
                if (done[jn] || mean[jn] <= t) continue;
                int sx0 = dx == 0 ? x0 : dx < 0 ? x0 : x1 - 1, sx1 = dx == 0 ? x1 : sx0 + 1;
                int sy0 = dy == 0 ? y0 : dy < 0 ? y0 : y1 - 1, sy1 = dy == 0 ? y1 : sy0 + 1;
                for (int y = sy0; y < sy1; y++) {
                    for (int x = sx0; x < sx1; x++) {
                        int xo = x + dx, yo = y + dy;
                        if (xo < 0 || yo < 0 || xo >= w || yo >= h) continue;
                        if ((p[y * w + x] & 0xff) <= t && (p[yo * w + xo] & 0xff) > t && out[y * w + x] != 0) {
                            out[y * w + x] = 0;
                            changed++;
                        }
                    }
                }
            }
        }
        return changed;
    }

    /**
     * Whether the blocks around block ({@code bx}, {@code by}) ({@code k} blocks each way) hold less than {@link #MIN_ON_GROUND}
     * of pixels within {@code faint} of the ground's {@code level} and at least {@link #MIN_DARK_MARKS} darker than that;
     * block counts cached in {@code onGround} (at the level, darker: 16 bits each) for band {@code label}.
     */
    private static boolean offTheGround(byte[] p, int w, int h, int f, int bw, int bh, int bx, int by, int k, int level, int faint,
                                        int[] onGround, int label, int[] onLabel) {
        int on = 0, dark = 0, all = 0;
        for (int y = Math.max(0, by - k); y <= Math.min(bh - 1, by + k); y++) {
            for (int x = Math.max(0, bx - k); x <= Math.min(bw - 1, bx + k); x++) {
                int j = y * bw + x;
                if (onLabel[j] != label) {
                    int n = 0, d = 0;
                    for (int py = y * f, ye = Math.min(h, y * f + f); py < ye; py++) {
                        for (int px = x * f, xe = Math.min(w, x * f + f), o = py * w; px < xe; px++) {
                            int v = p[o + px] & 0xff;
                            if (Math.abs(v - level) <= faint) n++;
                            else if (v < level) d++;
                        }
                    }
                    onGround[j] = n << 16 | d;
                    onLabel[j] = label;
                }
                on += onGround[j] >>> 16;
                dark += onGround[j] & 0xffff;
                all += (Math.min(h, y * f + f) - y * f) * (Math.min(w, x * f + f) - x * f);
            }
        }
        return on < MIN_ON_GROUND * all && dark >= MIN_DARK_MARKS * all;
    }

    /** {glyph-like components, their pixels, tiny components, large components} of the light pixels in a component. */
    private static int[] lightComponents(byte[] p, int w, int h, int f, int bw, int[] comp, int label, int level, float[] paperNear,
                                         int tile, int tw, int cx0, int cy0, int cx1, int cy1, double dpi) {
        int px0 = cx0 * f, py0 = cy0 * f, px1 = Math.min(w, cx1 * f), py1 = Math.min(h, cy1 * f);
        int ww = px1 - px0, hh = py1 - py0;
        byte[] m = new byte[ww * hh];
        for (int y = py0; y < py1; y++) {
            for (int x = px0; x < px1; x++) {
                int bx = x / f, by = y / f;
                if (comp[by * bw + bx] != label) continue;
                int t = thresholds(level, paperNear[(by / tile) * tw + bx / tile])[0];
                if ((p[y * w + x] & 0xff) > t) m[(y - py0) * ww + x - px0] = 1;
            }
        }
        int[] q = new int[ww * hh];
        int glyphs = 0, glyphPx = 0, tiny = 0, large = 0;
        int minH = (int) Math.round(dpi * 0.04), maxH = (int) Math.round(dpi * 0.5), maxW = (int) Math.round(dpi);
        for (int s = 0; s < m.length; s++) {
            if (m[s] != 1) continue;
            int n = 0, qn = 0, ax = ww, ay = hh, bx = 0, by = 0;
            q[qn++] = s; m[s] = 2;
            for (int qi = 0; qi < qn; qi++) {
                int i = q[qi], x = i % ww, y = i / ww;
                n++;
                ax = Math.min(ax, x); ay = Math.min(ay, y); bx = Math.max(bx, x); by = Math.max(by, y);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx, ny = y + dy;
                        if (nx < 0 || ny < 0 || nx >= ww || ny >= hh) continue;
                        int j = ny * ww + nx;
                        if (m[j] == 1) { m[j] = 2; q[qn++] = j; }
                    }
                }
            }
            int cw = bx - ax + 1, ch = by - ay + 1;
            if (n <= 12) tiny++;
            else if (ch >= minH && ch <= maxH && cw <= maxW) { glyphs++; glyphPx += n; }
            else if (ch > maxH || cw > maxW) large++;
        }
        return new int[] {glyphs, glyphPx, tiny, large};
    }

    /** {light threshold, dark threshold} for a ground at {@code level} with paper at {@code paper}. */
    private static int[] thresholds(int level, float paper) {
        return new int[] {Math.round(level + (float) LIGHT_STEP * (paper - level)), Math.round(level * (1 - (float) DARK_STEP))};
    }
}
