package org.sinpdf.extract.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sinpdf.model.BoundingBox;
import org.sinpdf.model.Confidence;
import org.sinpdf.model.Origin;
import org.sinpdf.model.TextChunk;

/**
 * Joins glyphs, in content-stream order, into words: a word ends at a space, at a change of
 * direction or line, and at a gap along the baseline wider than {@code gapRatio} font sizes.
 * Linear in the number of glyphs.
 */
final class WordBuilder {
    private static final double ASCENT = 0.8;
    private static final double DESCENT = 0.2;
    /** Largest offset of each edge, in font sizes, of a word drawn again over itself. */
    static final double DUP_OFFSET = 0.15;

    private final double gapRatio;
    private final List<TextChunk> words = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private Glyph first;
    private Glyph last;
    private int lastDir;
    private double left, top, right, bottom;

    WordBuilder(double gapRatio) { this.gapRatio = gapRatio; }

    static List<TextChunk> build(List<Glyph> glyphs, double gapRatio) {
        WordBuilder b = new WordBuilder(gapRatio);
        for (Glyph g : withAccentsPlaced(glyphs)) b.add(g);
        b.flush();
        return withoutDuplicates(b.words);
    }

    /** Spacing accents (as TeX and some other producers draw them over a letter) and their combining forms. */
    private static final String SPACING = "\u00A8\u00B4\u0060\u02C6\u02DC\u00AF\u02D8\u02D9\u02DA\u00B8\u02DD\u02DB\u02C7";
    private static final String COMBINING = "\u0308\u0301\u0300\u0302\u0303\u0304\u0306\u0307\u030A\u0327\u030B\u0328\u030C";

