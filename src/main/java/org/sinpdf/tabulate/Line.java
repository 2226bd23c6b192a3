package org.sinpdf.tabulate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A horizontal text line: words left to right, split into phrases at wide gaps. */
final class Line {
    final List<Word> words = new ArrayList<>();
    double t = Double.MAX_VALUE, b = -Double.MAX_VALUE, l = Double.MAX_VALUE, r = -Double.MAX_VALUE;
    /** Phrases: runs of words separated by gaps narrower than the column gap. */
    final List<List<Word>> phrases = new ArrayList<>();

    void add(Word w) {
        words.add(w);
        t = Math.min(t, w.t);
        b = Math.max(b, w.b);
        l = Math.min(l, w.l);
        r = Math.max(r, w.r);
    }

    double cy() { return (t + b) / 2; }

    double size() {
        double s = 0;
        for (Word w : words) s = Math.max(s, w.size);
        return s;
    }

    void split(double gapEm) { split(gapEm, 0); }

    /**
     * Splits into phrases at gaps wider than {@code gapEm} times the larger word size and wider than
     * {@code minGap} (a monospaced page's space between words, which can exceed an em of OCR ink).
     */
    void split(double gapEm, double minGap) {
        words.sort(Comparator.comparingDouble(w -> w.l));
        phrases.clear();
        List<Word> cur = new ArrayList<>();
        Word prev = null;
        for (Word w : words) {
            if (prev != null && w.l - prev.r > gapEm * Math.max(prev.size, w.size) && w.l - prev.r > minGap) {
                phrases.add(cur);
                cur = new ArrayList<>();
            }
            cur.add(w);
            prev = w;
        }
        if (!cur.isEmpty()) phrases.add(cur);
    }

    /** Groups horizontal words into lines by vertical overlap; lines come out top to bottom. */
    static List<Line> group(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(Word::cy));
        List<Line> lines = new ArrayList<>();
        List<Line> open = new ArrayList<>();
        for (Word w : sorted) {
            Line best = null;
            double bestOverlap = 0;
            for (int i = open.size() - 1; i >= 0; i--) {
                Line line = open.get(i);
                if (line.b < w.t - 2 * w.size) { open.remove(i); continue; }
                double core = Math.min(line.b, w.b) - Math.max(line.t, w.t);
                double ref = Math.min(w.b - w.t, line.b - line.t);
                double ov = ref > 0 ? core / ref : 0;
                if (ov > 0.5 && ov > bestOverlap && !overlapsHorizontally(line, w)) { best = line; bestOverlap = ov; }
            }
            if (best == null) {
                best = new Line();
                lines.add(best);
                open.add(best);
            }
            best.add(w);
        }
        lines.sort(Comparator.comparingDouble(x -> (x.t + x.b) / 2));
        return lines;
    }

    private static boolean overlapsHorizontally(Line line, Word w) {
        // a word lying on top of another word of the line belongs to another line (overprinted rows)
        for (Word o : line.words) {
            double ov = Math.min(o.r, w.r) - Math.max(o.l, w.l);
            if (ov > 0.5 * Math.min(o.r - o.l, w.r - w.l)) return true;
        }
        return false;
    }
}
