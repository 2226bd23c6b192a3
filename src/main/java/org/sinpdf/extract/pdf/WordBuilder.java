package org.sinpdf.extract.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
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
        for (Glyph g : glyphs) b.add(g);
        b.flush();
        return b.words;
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
