package org.sinpdf.tabulate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sinpdf.model.Origin;

/**
 * Leader dots on scanned pages ("0.99 .............. 800"): Tesseract reads a run of dots as
 * junk words ("c.ococoooommm", "Lecce", "ee", "mo..."), which would otherwise make a column of
 * their own or run labels into values. Born-digital pages print leaders as text and are not
 * touched here.
 *
 * <p>Two kinds are found:
 * <ul>
 *   <li>a <b>run</b>: an OCR word whose ink is under 0.4 em tall and at least 0.8 em long,
 *       lying between two words of its text line (words 0.6 to 1.3 em tall whose feet are within
 *       0.3 em of its own, a comma below the baseline included; one on each side: a leader leads
 *       from a label to its value), read with confidence below 0.6 or read as dots outright;</li>
 *   <li><b>debris</b> beside runs: an OCR word read with confidence below 0.5, between two words of
 *       its line, at least 70% of whose width lies under runs found within 4 em above or below it
 *       (Tesseract's second reading of a line's ink gives the same dots a box as tall as the
 *       line).</li>
 * </ul>
 * Neither holds two digits or more (dots read together with the value they lead to stay), nor is
 * made of dashes (dashes, however flat, are text).
 */
final class Leaders {
    private static final Pattern DASHES = Pattern.compile("[-‐‑‒–—―_=~]+");

    private Leaders() {}

    /** The words of a page that are leader dots, by identity. */
    static Set<Word> find(List<Word> words, double em) {
        Set<Word> out = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Word> runs = new ArrayList<>();
        for (Word w : words) if (run(w, words, em)) runs.add(w);
        if (runs.isEmpty()) return out;
        out.addAll(runs);
        for (Word w : words) {
            if (out.contains(w) || !candidate(w) || w.chunk.confidence().value() >= 0.5) continue;
            if (underRuns(w, runs, em) >= 0.7 * (w.r - w.l) && flanked(w, words, em, w.t, w.b)) out.add(w);
        }
        return out;
    }

    /** A run of leader dots (see the class comment). */
    static boolean run(Word w, List<Word> page, double em) {
        if (!candidate(w)) return false;
        if (w.b - w.t > 0.4 * em || w.r - w.l < 0.8 * em) return false;
        boolean dots = w.text.chars().allMatch(ch -> ch == '.' || ch == '·' || ch == '…' || ch == ',');
        if (!dots && w.chunk.confidence().value() >= 0.6) return false;
        return flanked(w, page, em, w.b - 0.3 * em, w.b + 0.3 * em);
    }

    private static boolean candidate(Word w) {
        return w.chunk.origin() == Origin.OCR && !w.rotated && !DASHES.matcher(w.text).matches()
                && w.text.chars().filter(Character::isDigit).count() < 2;
    }

    /**
     * Whether text-sized words stand left and right of {@code w} on its line: words whose foot lies
     * in [lo, hi] (for a run: its own foot, give or take 0.3 em) and that reach higher than it.
     */
    private static boolean flanked(Word w, List<Word> page, double em, double lo, double hi) {
        boolean left = false, right = false;
        for (Word v : page) {
            double h = v.b - v.t;
            if (v == w || v.rotated || h < 0.6 * em || h > 1.3 * em) continue;
            if (v.b < lo || v.b > hi || v.t >= w.t + 0.5 * (w.b - w.t)) continue;
            if (v.r <= w.l + 0.5 * em) left = true;
            if (v.l >= w.r - 0.5 * em) right = true;
        }
        return left && right;
    }

    /** How much of {@code w}'s width lies under runs within 4 em of it vertically. */
    private static double underRuns(Word w, List<Word> runs, double em) {
        List<double[]> spans = new ArrayList<>();
        for (Word r : runs) {
            if (Math.abs(r.cy() - w.cy()) > 4 * em) continue;
            double a = Math.max(r.l, w.l), b = Math.min(r.r, w.r);
            if (b > a) spans.add(new double[] {a, b});
        }
        spans.sort((x, y) -> Double.compare(x[0], y[0]));
        double covered = 0, end = -Double.MAX_VALUE;
        for (double[] s : spans) {
            if (s[1] <= end) continue;
            covered += s[1] - Math.max(s[0], end);
            end = s[1];
        }
        return covered;
    }
}
