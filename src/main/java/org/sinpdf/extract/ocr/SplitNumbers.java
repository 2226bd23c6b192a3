package org.sinpdf.extract.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tesseract reads a number printed with a space after its separator (typewriter and letter-spaced
 * faces: "1, 200", "0. 0156", "3, 223, 816") as several words, and now and then one that is not
 * spaced at all ("1,(gap)200"); the table finder then takes the gap for a column boundary, and the
 * cell reads "1, 200". This joins neighbouring words of a line back into one number when
 * <ul>
 *   <li>together they make one well-formed number: thousands in groups of three ("1,200",
 *       "3,223,816", "1,200.50") or a decimal ("0.0156"), with an optional sign, currency sign,
 *       parenthesis or percent sign at its ends;</li>
 *   <li>every split lies at a separator: the left part ends in "," or "." or the right part starts
 *       with one ("1, 200", "1 ,200", "1 . 5");</li>
 *   <li>every gap is at most {@link #MAX_GAP} of the digits' height (the smaller of the two words'
 *       heights), and the two words are each other's nearest neighbour on the line.</li>
 * </ul>
 * Lists ("1, 2, 3", "1995, 1996") never make a well-formed number, so they stay apart; neither do two
 * numbers side by side in two columns unless the left one ends in a separator. A word holding spaces
 * (a second reading of a crop) has them taken out under the same rule. The joined word spans both
 * boxes and keeps the lower confidence of its parts. Stateless.
 */
final class SplitNumbers {
    private SplitNumbers() {}

    /** Largest gap between two parts of a number, as a share of the digits' height. */
    static final double MAX_GAP = 1.0;
    /** Parts whose heights differ more than this factor are not one number (a superscript, a heading). */
    static final double MAX_HEIGHT_RATIO = 1.8;
    /** At most this many words make one number. */
    static final int MAX_PARTS = 6;

    private static final String LEAD = "[-\u2212+(]?[$\u20ac\u00a3]?";
    private static final String TAIL = "%?\\)?";
    private static final Pattern WELL_FORMED = Pattern.compile(
            LEAD + "(\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d{1,3}\\.\\d+)" + TAIL);
    /** What a part may be made of: digits and separators, with sign, currency or parentheses at the ends. */
    private static final Pattern PART = Pattern.compile(LEAD + "[\\d.,]*" + TAIL);

    static boolean wellFormed(String s) { return WELL_FORMED.matcher(s).matches(); }

    private static boolean isSep(char c) { return c == ',' || c == '.'; }

    /** Whether a split between {@code left} and {@code right} lies at a separator. */
    private static boolean atSeparator(String left, String right) {
        return isSep(left.charAt(left.length() - 1)) || isSep(right.charAt(0));
    }

