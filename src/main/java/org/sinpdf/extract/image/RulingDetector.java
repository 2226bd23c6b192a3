package org.sinpdf.extract.image;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sinpdf.model.Ruling;

/**
 * Finds ruling lines in a binary page: long near-solid horizontal (vertical) runs of black, joined
 * across small breaks and over neighbouring rows (columns) into one line, kept when the line is at least
 * {@code minLengthFraction} of the page's shorter side and thin (a filled block is no ruling).
 * Coordinates are pixels of the given image, top-left origin; a line sits on its centre.
 */
public final class RulingDetector {
    private final double minLengthFraction;

    public RulingDetector(double minLengthFraction) {
        if (!(minLengthFraction > 0 && minLengthFraction < 1)) {
            throw new IllegalArgumentException("minLengthFraction " + minLengthFraction);
        }
        this.minLengthFraction = minLengthFraction;
    }

    public List<Ruling> detect(GreyImage binary) {
        double dpi = binary.dpi();
        int minLength = (int) Math.ceil(minLengthFraction * Math.min(binary.width(), binary.height()));
        // a run is near-solid ink (1-pixel holes allowed) and longer than text strokes get;
        // runs of one line may be broken by scanning dropouts of up to joinGap pixels
        int joinGap = Math.max(2, (int) Math.round(dpi / 25));
        int minRun = Math.max(8, Math.min(minLength, (int) Math.round(dpi / 8)));
        int maxThickness = Math.max(3, (int) Math.round(dpi / 20));
        List<Ruling> out = new ArrayList<>();
        for (Segment s : segments(binary.pixels(), binary.width(), binary.height(), joinGap, minRun, minLength, maxThickness)) {
            double y = (s.lo + s.hi + 1) / 2.0;
            out.add(new Ruling(s.x0, y, s.x1 + 1, y));
        }
        byte[] t = transpose(binary.pixels(), binary.width(), binary.height());
        for (Segment s : segments(t, binary.height(), binary.width(), joinGap, minRun, minLength, maxThickness)) {
            double x = (s.lo + s.hi + 1) / 2.0;
            out.add(new Ruling(x, s.x0, x, s.x1 + 1));
        }
        return out;
    }

    /** A line being assembled: rows lo..hi, extent x0..x1 (inclusive). */
    private static final class Segment {
        int lo, hi, x0, x1;
        Segment(int y, int x0, int x1) { this.lo = y; this.hi = y; this.x0 = x0; this.x1 = x1; }
    }

    private static List<Segment> segments(byte[] p, int w, int h, int gap, int minRun, int minLength, int maxThickness) {
        List<Segment> active = new ArrayList<>();
        List<Segment> done = new ArrayList<>();
        for (int y = 0; y < h; y++) {
            int o = y * w;
            int x = 0;
            while (x < w) {
                if (p[o + x] != 0) { x++; continue; }
                int start = x, end = x, holes = 0;
                while (x < w) {
                    if (p[o + x] == 0) { end = x; holes = 0; }
                    else if (++holes > 1) break;
                    x++;
                }
                if (end - start + 1 >= minRun) join(active, y, start, end, gap);
            }
            // retire segments that did not continue on this row or the previous one
            for (int i = active.size() - 1; i >= 0; i--) {
                Segment s = active.get(i);
                if (s.hi < y - 1) { done.add(s); active.remove(i); }
            }
        }
        done.addAll(active);
        List<Segment> kept = new ArrayList<>();
        for (Segment s : done) {
            if (s.x1 - s.x0 + 1 >= minLength && s.hi - s.lo + 1 <= maxThickness) kept.add(s);
        }
        kept.sort(Comparator.comparingInt((Segment s) -> s.lo).thenComparingInt(s -> s.x0));
        return kept;
    }

    private static void join(List<Segment> active, int y, int x0, int x1, int gap) {
        Segment into = null;
        for (int i = 0; i < active.size(); i++) {
            Segment s = active.get(i);
            if (s.hi >= y - 2 && x0 <= s.x1 + gap && x1 >= s.x0 - gap) {
                if (into == null) {
                    into = s;
                    s.hi = y;
                    s.x0 = Math.min(s.x0, x0);
                    s.x1 = Math.max(s.x1, x1);
                } else { // the run bridges two segments: merge them
                    into.lo = Math.min(into.lo, s.lo);
                    into.x0 = Math.min(into.x0, s.x0);
                    into.x1 = Math.max(into.x1, s.x1);
                    active.remove(i--);
                }
            }
        }
        if (into == null) active.add(new Segment(y, x0, x1));
    }

    private static byte[] transpose(byte[] p, int w, int h) {
        byte[] t = new byte[p.length];
        int block = 64;
        for (int by = 0; by < h; by += block) {
            for (int bx = 0; bx < w; bx += block) {
                int ye = Math.min(h, by + block), xe = Math.min(w, bx + block);
                for (int y = by; y < ye; y++) {
                    for (int x = bx; x < xe; x++) t[x * h + y] = p[y * w + x];
                }
            }
        }
        return t;
    }
}
