package org.sinpdf.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.sinpdf.model.BoundingBox;
import org.sinpdf.model.Cell;
import org.sinpdf.model.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores sinpdf on ICDAR 2019 cTDaR modern page images (real scans and photos, structure only, no
 * cell text), in pixels.
 *
 * <h2>Regions</h2>
 * As for ICDAR 2013 ({@link StructureScorer}): a ground-truth table is <em>found</em> when one result
 * region covers at least {@value StructureScorer#FOUND_COMPLETENESS} of its area; a result region is
 * <em>false</em> when no ground-truth table fills at least {@value StructureScorer#FALSE_PURITY} of it.
 *
 * <h2>Cell adjacency</h2>
 * Each result cell with a box and non-blank text is matched to the ground-truth cell with which its
 * intersection over union is largest, when that IoU is at least {@value #MIN_IOU}. The result's
 * relations are those of {@link AdjacencyRelations} taken on cells instead of texts: every non-blank
 * cell to its nearest non-blank neighbour to the right and below in its table's grid. A result
 * relation (a, b, direction) is <em>correct</em> when a and b are matched to ground-truth cells
 * A and B and the ground truth holds (A, B, direction); each ground-truth relation is credited at
 * most once. Precision = correct / result relations, recall = correct / ground-truth relations.
 */
public final class CtdarEvaluation {
    private static final Logger log = LoggerFactory.getLogger(CtdarEvaluation.class);

    /** Minimum intersection over union for a result cell to stand for a ground-truth cell. */
    public static final double MIN_IOU = 0.5;

    private CtdarEvaluation() {}

    /**
     * The score of one image.
     *
     * @param regions  table regions (its relation counts are unused: 0)
     * @param correct  result relations found in the ground truth
     * @param found    result relations
     * @param expected ground-truth relations
     * @param cellsMatched result cells matched to a ground-truth cell
     * @param gtCells  ground-truth cells
     */
    public record ImageScore(String name, DocumentScore regions, int correct, int found, int expected,
                             int cellsMatched, int gtCells) {
        public double precision() { return found == 0 ? 0 : (double) correct / found; }
        public double recall() { return expected == 0 ? 1 : (double) correct / expected; }
        public double f1() { return DocumentScore.f1(precision(), recall()); }
    }

    /** Scores of a run over the corpus. */
    public record Run(String tool, List<ImageScore> images, List<String> failures, double seconds) {
        public Run {
            Objects.requireNonNull(tool, "tool");
            images = List.copyOf(images);
            failures = List.copyOf(failures);
        }

        public int correct() { return images.stream().mapToInt(ImageScore::correct).sum(); }
        public int found() { return images.stream().mapToInt(ImageScore::found).sum(); }
        public int expected() { return images.stream().mapToInt(ImageScore::expected).sum(); }
        public double microPrecision() { return found() == 0 ? 0 : (double) correct() / found(); }
        public double microRecall() { return expected() == 0 ? 1 : (double) correct() / expected(); }
        public double microF1() { return DocumentScore.f1(microPrecision(), microRecall()); }
        public double meanF1() { return images.stream().mapToDouble(ImageScore::f1).average().orElse(0); }
        /** The region figures as a {@link CorpusScore} (its relation figures are 0). */
        public CorpusScore regions() { return new CorpusScore(tool, images.stream().map(ImageScore::regions).toList(), failures); }
        public double secondsPerImage() { return images.isEmpty() ? 0 : seconds / images.size(); }
    }

    /** Extracts and scores every entry. A failed image is scored as nothing found and listed. */
    public static Run run(List<CtdarGroundTruth.Entry> entries, String tool, SinpdfTableSource.Extraction extraction)
            throws IOException {
        List<ImageScore> out = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        long nanos = 0;
        for (CtdarGroundTruth.Entry e : entries) {
            CtdarGroundTruth gt = CtdarGroundTruth.read(e.name(), e.annotation());
            List<Table> tables;
            long t0 = System.nanoTime();
            try {
                tables = extraction.extractTables(e.image());
            } catch (Exception ex) {
                log.warn("{} failed on {}: {}", tool, e.name(), ex.toString());
                failures.add(e.name() + ": " + ex);
                tables = List.of();
            }
            nanos += System.nanoTime() - t0;
            ImageScore s = score(gt, tables);
            log.info("{} {}: regions {}/{} false {}/{}, adjacency F1 {}", tool, e.name(), s.regions().gtRegionsFound(),
                    s.regions().gtRegions(), s.regions().falseRegions(), s.regions().resultRegions(),
                    String.format(Locale.ROOT, "%.3f", s.f1()));
            out.add(s);
        }
        return new Run(tool, out, failures, nanos / 1e9);
    }

    /** Scores the tables found on one image (all on page 1, pixel boxes) against its ground truth. */
    public static ImageScore score(CtdarGroundTruth gt, List<Table> tables) {
        List<GtRegion> gtRegions = new ArrayList<>();
        for (int i = 0; i < gt.tables().size(); i++) gtRegions.add(new GtRegion(i + 1, 1, gt.tables().get(i), List.of()));
        List<ResultTable> resultRegions = new ArrayList<>();
        for (Table t : tables) {
            t.regions().forEach(r -> resultRegions.add(new ResultTable(1, r.bbox(), List.of())));
        }
        DocumentScore regions = StructureScorer.score(gt.name(), new GroundTruth(gt.name(), gtRegions), resultRegions);

        Set<CtdarGroundTruth.Link> credited = new HashSet<>();
        int found = 0, matchedCells = 0;
        for (Table t : tables) {
            List<Cell> cells = t.cells().stream().filter(c -> !c.raw().isBlank()).toList();
            int[] match = new int[cells.size()];
            for (int i = 0; i < cells.size(); i++) {
                match[i] = bestMatch(gt, cells.get(i).box());
                if (match[i] >= 0) matchedCells++;
                else if (log.isDebugEnabled()) log.debug("{}: result cell {},{} '{}' at {} matches no ground-truth cell", gt.name(),
                        cells.get(i).row(), cells.get(i).col(), cells.get(i).raw(), cells.get(i).box());
            }
            for (int[] rel : relations(cells)) {
                found++;
                int a = match[rel[0]], b = match[rel[1]];
                if (a < 0 || b < 0) continue;
                CtdarGroundTruth.Link l = new CtdarGroundTruth.Link(a, b,
                        rel[2] == 0 ? Relation.Direction.RIGHT : Relation.Direction.BELOW);
                if (gt.relations().contains(l)) credited.add(l);
            }
        }
        return new ImageScore(gt.name(), regions, credited.size(), found, gt.relations().size(), matchedCells, gt.cells().size());
    }

    private static int bestMatch(CtdarGroundTruth gt, BoundingBox box) {
        if (box == null) return -1;
        int best = -1;
        double bestIou = MIN_IOU;
        for (int i = 0; i < gt.cells().size(); i++) {
            BoundingBox g = gt.cells().get(i).box();
            double inter = g.intersectionArea(box);
            double union = g.area() + box.area() - inter;
            double iou = union <= 0 ? 0 : inter / union;
            if (iou >= bestIou) { bestIou = iou; best = i; }
        }
        return best;
    }

    /**
     * The adjacency relations of one table's (non-blank) cells as {from, to, 0 right | 1 below}:
     * each cell to its nearest neighbour right, once per row it spans, and below, once per column it
     * spans; a pair is listed once.
     */
    static List<int[]> relations(List<Cell> cells) {
        List<int[]> out = new ArrayList<>();
        if (cells.isEmpty()) return out;
        int rows = 0, cols = 0;
        for (Cell c : cells) {
            rows = Math.max(rows, c.row() + c.rowSpan());
            cols = Math.max(cols, c.col() + c.colSpan());
        }
        int[][] owner = new int[rows][cols];
        for (int[] r : owner) java.util.Arrays.fill(r, -1);
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
                for (int k = c.col(); k < c.col() + c.colSpan(); k++) if (owner[r][k] < 0) owner[r][k] = i;
            }
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell a = cells.get(i);
            for (int r = a.row(); r < a.row() + a.rowSpan(); r++) {
                for (int k = a.col() + a.colSpan(); k < cols; k++) {
                    int j = owner[r][k];
                    if (j >= 0 && j != i) {
                        if (seen.add(((long) i << 33) | ((long) j << 1))) out.add(new int[] {i, j, 0});
                        break;
                    }
                }
            }
            for (int k = a.col(); k < a.col() + a.colSpan(); k++) {
                for (int r = a.row() + a.rowSpan(); r < rows; r++) {
                    int j = owner[r][k];
                    if (j >= 0 && j != i) {
                        if (seen.add(((long) i << 33) | ((long) j << 1) | 1)) out.add(new int[] {i, j, 1});
                        break;
                    }
                }
            }
        }
        return out;
    }

    public static void writeText(PrintWriter out, Run run) {
        out.printf(Locale.ROOT, "%-14s %6s %6s %6s %6s %6s %6s %9s  %s%n", "image", "P", "R", "F1", "rel-ok", "rel-res",
                "rel-gt", "cells", "regions found/gt false/res");
        for (ImageScore s : run.images()) {
            out.printf(Locale.ROOT, "%-14s %6.3f %6.3f %6.3f %6d %6d %6d %4d/%-4d  %d/%d %d/%d%n", s.name(), s.precision(),
                    s.recall(), s.f1(), s.correct(), s.found(), s.expected(), s.cellsMatched(), s.gtCells(),
                    s.regions().gtRegionsFound(), s.regions().gtRegions(), s.regions().falseRegions(), s.regions().resultRegions());
        }
        CorpusScore r = run.regions();
        out.println();
        out.printf(Locale.ROOT, "%s on %d images: adjacency micro P %.3f R %.3f F1 %.3f (%d/%d/%d), mean F1 %.3f%n", run.tool(),
                run.images().size(), run.microPrecision(), run.microRecall(), run.microF1(), run.correct(), run.found(),
                run.expected(), run.meanF1());
        out.printf(Locale.ROOT, "tables found %d/%d (%.0f%%), false %d/%d (%.0f%%), completeness %.3f, purity %.3f; %.2f s/image%n",
                r.gtRegionsFound(), r.gtRegions(), 100 * r.foundShare(), r.falseRegions(), r.resultRegions(),
                100 * r.falseShare(), r.completeness(), r.purity(), run.secondsPerImage());
        out.printf(Locale.ROOT, "cells matched by IoU >= %.1f; relations: nearest non-blank right/below neighbour%n", MIN_IOU);
        for (String f : run.failures()) out.printf("%s failed: %s%n", run.tool(), f);
        out.flush();
    }
}