    /**
     * The page's words with split numbers joined; the list itself when nothing was joined. Words are
     * in page pixels; the order of the others is kept, a joined word takes its first part's place.
     */
    static List<TesseractEngine.Word> join(List<TesseractEngine.Word> words) {
        int n = words.size();
        TesseractEngine.Word[] ws = words.toArray(new TesseractEngine.Word[0]);
        boolean changed = false;
        for (int i = 0; i < n; i++) {
            TesseractEngine.Word c = collapse(ws[i]);
            if (c != ws[i]) { ws[i] = c; changed = true; }
        }
        boolean[] candidate = new boolean[n];
        int candidates = 0;
        for (int i = 0; i < n; i++) {
            String t = ws[i].text();
            candidate[i] = !t.isEmpty() && PART.matcher(t).matches() && t.chars().anyMatch(ch -> isSep((char) ch) || Character.isDigit(ch));
            if (candidate[i]) candidates++;
        }
        if (candidates < 2) return changed ? List.of(ws) : words;
        int[] right = new int[n], left = new int[n];
        Arrays.fill(right, -1);
        Arrays.fill(left, -1);
        int[] byLeft = byLeft(ws);
        for (int i = 0; i < n; i++) right[i] = nearestRight(ws, byLeft, i);
        for (int i = 0; i < n; i++) if (right[i] >= 0) {
            int j = right[i];
            if (left[j] < 0 || ws[i].right() > ws[left[j]].right()) left[j] = i;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> ws[i].left()));
        boolean[] used = new boolean[n];
        TesseractEngine.Word[] out = ws.clone();
        for (int start : order) {
            if (used[start] || !candidate[start]) continue;
            List<Integer> chain = new ArrayList<>(List.of(start));
            StringBuilder text = new StringBuilder(ws[start].text());
            int best = 0;
            int cur = start;
            while (chain.size() < MAX_PARTS) {
                int next = right[cur];
                if (next < 0 || used[next] || !candidate[next] || left[next] != cur) break;
                if (!atSeparator(ws[cur].text(), ws[next].text()) || !close(ws[cur], ws[next])) break;
                chain.add(next);
                text.append(ws[next].text());
                if (wellFormed(text.toString())) best = chain.size() - 1;
                cur = next;
            }
            if (best == 0 || besideText(ws, left[start], start) || besideText(ws, chain.get(best), right[chain.get(best)])) continue;
            TesseractEngine.Word joined = ws[start];
            for (int k = 1; k <= best; k++) {
                int j = chain.get(k);
                joined = merge(joined, ws[j]);
                used[j] = true;
                out[j] = null;
            }
            used[start] = true;
            out[start] = joined;
            changed = true;
        }
        if (!changed) return words;
        List<TesseractEngine.Word> result = new ArrayList<>(n);
        for (TesseractEngine.Word w : out) if (w != null) result.add(w);
        return result;
    }

    /**
     * Whether the number runs on into a word of text on its line (a gap no wider than a split's):
     * "1. 5 years", "in 2010. 5 of them" are prose or a label, not a split number.
     */
    private static boolean besideText(TesseractEngine.Word[] ws, int a, int b) {
        if (a < 0 || b < 0) return false;
        String l = ws[a].text(), r = ws[b].text();
        boolean text = Character.isLetter(l.charAt(l.length() - 1)) || Character.isLetter(r.charAt(0));
        return text && close(ws[a], ws[b]);
    }

    /** A word read with spaces inside a number ("1, 904, 641") without them; otherwise the word itself. */
    static TesseractEngine.Word collapse(TesseractEngine.Word w) {
        String t = w.text();
        if (t.indexOf(' ') < 0) return w;
        String[] parts = t.strip().split(" +");
        if (parts.length < 2) return w;
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int k = 1; k < parts.length; k++) {
            if (!atSeparator(parts[k - 1], parts[k])) return w;
            sb.append(parts[k]);
        }
        String s = sb.toString();
        return wellFormed(s) ? w.withText(s) : w;
    }

    /** The nearest word to the right of word i on its line (vertical overlap of half the smaller height), or -1. */
    /** Indices of {@code ws} by left edge (stable: equal edges keep their order). */
    private static int[] byLeft(TesseractEngine.Word[] ws) {
        return java.util.stream.IntStream.range(0, ws.length).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> ws[i].left())).mapToInt(Integer::intValue).toArray();
    }

    /**
     * The word starting nearest to the right of word {@code i} on its line (overlapping half the lower
     * height, and reaching further right), or -1: the first such word in left-edge order, found by a
     * scan from the first word starting right of it.
     */
    private static int nearestRight(TesseractEngine.Word[] ws, int[] byLeft, int i) {
        TesseractEngine.Word a = ws[i];
        int lo = 0, hi = byLeft.length; // first position whose word starts right of a
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ws[byLeft[mid]].left() <= a.left()) lo = mid + 1; else hi = mid;
        }
        for (int k = lo; k < byLeft.length; k++) {
            TesseractEngine.Word b = ws[byLeft[k]];
            if (b.right() <= a.right()) continue;
            int ov = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
            int hmin = Math.min(a.bottom() - a.top(), b.bottom() - b.top());
            if (hmin > 0 && ov * 2 >= hmin) return byLeft[k];
        }
        return -1;
    }

    /** The gap between two parts is small for their height, and the heights agree. */
    private static boolean close(TesseractEngine.Word a, TesseractEngine.Word b) {
        int ha = a.bottom() - a.top(), hb = b.bottom() - b.top();
        int h = Math.min(ha, hb);
        if (h <= 0 || Math.max(ha, hb) > MAX_HEIGHT_RATIO * h) return false;
        int gap = b.left() - a.right();
        return gap <= MAX_GAP * h && gap >= -h;
    }

    private static TesseractEngine.Word merge(TesseractEngine.Word a, TesseractEngine.Word b) {
        String lang = a.language().equals(b.language()) ? a.language() : "";
        return new TesseractEngine.Word(a.text() + b.text(), Math.min(a.left(), b.left()), Math.min(a.top(), b.top()),
                Math.max(a.right(), b.right()), Math.max(a.bottom(), b.bottom()), Math.min(a.confidence(), b.confidence()), lang);
    }
}