    /**
     * Glyphs with each spacing accent drawn over the letter before or after it (same line, the two
     * overlapping by at least half the narrower one) joined to that letter as its combining form,
     * so "B¨orsch" reads "Börsch" once normalized. Other glyphs are left as they are.
     */
    static List<Glyph> withAccentsPlaced(List<Glyph> glyphs) {
        List<Glyph> out = null;
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            int k = g.text().length() == 1 ? SPACING.indexOf(g.text().charAt(0)) : -1;
            if (k >= 0) {
                char mark = COMBINING.charAt(k);
                Glyph next = i + 1 < glyphs.size() ? glyphs.get(i + 1) : null;
                Glyph prev = out == null ? (i > 0 ? glyphs.get(i - 1) : null) : (out.isEmpty() ? null : out.get(out.size() - 1));
                if (next != null && over(g, next)) {
                    if (out == null) out = new ArrayList<>(glyphs.subList(0, i));
                    out.add(withText(next, next.text() + mark));
                    i++;
                    continue;
                }
                if (prev != null && over(g, prev)) {
                    if (out == null) out = new ArrayList<>(glyphs.subList(0, i));
                    out.set(out.size() - 1, withText(prev, prev.text() + mark));
                    continue;
                }
            }
            if (out != null) out.add(g);
        }
        return out == null ? glyphs : out;
    }

    /** Whether accent a sits over letter b: same direction and baseline, overlapping along it. */
    private static boolean over(Glyph a, Glyph b) {
        if (b.text().isEmpty() || !Character.isLetter(b.text().codePointAt(0)) || a.direction() != b.direction()) return false;
        double bx = -b.uy(), by = b.ux();
        double size = Math.max(a.size(), b.size());
        double perp = (a.x0() - b.x0()) * b.ux() + (a.y0() - b.y0()) * b.uy();
        if (Math.abs(perp) > 0.5 * size) return false;
        double a0 = a.x0() * bx + a.y0() * by, a1 = a.x1() * bx + a.y1() * by;
        double b0 = b.x0() * bx + b.y0() * by, b1 = b.x1() * bx + b.y1() * by;
        double overlap = Math.min(Math.max(a0, a1), Math.max(b0, b1)) - Math.max(Math.min(a0, a1), Math.min(b0, b1));
        double narrower = Math.min(Math.abs(a1 - a0), Math.abs(b1 - b0));
        return narrower > 0 && overlap >= 0.5 * narrower;
    }

    private static Glyph withText(Glyph g, String text) {
        return new Glyph(text, g.x0(), g.y0(), g.x1(), g.y1(), g.ux(), g.uy(), g.size(), g.font(), g.bold(), g.invisible());
    }

    /**
     * The words without repeats drawn over themselves: the same text at the same size, offset by
     * less than {@value #DUP_OFFSET} of its size at every edge (fake bold, drop shadows, text
     * stamped twice). The first drawn is kept. Linear on average.
     */
    static List<TextChunk> withoutDuplicates(List<TextChunk> words) {
        Map<String, List<TextChunk>> seen = new HashMap<>(words.size() * 2);
        List<TextChunk> out = new ArrayList<>(words.size());
        for (TextChunk w : words) {
            List<TextChunk> same = seen.computeIfAbsent(w.text(), k -> new ArrayList<>(1));
            boolean repeat = false;
            for (TextChunk o : same) {
                if (repeats(o, w)) { repeat = true; break; }
            }
            if (repeat) continue;
            same.add(w);
            out.add(w);
        }
        return out.size() == words.size() ? words : out;
    }

    private static boolean repeats(TextChunk a, TextChunk b) {
        double size = Math.max(a.fontSize(), b.fontSize());
        if (Math.abs(a.fontSize() - b.fontSize()) > 0.05 * size) return false;
        double near = DUP_OFFSET * size;
        BoundingBox p = a.box(), q = b.box();
        return Math.abs(p.left() - q.left()) < near && Math.abs(p.right() - q.right()) < near
                && Math.abs(p.top() - q.top()) < near && Math.abs(p.bottom() - q.bottom()) < near;
    }

    private void add(Glyph g) {
        String t = g.text();
        if (t.isBlank()) {
            flush();
            return;
        }
        int dir = g.direction();
        if (last != null && !isMark(t) && breaksWord(g, dir)) flush();
        if (first == null) {
            first = g;
            left = Double.MAX_VALUE; top = Double.MAX_VALUE; right = -Double.MAX_VALUE; bottom = -Double.MAX_VALUE;
        }
        // a glyph string may hold spaces (ligature expansions never do; some fonts map to "a b")
        if (t.indexOf(' ') >= 0) t = t.replace(" ", "");
        text.append(t);
        extend(g);
        last = g;
        lastDir = dir;
    }

    private boolean breaksWord(Glyph g, int dir) {
        if (dir != lastDir) return true;
        double size = Math.max(g.size(), last.size());
        // baseline direction unit vector of the previous glyph: up rotated clockwise (y down)
        double bx = -last.uy(), by = last.ux();
        double px = g.x0() - last.x0(), py = g.y0() - last.y0();
        double perp = px * last.ux() + py * last.uy();
        if (Math.abs(perp) > 0.5 * size) return true;
        double gx = g.x0() - last.x1(), gy = g.y0() - last.y1();
        double gap = gx * bx + gy * by;
        return gap > gapRatio * size || gap < -0.6 * size;
    }

    private void extend(Glyph g) {
        double ax = g.ux() * ASCENT * g.size(), ay = g.uy() * ASCENT * g.size();
        double dx = -g.ux() * DESCENT * g.size(), dy = -g.uy() * DESCENT * g.size();
        point(g.x0() + ax, g.y0() + ay);
        point(g.x0() + dx, g.y0() + dy);
        point(g.x1() + ax, g.y1() + ay);
        point(g.x1() + dx, g.y1() + dy);
    }

    private void point(double x, double y) {
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
    }

    private void flush() {
        if (first != null && text.length() > 0) {
            String w = Normalizer.normalize(expandLigatures(text), Normalizer.Form.NFC);
            words.add(new TextChunk(w, new BoundingBox(left, top, right, bottom), Origin.TEXT_LAYER,
                    Confidence.CERTAIN, first.font(), first.size(), first.bold()));
        }
        text.setLength(0);
        first = null;
        last = null;
    }

    /** Presentation-form ligatures (U+FB00..U+FB06: ﬁ, ﬂ, ...) as the letters printed. */
    static CharSequence expandLigatures(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFB00' && c <= '\uFB06') {
                StringBuilder out = new StringBuilder(s.length() + 4);
                for (int k = 0; k < s.length(); k++) {
                    char d = s.charAt(k);
                    if (d >= '\uFB00' && d <= '\uFB06') out.append(Normalizer.normalize(String.valueOf(d), Normalizer.Form.NFKC));
                    else out.append(d);
                }
                return out;
            }
        }
        return s;
    }

    private static boolean isMark(String t) {
        if (t.length() != 1) return false;
        int type = Character.getType(t.charAt(0));
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
