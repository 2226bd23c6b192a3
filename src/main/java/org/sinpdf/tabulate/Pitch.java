package org.sinpdf.tabulate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.sinpdf.model.Origin;

/**
 * The character pitch of a page set in a monospaced (typewriter) font, measured from its OCR words.
 *
 * <p>In a monospaced font every character, the space included, takes the same advance {@code p}:
 * a word of {@code n} characters is {@code n·p} wide less the blank of its first and last cell, so
 * the ink widths of the page's words lie on one line {@code width = p·n − c} (proportional fonts
 * scatter widely about any such line: "illicit" is narrower than "WOMEN"), and the blank between
 * two words of a phrase is a whole cell plus those side blanks, at least about {@code p} (in a
 * proportional font a space is about half an average character). Both must hold.
 *
 * <p>Measured on OCR words only: a text layer's spaces are exact and need none of this.
 *
 * @param pitch    the character advance, 0 when the page is not monospaced
 * @param sideBlank {@code c}: how much narrower a word's ink is than its cells
 */
record Pitch(double pitch, double sideBlank) {
    static final Pitch NONE = new Pitch(0, 0);

    /** Fewer confident words of letters (and fewer gaps between words) than this tell nothing. */
    static final int MIN_WORDS = 12;
    /** Median distance of word widths from the fitted line, as a share of the pitch, for a monospaced page. */
    static final double MAX_SPREAD = 0.1;
    /** The typical blank between words of a phrase, in pitches, for a monospaced page. */
    static final double MIN_SPACE = 1.05;

    boolean monospaced() { return pitch > 0; }

    /** The ink gap that {@code spaces} blank cells leave between two words. */
    double gap(double spaces) { return monospaced() ? spaces * pitch + sideBlank : 0; }

    /**
     * The ink gap that {@code spaces} blank cells leave between two words of {@code line}, measured
     * with the line's own pitch (a page may mix type sizes: a table set smaller than its notes):
     * the median over its words of three characters or more of their width divided by their length
     * less the side blank (in cells); the page's pitch when the line has no such word. 0 when the
     * page is not monospaced.
     */
    double gap(Line line, double spaces) {
        if (!monospaced()) return 0;
        double blankCells = sideBlank / pitch;
        double[] p = line.words.stream().filter(w -> w.text.length() >= 3 && !w.rotated)
                .mapToDouble(w -> (w.r - w.l) / (w.text.length() - blankCells)).sorted().toArray();
        double linePitch = p.length == 0 ? pitch : p[p.length / 2];
        return (spaces + blankCells) * linePitch;
    }

    /** The pitch of the page whose text lines are {@code lines}, or {@link #NONE} when it is not monospaced. */
    static Pitch of(List<Line> lines) {
        List<Word> words = new ArrayList<>();
        for (Line line : lines) {
            for (Word w : line.words) if (fitted(w)) words.add(w);
        }
        if (words.size() < MIN_WORDS) return NONE;
        // keep the fit's cost bounded on long pages: an even sample of the words
        List<Word> sample = words;
        if (words.size() > 400) {
            sample = new ArrayList<>();
            for (int i = 0; i < 400; i++) sample.add(words.get((int) ((long) i * words.size() / 400)));
        }
        // Theil–Sen: the median slope of width against length over pairs of different lengths
        double[] slopes = new double[sample.size() * (sample.size() - 1) / 2];
        int n = 0;
        for (int i = 0; i < sample.size(); i++) {
            Word a = sample.get(i);
            for (int j = i + 1; j < sample.size(); j++) {
                Word b = sample.get(j);
                int dn = b.text.length() - a.text.length();
                if (dn != 0) slopes[n++] = ((b.r - b.l) - (a.r - a.l)) / dn;
            }
        }
        if (n < MIN_WORDS) return NONE;
        double p = median(Arrays.copyOf(slopes, n));
        if (!(p > 0)) return NONE;
        double[] blank = sample.stream().mapToDouble(w -> p * w.text.length() - (w.r - w.l)).toArray();
        double c = median(blank);
        double[] off = sample.stream().mapToDouble(w -> Math.abs(p * w.text.length() - c - (w.r - w.l))).toArray();
        if (median(off) > MAX_SPREAD * p) return NONE;
        // a space is a whole cell: the usual gap between words of one line is about p + c
        List<Double> gaps = new ArrayList<>();
        for (Line line : lines) {
            List<Word> ws = new ArrayList<>(line.words);
            ws.sort(Comparator.comparingDouble(w -> w.l));
            for (int i = 1; i < ws.size(); i++) {
                double g = ws.get(i).l - ws.get(i - 1).r;
                if (g > 0 && g < 3 * p) gaps.add(g);
            }
        }
        if (gaps.size() < MIN_WORDS) return NONE;
        double space = median(gaps.stream().mapToDouble(Double::doubleValue).toArray());
        if (space < MIN_SPACE * p) return NONE;
        return new Pitch(p, Math.max(0, c));
    }

    /**
     * A word the fit can go by: read by OCR with confidence, upright, with two letters or more
     * (figures are of one width in most proportional fonts too, so they prove nothing).
     */
    private static boolean fitted(Word w) {
        return w.chunk.origin() == Origin.OCR && !w.rotated && w.chunk.confidence().value() >= 0.8
                && w.text.chars().filter(Character::isLetter).count() >= 2;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length == 0 ? 0 : s[s.length / 2];
    }
}
