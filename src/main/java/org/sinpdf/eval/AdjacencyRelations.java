package org.sinpdf.eval;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The adjacency relations of a grid, as defined by the ICDAR 2013 Table Competition (Göbel et al.).
 *
 * <p>Every non-blank cell A is linked to its nearest non-blank neighbour B to the right, once for
 * each grid row A spans, and to its nearest non-blank neighbour below, once for each grid column A
 * spans. "Nearest" skips blank cells and empty grid positions. A pair of cells (A, B, direction) is
 * counted once even when A and B share several rows (or columns). Each relation is reported as
 * (normalised text of A, normalised text of B, direction); a cell is blank when its normalised text
 * is empty (so a cell holding only "-" or "*" is skipped, in the ground truth and in results alike).
 *
 * <p>Text normalisation: Unicode NFKC, lower case (root locale), then only letters and digits kept
 * ({@link Character#isLetterOrDigit(int)}); whitespace and punctuation vanish, which makes the
 * measure indifferent to line breaks inside cells and to "1,234" versus "1 234".
 *
 * <p>When two cells claim the same grid position, the first in list order keeps it.
 */
public final class AdjacencyRelations {
    private AdjacencyRelations() {}

    public static String normalize(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        n.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** The relations of one grid as a multiset (relation → count). */
    public static Map<Relation, Integer> of(List<GridCell> cells) {
        Map<Relation, Integer> out = new HashMap<>();
        if (cells.isEmpty()) return out;
        int minRow = Integer.MAX_VALUE, minCol = Integer.MAX_VALUE, maxRow = Integer.MIN_VALUE, maxCol = Integer.MIN_VALUE;
        for (GridCell c : cells) {
            minRow = Math.min(minRow, c.row());
            minCol = Math.min(minCol, c.col());
            maxRow = Math.max(maxRow, c.endRow());
            maxCol = Math.max(maxCol, c.endCol());
        }
        int rows = maxRow - minRow + 1, cols = maxCol - minCol + 1;
        int[][] owner = new int[rows][cols];
        for (int[] row : owner) java.util.Arrays.fill(row, -1);
        String[] text = new String[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            GridCell c = cells.get(i);
            text[i] = normalize(c.text());
            for (int r = c.row(); r <= c.endRow(); r++) {
                for (int k = c.col(); k <= c.endCol(); k++) {
                    if (owner[r - minRow][k - minCol] < 0) owner[r - minRow][k - minCol] = i;
                }
            }
        }
        Set<Long> pairs = new LinkedHashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            if (text[i].isEmpty()) continue;
            GridCell a = cells.get(i);
            for (int r = a.row(); r <= a.endRow(); r++) {
                for (int k = a.endCol() + 1; k <= maxCol; k++) {
                    int j = owner[r - minRow][k - minCol];
                    if (j >= 0 && j != i && !text[j].isEmpty()) {
                        if (pairs.add(key(i, j, 0))) add(out, new Relation(text[i], text[j], Relation.Direction.RIGHT));
                        break;
                    }
                }
            }
            for (int k = a.col(); k <= a.endCol(); k++) {
                for (int r = a.endRow() + 1; r <= maxRow; r++) {
                    int j = owner[r - minRow][k - minCol];
                    if (j >= 0 && j != i && !text[j].isEmpty()) {
                        if (pairs.add(key(i, j, 1))) add(out, new Relation(text[i], text[j], Relation.Direction.BELOW));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** Size of a multiset. */
    public static int size(Map<Relation, Integer> m) {
        return m.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Size of the multiset intersection of {@code a} and {@code b}. */
    public static int common(Map<Relation, Integer> a, Map<Relation, Integer> b) {
        int n = 0;
        for (var e : a.entrySet()) n += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        return n;
    }

    /** Adds every relation of {@code from} into {@code into}. */
    public static void addAll(Map<Relation, Integer> into, Map<Relation, Integer> from) {
        from.forEach((k, v) -> into.merge(k, v, Integer::sum));
    }

    private static void add(Map<Relation, Integer> m, Relation r) { m.merge(r, 1, Integer::sum); }

    private static long key(int i, int j, int dir) { return ((long) i << 33) | ((long) j << 1) | dir; }
}
