package org.sinpdf.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinpdf.model.BoundingBox;

class StructureScorerTest {

    private static final BoundingBox TOP = new BoundingBox(50, 50, 300, 200);
    private static final BoundingBox BOTTOM = new BoundingBox(50, 400, 300, 600);

    private static GroundTruth twoTables() {
        return new GroundTruth("doc", List.of(
                new GtRegion(1, 1, TOP, grid2x2("a", "b", "c", "d")),
                new GtRegion(2, 1, BOTTOM, grid2x2("e", "f", "g", "h"))));
    }

    private static List<GridCell> grid2x2(String a, String b, String c, String d) {
        return List.of(GridCell.of(0, 0, a), GridCell.of(0, 1, b), GridCell.of(1, 0, c), GridCell.of(1, 1, d));
    }

    @Test
    void perfectResultScoresOne() {
        var gt = twoTables();
        DocumentScore s = StructureScorer.score("doc", gt, GroundTruthGrids.asPlainGrids(gt));
        assertEquals(8, s.expected());
        assertEquals(8, s.correct());
        assertEquals(1.0, s.f1());
        assertEquals(2, s.gtRegionsFound());
        assertEquals(0, s.falseRegions());
    }

    @Test
    void tableOverlappingNoRegionCountsAgainstPrecisionOnly() {
        var gt = twoTables();
        List<ResultTable> result = new ArrayList<>(GroundTruthGrids.asPlainGrids(gt));
        result.add(new ResultTable(1, new BoundingBox(400, 50, 500, 100), grid2x2("p", "q", "r", "s")));
        result.add(new ResultTable(2, TOP, grid2x2("a", "b", "c", "d"))); // right box, wrong page
        DocumentScore s = StructureScorer.score("doc", gt, result);
        assertEquals(16, s.found());
        assertEquals(8, s.correct());
        assertEquals(0.5, s.precision());
        assertEquals(1.0, s.recall());
        assertEquals(2, s.falseRegions());
    }

    @Test
    void tablesAreMatchedToTheRegionTheyOverlapMostAndPooled() {
        var gt = twoTables();
        // two halves of the top table found separately, the lower half straddling both regions
        var upper = new ResultTable(1, new BoundingBox(50, 50, 300, 120), List.of(GridCell.of(0, 0, "a"), GridCell.of(0, 1, "b")));
        var lower = new ResultTable(1, new BoundingBox(50, 120, 300, 420), List.of(GridCell.of(0, 0, "c"), GridCell.of(0, 1, "d")));
        DocumentScore s = StructureScorer.score("doc", gt, List.of(upper, lower));
        assertEquals(2, s.found());
        assertEquals(2, s.correct(), "a→b matches top; c→d is matched to top (80×250 overlap) not bottom (20×250)");
        assertEquals(0, s.gtRegionsFound(), "neither half covers 90% of the top table");
    }

    @Test
    void broadRegionIsFalseAndFindsWhatItCovers() {
        var gt = twoTables();
        var page = new ResultTable(1, new BoundingBox(0, 0, 612, 792), List.of());
        DocumentScore s = StructureScorer.score("doc", gt, List.of(page));
        assertEquals(2, s.gtRegionsFound());
        assertEquals(1, s.falseRegions());
        assertEquals(0.0, s.f1());
    }

    @Test
    void betterOfTwoReadingsIsKept() {
        var a = twoTables();
        var b = new GroundTruth("doc-b", List.of(new GtRegion(1, 1, TOP, grid2x2("a", "b", "c", "x"))));
        var result = List.of(new ResultTable(1, TOP, grid2x2("a", "b", "c", "x")));
        DocumentScore s = StructureScorer.scoreBest("doc", List.of(a, b), result);
        assertEquals("doc-b", s.groundTruth());
        assertEquals(1.0, s.f1());
    }

    /** The ceiling: the ground truth written out as CSV-like grids scores just under 1 over the corpus. */
    @Test
    void groundTruthAsPlainGridsScoresTheCeilingAndBrokenResultsScoreLower() throws Exception {
        IcdarCorpus corpus = IcdarCorpus.open(IcdarGroundTruthReaderTest.icdar());
        List<DocumentScore> ceiling = new ArrayList<>(), shifted = new ArrayList<>(), halved = new ArrayList<>();
        for (IcdarCorpus.Entry e : corpus.entries()) {
            List<GroundTruth> gts = corpus.groundTruths(e);
            GroundTruth first = gts.get(0);
            ceiling.add(StructureScorer.scoreBest(e.name(), gts, GroundTruthGrids.asPlainGrids(first)));
            shifted.add(StructureScorer.scoreBest(e.name(), gts, broken(first, true)));
            halved.add(StructureScorer.scoreBest(e.name(), gts, broken(first, false)));
        }
        CorpusScore top = new CorpusScore("ground-truth", ceiling, List.of());
        CorpusScore shift = new CorpusScore("shifted", shifted, List.of());
        CorpusScore half = new CorpusScore("halved", halved, List.of());
        assertTrue(top.microF1() > 0.98 && top.microF1() < 1.0, "ceiling micro F1 " + top.microF1());
        assertTrue(top.meanF1() > 0.97, "ceiling mean F1 " + top.meanF1());
        assertEquals(1.0, top.foundShare());
        assertEquals(0.0, top.falseShare());
        assertTrue(shift.microF1() < top.microF1() - 0.2, "shifted rows micro F1 " + shift.microF1());
        assertTrue(half.microF1() < top.microF1() - 0.1, "half the rows micro F1 " + half.microF1());
        assertTrue(half.microRecall() < 0.6, "half the rows cannot recall more than about half: " + half.microRecall());
    }

    /** Every odd row moved one column right (shift) or every odd row dropped. */
    private static List<ResultTable> broken(GroundTruth gt, boolean shift) {
        List<ResultTable> out = new ArrayList<>();
        for (ResultTable t : GroundTruthGrids.asPlainGrids(gt)) {
            List<GridCell> cells = new ArrayList<>();
            for (GridCell c : t.cells()) {
                if (c.row() % 2 == 0) cells.add(c);
                else if (shift) cells.add(GridCell.of(c.row(), c.col() + 1, c.text()));
            }
            out.add(new ResultTable(t.page(), t.bbox(), cells));
        }
        return out;
    }
}
