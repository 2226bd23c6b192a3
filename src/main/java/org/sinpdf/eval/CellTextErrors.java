package org.sinpdf.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sinpdf.layout.EditDistance;
import org.sinpdf.model.BoundingBox;
import org.sinpdf.model.Cell;
import org.sinpdf.model.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Character error rate (CER) of cell text against the ICDAR ground-truth cell contents.
 *
 * <h2>Definition</h2>
 * <ol>
 *   <li><b>Normalisation</b> ({@link #normalize}): Unicode NFKC, then every white-space character
 *       removed (line breaks and spacing inside a cell depend on layout, not on reading). Case,
 *       digits and punctuation are kept: a lost decimal point is an error.</li>
 *   <li><b>Assignment</b>: each result cell with a box is given to the ground-truth cell on the
 *       same page with which it shares the largest area, provided the shared area is at least
 *       {@value #MIN_SHARED} of the smaller of the two boxes; otherwise it is given to none (it lies
 *       outside every ground-truth cell: a false region or noise, measured by the region figures,
 *       not here).</li>
 *   <li><b>Recognised text</b> of a ground-truth cell: the texts of the result cells given to it,
 *       in table, row, column order, concatenated (so a cell the tabulator split in two is read
 *       whole, and the CER measures reading rather than structure).</li>
 *   <li><b>Errors</b>: the Levenshtein distance (insertions, deletions, substitutions of code
 *       points) between normalised ground truth and normalised recognised text. A ground-truth cell
 *       that got no result cell (<em>unmatched</em>) counts all its characters as deletions.</li>
 *   <li><b>CER</b> = Σ errors / Σ normalised ground-truth characters, over all cells. This is an
 *       end-to-end figure: a cell the tabulator merged with its neighbour counts as misread.</li>
 *   <li><b>Reading CER</b> ({@link Tally#readingCer()}): the same over the ground-truth cells that a
 *       single result cell matches with intersection over union at least {@value #READING_IOU}
 *       (the result cell with the largest IoU with the ground-truth cell, which must also have that
 *       ground-truth cell as its own best), comparing that one cell's text only. Structure errors
 *       (merged, split, missing cells) drop cells out of this figure instead of adding errors; the
 *       share of ground-truth characters it covers is {@link Tally#readingCoverage()}.</li>
 * </ol>
 * Ground-truth cells with empty normalised text are skipped; text assigned to them is not counted.
 */
public final class CellTextErrors {
    private static final Logger log = LoggerFactory.getLogger(CellTextErrors.class);
    /** Minimum shared area, as a share of the smaller box, for a result cell to be given to a ground-truth cell. */
    public static final double MIN_SHARED = 0.5;
    /** Minimum intersection over union for a one-to-one cell match in the reading CER. */
    public static final double READING_IOU = 0.5;

    private CellTextErrors() {}

    /**
     * Sums for a document or a corpus.
     *
     * @param cells          ground-truth cells with text
     * @param unmatched      of those, cells that got no result cell
     * @param chars          normalised ground-truth characters
     * @param errors         edit distance summed over all cells
     * @param matchedChars   characters of the matched cells
     * @param matchedErrors  edit distance summed over the matched cells
     * @param readCells      ground-truth cells matched one-to-one by IoU (the reading CER's cells)
     * @param readChars      their characters
     * @param readErrors     edit distance between each and its one result cell, summed
     */
    public record Tally(int cells, int unmatched, long chars, long errors, long matchedChars, long matchedErrors,
                        int readCells, long readChars, long readErrors) {
        public static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0);

        public Tally plus(Tally o) {
            return new Tally(cells + o.cells, unmatched + o.unmatched, chars + o.chars, errors + o.errors,
                    matchedChars + o.matchedChars, matchedErrors + o.matchedErrors, readCells + o.readCells,
                    readChars + o.readChars, readErrors + o.readErrors);
        }

        /** Errors / characters over the cells matched one-to-one by IoU; 0 when there are none. */
        public double readingCer() { return readChars == 0 ? 0 : (double) readErrors / readChars; }

        /** Share of ground-truth characters in cells matched one-to-one by IoU. */
        public double readingCoverage() { return chars == 0 ? 0 : (double) readChars / chars; }

        /** Errors / characters over all ground-truth cells; 0 when there are none. */
        public double cer() { return chars == 0 ? 0 : (double) errors / chars; }

        /** Errors / characters over matched cells only. */
        public double matchedCer() { return matchedChars == 0 ? 0 : (double) matchedErrors / matchedChars; }
    }

    /** Measures {@code tables} (sinpdf's, with cell boxes and pages) against {@code truth}. */
    public static Tally measure(List<IcdarCells.GtCell> truth, List<Table> tables) {
        List<StringBuilder> read = new ArrayList<>();
        List<Cell> all = new ArrayList<>();
        for (Table t : tables) for (Cell c : t.cells()) if (c.box() != null && c.page() >= 1) all.add(c);
        int[] bestOfGt = new int[truth.size()];
        double[] bestIouOfGt = new double[truth.size()];
        java.util.Arrays.fill(bestOfGt, -1);
        int[] bestOfResult = new int[all.size()];
        java.util.Arrays.fill(bestOfResult, -1);
        for (int k = 0; k < all.size(); k++) {
            double bestIou = 0;
            for (int i = 0; i < truth.size(); i++) {
                if (truth.get(i).page() != all.get(k).page()) continue;
                double iou = iou(truth.get(i).box(), all.get(k).box());
                if (iou > bestIou) { bestIou = iou; bestOfResult[k] = i; }
                if (iou > bestIouOfGt[i]) { bestIouOfGt[i] = iou; bestOfGt[i] = k; }
            }
        }
        int[] given = new int[truth.size()];
        for (int i = 0; i < truth.size(); i++) read.add(new StringBuilder());
        for (Table t : tables) {
            List<Cell> cells = new ArrayList<>(t.cells());
            cells.sort(Comparator.comparingInt(Cell::row).thenComparingInt(Cell::col));
            for (Cell c : cells) {
                if (c.box() == null || c.page() < 1) continue;
                int best = -1;
                double bestArea = 0;
                for (int i = 0; i < truth.size(); i++) {
                    IcdarCells.GtCell g = truth.get(i);
                    if (g.page() != c.page()) continue;
                    double a = g.box().intersectionArea(c.box());
                    if (a > bestArea) { bestArea = a; best = i; }
                }
                if (best < 0) continue;
                double smaller = Math.min(area(truth.get(best).box()), area(c.box()));
                if (smaller <= 0 || bestArea < MIN_SHARED * smaller) continue;
                read.get(best).append(c.raw());
                given[best]++;
            }
        }
        int cells = 0, unmatched = 0;
        long chars = 0, errors = 0, mChars = 0, mErrors = 0, rChars = 0, rErrors = 0;
        int rCells = 0;
        for (int i = 0; i < truth.size(); i++) {
            String gt = normalize(truth.get(i).text());
            if (gt.isEmpty()) continue;
            String got = normalize(read.get(i).toString());
            int e = levenshtein(gt, got);
            cells++;
            chars += gt.codePointCount(0, gt.length());
            errors += e;
            int k = bestOfGt[i];
            if (k >= 0 && bestIouOfGt[i] >= READING_IOU && bestOfResult[k] == i) {
                String one = normalize(all.get(k).raw());
                int re = levenshtein(gt, one);
                rCells++;
                rChars += gt.codePointCount(0, gt.length());
                rErrors += re;
                if (re > 0 && log.isDebugEnabled()) log.debug("page {} misread '{}' as '{}'", truth.get(i).page(), gt, one);
            }
            if (given[i] == 0) {
                unmatched++;
            } else {
                mChars += gt.codePointCount(0, gt.length());
                mErrors += e;
            }
        }
        return new Tally(cells, unmatched, chars, errors, mChars, mErrors, rCells, rChars, rErrors);
    }

    /** NFKC with all white space removed. */
    public static String normalize(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        n.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** Edit distance over code points (unit costs); see {@link EditDistance}. */
    public static int levenshtein(String a, String b) { return EditDistance.between(a, b); }

    private static double area(BoundingBox b) { return Math.max(0, b.area()); }

    private static double iou(BoundingBox a, BoundingBox b) {
        double inter = a.intersectionArea(b);
        double union = area(a) + area(b) - inter;
        return union <= 0 ? 0 : inter / union;
    }
}
