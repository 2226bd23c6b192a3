package org.sinpdf.tabulate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sinpdf.model.BoundingBox;
import org.sinpdf.model.Ruling;

/**
 * Ruled tables: connected sets of horizontal and vertical rulings make a grid; a grid cell
 * boundary without a ruling merges its neighbours into a spanning cell.
 */
final class Lattice {
    private Lattice() {}

    /** A ruled grid: column boundaries xs, row boundaries ys and the rulings that made it. */
    record Grid(double[] xs, double[] ys, List<Ruling> hs, List<Ruling> vs, BoundingBox bbox) {}

    static List<Grid> grids(List<Ruling> rulings, double em) {
        double tol = Math.max(1.5, 0.3 * em);
        List<Ruling> hs = new ArrayList<>(), vs = new ArrayList<>();
        for (Ruling r : rulings) {
            if (r.horizontal() && r.length() >= 0.5 * em) hs.add(r);
            else if (r.vertical() && r.length() >= 0.5 * em) vs.add(r);
        }
        if (hs.size() < 2 || vs.size() < 2 || (long) hs.size() * vs.size() > 4_000_000L) return List.of();
        int n = hs.size() + vs.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int i = 0; i < hs.size(); i++) {
            Ruling h = hs.get(i);
            for (int j = 0; j < vs.size(); j++) {
                Ruling v = vs.get(j);
                if (v.x1() >= h.left() - tol && v.x1() <= h.right() + tol && h.y1() >= v.top() - tol && h.y1() <= v.bottom() + tol) {
                    union(parent, i, hs.size() + j);
                }
            }
        }
        List<Grid> out = new ArrayList<>();
        boolean[] done = new boolean[n];
        for (int root = 0; root < n; root++) {
            if (find(parent, root) != root || done[root]) continue;
            done[root] = true;
            List<Ruling> gh = new ArrayList<>(), gv = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (find(parent, i) != root) continue;
                if (i < hs.size()) gh.add(hs.get(i)); else gv.add(vs.get(i - hs.size()));
            }
            if (gh.size() < 2 || gv.size() < 2) continue;
            double[] ys = cluster(gh.stream().mapToDouble(Ruling::y1).toArray(), tol);
            double[] xs = cluster(gv.stream().mapToDouble(Ruling::x1).toArray(), tol);
            if (xs.length < 2 || ys.length < 2) continue;
            BoundingBox bbox = new BoundingBox(xs[0], ys[0], xs[xs.length - 1], ys[ys.length - 1]);
            if (bbox.width() < 2 * em || bbox.height() < em) continue;
            out.add(new Grid(xs, ys, gh, gv, bbox));
        }
        return out;
    }

    /**
     * A scan's grid with the row rules that ruling detection missed put back: where a grid row
     * holds several text lines that each start with a label in the first column and carry mostly
     * numbers past it (records, not wrapped cells), a rule is added across the grid midway between
     * consecutive such lines. Faint
     * or broken row rules are common in scans; a row of the grid then holds several records, which
     * would otherwise make the grid look like stacked numbers and be given up. Returns {@code g}
     * itself when nothing is missing.
     */
    static Grid withMissingRowRules(Grid g, List<Word> words) {
        return withMissingRowRules(g, words, List.of(), 1);
    }

    /**
     * As {@link #withMissingRowRules(Grid, List)}, after taking in the pieces of a broken row rule:
     * horizontal rulings inside the grid, at the height of one of its row boundaries, that touch no
     * vertical ruling and so were left out of the grid (a scanned rule breaks where the ink is faint).
     */
    static Grid withMissingRowRules(Grid g, List<Word> words, List<Ruling> rulings, double em) {
        double tol = Math.max(1.5, 0.3 * em);
        // row rules running on past the outer column rules: the table has open sides and goes on
        // beyond this grid, which holds only part of it; no rows are made up for a part
        double reach = Math.max(2 * em, 3 * tol);
        for (Ruling h : g.hs) {
            if (h.left() < g.xs[0] - reach || h.right() > g.xs[g.xs.length - 1] + reach) return g;
        }
        List<Ruling> pieces = new ArrayList<>();
        for (Ruling r : rulings) {
            if (!r.horizontal() || g.hs.contains(r)) continue;
            if (r.left() < g.xs[0] - tol || r.right() > g.xs[g.xs.length - 1] + tol) continue;
            for (double y : g.ys) if (Math.abs(r.y1() - y) <= tol) { pieces.add(r); break; }
        }
        if (!pieces.isEmpty()) {
            List<Ruling> hs = new ArrayList<>(g.hs);
            hs.addAll(pieces);
            g = new Grid(g.xs, g.ys, hs, g.vs, g.bbox);
        }
        List<Double> added = new ArrayList<>();
        for (int r = 0; r + 1 < g.ys.length; r++) {
            double top = g.ys[r], bottom = g.ys[r + 1];
            List<Word> band = new ArrayList<>();
            for (Word w : words) {
                if (!w.rotated && g.bbox.contains(w.cx(), w.cy()) && w.cy() > top && w.cy() < bottom) band.add(w);
            }
            List<Line> records = new ArrayList<>();
            for (Line line : Line.group(band)) {
                boolean label = false;
                int values = 0, beyond = 0;
                for (Word w : line.words) {
                    if (w.cx() < g.xs[1]) { label = true; continue; }
                    beyond++;
                    if (Stream.numeric(w.text)) values++;
                }
                if (label && values > 0 && values * 2 >= beyond) records.add(line);
            }
            for (int i = 1; i < records.size(); i++) {
                Line a = records.get(i - 1), b = records.get(i);
                if (b.t > a.cy() && a.b < b.cy()) added.add((Math.min(a.b, b.t) + Math.max(a.b, b.t)) / 2);
            }
        }
        if (added.isEmpty()) return g;
        List<Ruling> hs = new ArrayList<>(g.hs);
        double[] ys = Arrays.copyOf(g.ys, g.ys.length + added.size());
        for (int i = 0; i < added.size(); i++) {
            double y = added.get(i);
            ys[g.ys.length + i] = y;
            hs.add(new Ruling(g.xs[0], y, g.xs[g.xs.length - 1], y));
        }
        Arrays.sort(ys);
        return new Grid(g.xs, ys, hs, g.vs, g.bbox);
    }

    /**
     * A scan's grid widened to the ends of its row rules where they run on past its outer column
     * rules over text: a table with open sides (no rule down its left or right edge), whose label
     * column or last column would otherwise fall outside the grid and be read apart from it. A side
     * is taken in only when words lie between the outer column rule and the row rules' end on at
     * least two rows of the grid (one when the grid has only two). Returns {@code g} itself when it
     * is closed.
     */
    static Grid withOpenSides(Grid g, List<Word> words, double em) {
        double tol = Math.max(1.5, 0.3 * em);
        double reach = Math.max(2 * em, 3 * tol);
        double left = g.xs[0], right = g.xs[g.xs.length - 1];
        double hl = Double.MAX_VALUE, hr = -Double.MAX_VALUE;
        for (Ruling h : g.hs) { hl = Math.min(hl, h.left()); hr = Math.max(hr, h.right()); }
        int need = Math.max(1, Math.min(2, g.ys.length - 2)); // two rows; one in a grid of two rows (header and one)
        boolean addLeft = hl < left - reach && rowsWithText(g, words, hl, left) >= need;
        boolean addRight = hr > right + reach && rowsWithText(g, words, right, hr) >= need;
        if (!addLeft && !addRight) return g;
        double[] xs = new double[g.xs.length + (addLeft ? 1 : 0) + (addRight ? 1 : 0)];
        int k = 0;
        if (addLeft) xs[k++] = hl;
        for (double x : g.xs) xs[k++] = x;
        if (addRight) xs[k] = hr;
        BoundingBox bbox = new BoundingBox(xs[0], g.ys[0], xs[xs.length - 1], g.ys[g.ys.length - 1]);
        // row rules that stop at the old outer column rule go on across the side taken in (a shaded side
        // column hides them on the scan): its rows are the grid's rows, not one cell stacking every value
        List<Ruling> hs = new ArrayList<>(g.hs.size());
        for (Ruling h : g.hs) {
            double l = addLeft && Math.abs(h.left() - left) <= reach ? hl : h.left();
            double r = addRight && Math.abs(h.right() - right) <= reach ? hr : h.right();
            hs.add(l == h.left() && r == h.right() ? h : new Ruling(l, h.y1(), r, h.y1()));
        }
        return new Grid(xs, g.ys, hs, g.vs, bbox);
    }

    private static int rowsWithText(Grid g, List<Word> words, double from, double to) {
        int n = 0;
        for (int r = 0; r + 1 < g.ys.length; r++) {
            for (Word w : words) {
                if (w.cx() > from && w.cx() < to && w.cy() > g.ys[r] && w.cy() < g.ys[r + 1]) { n++; break; }
            }
        }
        return n;
    }

    /** Builds the cells of a grid from the words whose centres fall inside it. */
    static Draft build(Grid g, List<Word> words, double em, int page, String stageId) {
        double tol = Math.max(1.5, 0.3 * em);
        int rows = g.ys.length - 1, cols = g.xs.length - 1;
        // owner[r][c] = index of the merged cell covering grid cell (r,c)
        int[] parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        List<Word> inside = new ArrayList<>();
        for (Word w : words) if (g.bbox.contains(w.cx(), w.cy())) inside.add(w);
        boolean[][] vsep = new boolean[rows][cols + 1];
        for (int c = 1; c < cols; c++) {
            int present = 0;
            for (int r = 0; r < rows; r++) {
                vsep[r][c] = covered(g.vs, g.xs[c], g.ys[r], g.ys[r + 1], tol, true);
                if (vsep[r][c]) present++;
            }
            // a boundary ruled in most rows also holds in a row whose text sits on both sides of it
            // without crossing it (rows ruled only by their shading)
            if (present * 2 >= rows) {
                for (int r = 0; r < rows; r++) {
                    if (!vsep[r][c] && textOnBothSides(inside, g, r, c)) vsep[r][c] = true;
                }
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols && !vsep[r][c + 1]) {
                    union(parent, r * cols + c, r * cols + c + 1);
                }
                if (r + 1 < rows && !covered(g.hs, g.ys[r + 1], g.xs[c], g.xs[c + 1], tol, false)) {
                    union(parent, r * cols + c, (r + 1) * cols + c);
                }
            }
        }
        Draft d = new Draft(page, stageId, rows, cols);
        Draft.Frag[] byRoot = new Draft.Frag[parent.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int root = find(parent, r * cols + c);
                Draft.Frag f = byRoot[root];
                if (f == null) {
                    f = new Draft.Frag(r, r, c, c);
                    byRoot[root] = f;
                    d.frags.add(f);
                } else {
                    f.r0 = Math.min(f.r0, r); f.r1 = Math.max(f.r1, r);
                    f.c0 = Math.min(f.c0, c); f.c1 = Math.max(f.c1, c);
                }
            }
        }
        for (Line line : Line.group(inside.stream().filter(w -> !w.rotated).toList())) {
            line.words.sort((a, b) -> Double.compare(a.l, b.l));
            for (Word w : line.words) place(g, parent, byRoot, cols, w);
        }
        for (Word w : inside) if (w.rotated) place(g, parent, byRoot, cols, w);
        d.bbox = g.bbox;
        return d;
    }

    private static boolean textOnBothSides(List<Word> inside, Grid g, int r, int c) {
        double x = g.xs[c], top = g.ys[r], bottom = g.ys[r + 1];
        boolean left = false, right = false;
        for (Word w : inside) {
            if (w.cy() < top || w.cy() > bottom) continue;
            if (w.l < x - 0.5 && w.r > x + 0.5) return false;
            if (w.cx() < x && w.cx() > g.xs[c - 1]) left = true;
            if (w.cx() > x && w.cx() < g.xs[c + 1]) right = true;
        }
        return left && right;
    }

    private static void place(Grid g, int[] parent, Draft.Frag[] byRoot, int cols, Word w) {
        int c = index(g.xs, w.cx()), r = index(g.ys, w.cy());
        Draft.Frag f = byRoot[find(parent, r * cols + c)];
        f.words.add(w);
        // a word reaching well into a neighbouring cell was cut by a ruling: flag it
        double cellL = g.xs[f.c0], cellR = g.xs[f.c1 + 1];
        double over = Math.max(cellL - w.l, w.r - cellR);
        if (over > 0.5 * w.size) f.flags.add(Draft.UNCERTAIN);
    }

    /** How many cells' text shows a wide internal gap (an unruled column inside a ruled box). */
    static double hiddenColumnShare(Draft d, double gapEm) {
        int nonEmpty = 0, gapped = 0;
        for (Draft.Frag f : d.frags) {
            if (f.empty()) continue;
            nonEmpty++;
            for (Line line : Line.group(f.words.stream().filter(w -> !w.rotated).toList())) {
                line.split(gapEm);
                if (line.phrases.size() > 1) { gapped++; break; }
            }
        }
        return nonEmpty == 0 ? 1 : gapped / (double) nonEmpty;
    }

    /** Whether a cell holds several lines that are all numbers: rows the rulings do not separate. */
    static boolean stackedNumbers(Draft d) {
        for (Draft.Frag f : d.frags) {
            if (f.words.size() < 2) continue;
            List<Line> lines = Line.group(f.words.stream().filter(w -> !w.rotated).toList());
            if (lines.size() < 2) continue;
            boolean allNumeric = true;
            for (Line line : lines) {
                StringBuilder sb = new StringBuilder();
                line.words.sort((a, b) -> Double.compare(a.l, b.l));
                for (Word w : line.words) sb.append(w.text).append(' ');
                if (!Stream.numeric(sb.toString())) { allNumeric = false; break; }
            }
            if (allNumeric) return true;
        }
        return false;
    }

    private static int index(double[] bounds, double v) {
        int i = Arrays.binarySearch(bounds, v);
        if (i < 0) i = -i - 2;
        return Math.max(0, Math.min(bounds.length - 2, i));
    }

    private static boolean covered(List<Ruling> rs, double at, double from, double to, double tol, boolean vertical) {
        double need = (to - from) * 0.6, got = 0;
        for (Ruling r : rs) {
            double pos = vertical ? r.x1() : r.y1();
            if (Math.abs(pos - at) > tol) continue;
            double a = vertical ? r.top() : r.left(), b = vertical ? r.bottom() : r.right();
            got += Math.max(0, Math.min(b, to) - Math.max(a, from));
        }
        return got >= need;
    }

    static double[] cluster(double[] vals, double tol) {
        Arrays.sort(vals);
        List<Double> out = new ArrayList<>();
        int i = 0;
        while (i < vals.length) {
            int j = i;
            double sum = 0;
            while (j < vals.length && vals[j] - vals[i] <= tol) { sum += vals[j]; j++; }
            out.add(sum / (j - i));
            i = j;
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static int find(int[] p, int i) {
        while (p[i] != i) { p[i] = p[p[i]]; i = p[i]; }
        return i;
    }

    static void union(int[] p, int a, int b) {
        int ra = find(p, a), rb = find(p, b);
        if (ra != rb) p[Math.max(ra, rb)] = Math.min(ra, rb);
    }
}
