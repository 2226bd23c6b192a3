package org.sinpdf.extract.ocr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.sinpdf.extract.image.GreyImage;

/**
 * Tesseract's models read every horizontal dash as a hyphen: the en dash of a range ("33.5–38.9")
 * or of a negative figure ("–0.1") comes out as "-". The printed length tells them apart: a hyphen is
 * about a quarter to a third of an em, an en dash half an em, an em dash a whole em. This measures
 * each dash of a word in the page image (flat ink pieces in the middle of the line, left to right)
 * against the em of the word's own characters (digit and capital height ≈ 0.7 em) and writes the
 * dash it is. A word whose dashes cannot all be found in the image is left as read. Stateless.
 */
final class Dashes {
    private Dashes() {}

    /** Digit and capital height as a share of the em (0.66–0.73 in common text faces). */
    static final double CAP_HEIGHT = 0.7;
    /** Dash ink shorter than this share of an em is a hyphen. */
    static final double HYPHEN_MAX = 0.42;
    /** Dash ink up to this share of an em is an en dash; longer is an em dash. */
    static final double EN_DASH_MAX = 0.78;

    static boolean isDash(char c) { return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2010' || c == '\u2212'; }

    /** The word with each dash written as the dash its printed length says; the word itself when unsure. */
    static TesseractEngine.Word refine(TesseractEngine.Word w, GreyImage page) {
        String t = w.text();
        int dashes = 0;
        for (int i = 0; i < t.length(); i++) if (isDash(t.charAt(i))) dashes++;
        if (dashes == 0) return w;
        int x0 = Math.max(0, w.left()), y0 = Math.max(0, w.top());
        int x1 = Math.min(page.width(), w.right()), y1 = Math.min(page.height(), w.bottom());
        if (x1 - x0 < 3 || y1 - y0 < 5) return w;
        List<int[]> pieces = components(page, x0, y0, x1, y1); // {left, top, right, bottom} exclusive
        int[] heights = pieces.stream().filter(p -> p[3] - p[1] >= (y1 - y0) / 3).mapToInt(p -> p[3] - p[1]).sorted().toArray();
        if (heights.length == 0) return w;
        double em = heights[heights.length / 2] / CAP_HEIGHT;
        List<int[]> flat = new ArrayList<>();
        for (int[] p : pieces) {
            int pw = p[2] - p[0], ph = p[3] - p[1];
            double mid = (p[1] + p[3]) / 2.0;
            boolean thin = ph <= Math.max(2, 0.18 * em) && pw >= 2 * ph;
            boolean middle = mid > y0 + (y1 - y0) * 0.2 && mid < y1 - (y1 - y0) * 0.15;
            if (thin && middle && pw >= 0.12 * em) flat.add(p);
        }
        if (flat.size() != dashes) return w;
        flat.sort((a, b) -> Integer.compare(a[0], b[0]));
        StringBuilder sb = new StringBuilder(t);
        int k = 0;
        for (int i = 0; i < sb.length(); i++) {
            if (!isDash(sb.charAt(i))) continue;
            int[] piece = flat.get(k++);
            double len = (piece[2] - piece[0]) / em;
            char c = sb.charAt(i);
            if (c == '\u2212' || c == '\u2010') continue; // a minus or a hyphen Tesseract was sure of
            sb.setCharAt(i, len < HYPHEN_MAX ? '-' : len <= EN_DASH_MAX ? '\u2013' : '\u2014');
        }
        String out = sb.toString();
        return out.equals(t) ? w : w.withText(out);
    }

    /** What the image says of a number's leading minus. */
    enum SignInk {
        /** a flat piece of ink before the first digit-sized glyph: a minus is printed */
        PRESENT,
        /** no ink before the first glyph but specks, all within a tenth of an em: no minus is printed */
        ABSENT,
        /** something else (a minus touching the digit, a broken one, a bracket): the image does not say */
        UNKNOWN
    }

    /**
     * Whether the word alone in {@code crop} (as {@link UnreadInk#wordCrop} cuts it: other words and
     * rulings whitened, black on white) has the minus its text starts with. The em is measured on the
     * digit-sized glyphs as in {@link #refine}; what lies wholly left of the first of them is the sign's
     * ink. A speck of scanning noise read as a minus ("-$12,021,500,000.00" from a dot before the "$")
     * is ABSENT; a flat dash of at least {@link #MIN_SIGN} em is PRESENT.
     */
    static SignInk leadingSign(GreyImage crop) {
        List<int[]> pieces = components(crop, 0, 0, crop.width(), crop.height());
        int tallest = pieces.stream().mapToInt(p -> p[3] - p[1]).max().orElse(0);
        if (tallest < 5) return SignInk.UNKNOWN;
        int[] heights = pieces.stream().filter(p -> p[3] - p[1] >= tallest / 2).mapToInt(p -> p[3] - p[1]).sorted().toArray();
        double em = heights[heights.length / 2] / CAP_HEIGHT;
        int[] first = null;
        for (int[] p : pieces) if (p[3] - p[1] >= tallest / 2 && (first == null || p[0] < first[0])) first = p;
        // wider than any digit or "$": a minus may touch it, so having no piece before it proves nothing
        if (first[2] - first[0] > MAX_GLYPH * em) return SignInk.UNKNOWN;
        int left = Integer.MAX_VALUE, right = Integer.MIN_VALUE, tallestBefore = 0;
        for (int[] p : pieces) {
            if (p[2] > first[0]) continue; // not wholly before the first glyph
            int pw = p[2] - p[0], ph = p[3] - p[1];
            if (ph <= Math.max(2, 0.18 * em) && pw >= 2 * ph && pw >= MIN_SIGN * em) return SignInk.PRESENT;
            left = Math.min(left, p[0]);
            right = Math.max(right, p[2]);
            tallestBefore = Math.max(tallestBefore, ph);
        }
        if (right == Integer.MIN_VALUE) return SignInk.ABSENT;
        return right - left < MIN_SIGN * em && tallestBefore < MIN_SIGN * em ? SignInk.ABSENT : SignInk.UNKNOWN;
    }

    /** Digits and "$" are at most this wide, in em (0.5–0.6 in common faces). */
    static final double MAX_GLYPH = 0.7;
    /** The shortest minus or hyphen, in em (hyphens are about a quarter to a third of an em). */
    static final double MIN_SIGN = 0.12;

    /** 8-connected dark pieces inside the box, as {left, top, right, bottom} (right/bottom exclusive). */
    static List<int[]> components(GreyImage page, int x0, int y0, int x1, int y1) {
        int w = x1 - x0, h = y1 - y0;
        boolean[] seen = new boolean[w * h];
        List<int[]> out = new ArrayList<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int start = 0; start < w * h; start++) {
            if (seen[start] || page.at(x0 + start % w, y0 + start / w) >= 128) continue;
            int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
            seen[start] = true;
            queue.add(start);
            while (!queue.isEmpty()) {
                int k = queue.poll();
                int x = k % w, y = k / w;
                box[0] = Math.min(box[0], x); box[1] = Math.min(box[1], y);
                box[2] = Math.max(box[2], x + 1); box[3] = Math.max(box[3], y + 1);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx, ny = y + dy;
                        if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
                        int n = ny * w + nx;
                        if (!seen[n] && page.at(x0 + nx, y0 + ny) < 128) {
                            seen[n] = true;
                            queue.add(n);
                        }
                    }
                }
            }
            out.add(new int[] {box[0] + x0, box[1] + y0, box[2] + x0, box[3] + y0});
        }
        return out;
    }
}
