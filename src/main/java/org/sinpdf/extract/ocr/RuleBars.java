package org.sinpdf.extract.ocr;

import java.util.ArrayList;
import java.util.List;
import org.sinpdf.model.Ruling;

/**
 * Tesseract reads a table's vertical rules as "|" glued to the cell text ("|PBUK|1996|"). Where a
 * detected vertical ruling crosses a word that holds such bars, the word is split at the bars and
 * the bars dropped; each part gets the share of the word's box its characters span. Words that no
 * ruling crosses keep their bars (a "|" in running text may be meant).
 */
final class RuleBars {
    private RuleBars() {}

    static boolean isBar(char c) { return c == '|' || c == '¦'; }

    /**
     * The word, split at rule bars when a vertical ruling crosses it; else with bars at its edges
     * trimmed when they cannot belong to it ({@link #trimEdges}); otherwise the word itself.
     */
    static List<TesseractEngine.Word> split(TesseractEngine.Word w, List<Ruling> rulings) {
        String t = w.text();
        if (t.chars().noneMatch(c -> isBar((char) c))) {
            return hasEdgeBracket(t) && crossed(w, rulings, w.bottom() - w.top()) ? trimBrackets(w) : List.of(w);
        }
        if (!crossed(w, rulings, (w.bottom() - w.top()) / 2.0)) return trimEdges(w);
        List<TesseractEngine.Word> parts = new ArrayList<>();
        int n = t.length();
        double width = w.right() - w.left();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            boolean bar = i == n || isBar(t.charAt(i));
            if (!bar && start < 0) start = i;
            if (bar && start >= 0) {
                int left = w.left() + (int) Math.floor(width * start / n);
                int right = w.left() + (int) Math.ceil(width * i / n);
                parts.add(new TesseractEngine.Word(t.substring(start, i), left, w.top(), Math.max(left + 1, right),
                        w.bottom(), w.confidence()));
                start = -1;
            }
        }
        return parts;
    }

    /**
     * A rule the ruling detection missed (too short, broken by the scan) still comes out as a bar at a
     * word's edge: "0.3|", "|OXIRM|". Edge bars are dropped when what is left is a number (digits and
     * number punctuation only: a bar never belongs to a number) or when the word has a bar at both
     * ends; the box shrinks by the characters' share. Otherwise the word itself.
     */
    static List<TesseractEngine.Word> trimEdges(TesseractEngine.Word w) {
        String t = w.text();
        int a = 0, b = t.length();
        while (a < b && isBar(t.charAt(a))) a++;
        while (b > a && isBar(t.charAt(b - 1))) b--;
        if (a == 0 && b == t.length() || a == b) return List.of(w);
        String core = t.substring(a, b);
        boolean number = core.chars().anyMatch(Character::isDigit)
                && core.chars().allMatch(c -> Character.isDigit(c) || ".,%-+()$".indexOf(c) >= 0);
        boolean enclosed = a > 0 && b < t.length();
        if (!number && !enclosed) return List.of(w);
        int n = t.length();
        double width = w.right() - w.left();
        int left = w.left() + (int) Math.floor(width * a / n);
        int right = w.left() + (int) Math.ceil(width * b / n);
        return List.of(new TesseractEngine.Word(core, left, w.top(), Math.max(left + 1, right), w.bottom(), w.confidence()));
    }

    private static boolean isBracket(char c) { return c == '[' || c == ']' || c == '{' || c == '}'; }

    private static boolean hasEdgeBracket(String t) {
        return !t.isEmpty() && (isBracket(t.charAt(0)) || isBracket(t.charAt(t.length() - 1)));
    }

    /**
     * A rule right beside a number is also read as a bracket glued to it ("3,223,816]", "[0.25", "987}"):
     * with a detected vertical ruling within a line height of the word, brackets at its edges are dropped when what is left is a
     * number (a bracket never ends a figure; "[1]", "[ee]" keep theirs); the box shrinks by their share.
     */
    static List<TesseractEngine.Word> trimBrackets(TesseractEngine.Word w) {
        String t = w.text();
        int a = 0, b = t.length();
        while (a < b && isBracket(t.charAt(a))) a++;
        while (b > a && isBracket(t.charAt(b - 1))) b--;
        if (a == 0 && b == t.length() || a == b || a > 0 && b < t.length()) return List.of(w);
        String core = t.substring(a, b);
        boolean number = core.chars().anyMatch(Character::isDigit)
                && core.chars().allMatch(c -> Character.isDigit(c) || ".,%-+$".indexOf(c) >= 0);
        if (!number) return List.of(w);
        int n = t.length();
        double width = w.right() - w.left();
        int left = w.left() + (int) Math.floor(width * a / n);
        int right = w.left() + (int) Math.ceil(width * b / n);
        return List.of(new TesseractEngine.Word(core, left, w.top(), Math.max(left + 1, right), w.bottom(), w.confidence(),
                w.language()));
    }

    /** A vertical ruling passes through the word's box (or within {@code reach} of its ends). */
    private static boolean crossed(TesseractEngine.Word w, List<Ruling> rulings, double reach) {
        for (Ruling r : rulings) {
            if (!r.vertical()) continue;
            double x = (r.x1() + r.x2()) / 2;
            boolean inX = x >= w.left() - reach && x <= w.right() + reach;
            boolean inY = r.top() <= w.bottom() && r.bottom() >= w.top();
            if (inX && inY) return true;
        }
        return false;
    }

    /** Share of a word's width at either end where a ruling passing through is the rule's ink read into the box. */
    static final double EDGE_SHARE = 0.25;

    /**
     * The word's box stopped short of a vertical ruling that runs through its outer quarter: the
     * rule's ink read as part of the last (or first) character ("1,371,235" reaching over the rule).
     * A box reaching into the whitespace band of the next column hides the column gap. The word itself
     * when no ruling runs through its edges.
     */
    static TesseractEngine.Word clip(TesseractEngine.Word w, List<Ruling> rulings) {
        int left = w.left(), right = w.right();
        double width = right - left;
        for (Ruling r : rulings) {
            if (!r.vertical() || r.top() > w.top() || r.bottom() < w.bottom()) continue;
            double x = (r.x1() + r.x2()) / 2;
            if (x <= left || x >= right) continue;
            if (x >= w.left() + (1 - EDGE_SHARE) * width) right = Math.min(right, (int) Math.floor(x) - 1);
            else if (x <= w.left() + EDGE_SHARE * width) left = Math.max(left, (int) Math.ceil(x) + 1);
        }
        if (left == w.left() && right == w.right() || right <= left) return w;
        return new TesseractEngine.Word(w.text(), left, w.top(), right, w.bottom(), w.confidence(), w.language());
    }
}
