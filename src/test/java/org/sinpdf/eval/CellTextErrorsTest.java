package org.sinpdf.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinpdf.model.BoundingBox;
import org.sinpdf.model.Cell;
import org.sinpdf.model.Confidence;
import org.sinpdf.model.Table;
import org.sinpdf.model.TableRegion;

class CellTextErrorsTest {

    private static Cell cell(int row, int col, String text, BoundingBox box) {
        return new Cell(row, col, 1, 1, text, text, Confidence.CERTAIN, box, 1, List.of());
    }

    static Table table(int rows, int cols, List<Cell> cells, BoundingBox region) {
        return Table.withDerivedColumns("t", rows, cols, 0, cells, List.of(new TableRegion(1, region, 0, rows)), List.of(), "test");
    }

    @Test
    void levenshteinCountsInsertionsDeletionsSubstitutions() {
        assertEquals(0, CellTextErrors.levenshtein("1.234", "1.234"));
        assertEquals(1, CellTextErrors.levenshtein("1.234", "1234"));
        assertEquals(1, CellTextErrors.levenshtein("1234", "1284"));
        assertEquals(3, CellTextErrors.levenshtein("abc", ""));
        assertEquals(2, CellTextErrors.levenshtein("año", "ano0"));
    }

    @Test
    void normalisationDropsWhiteSpaceKeepsCaseAndPunctuation() {
        assertEquals("Total:1,234.5", CellTextErrors.normalize(" Total:\n1,234.5\u00a0"));
        assertEquals("fi", CellTextErrors.normalize("\ufb01")); // NFKC ligature
    }

    @Test
    void matchedSplitAndUnmatchedCells() {
        List<IcdarCells.GtCell> truth = List.of(
                new IcdarCells.GtCell(1, new BoundingBox(10, 10, 50, 20), "Total 2012"),   // 9 chars
                new IcdarCells.GtCell(1, new BoundingBox(60, 10, 100, 20), "1,234.5"),     // 7 chars
                new IcdarCells.GtCell(1, new BoundingBox(10, 30, 50, 40), "abc"),          // 3 chars, no result
                new IcdarCells.GtCell(1, new BoundingBox(60, 30, 100, 40), " "));          // blank: skipped
        List<Cell> cells = List.of(
                cell(0, 0, "Total", new BoundingBox(9, 9, 30, 21)),        // split cell, first half
                cell(0, 1, "2012", new BoundingBox(31, 9, 51, 21)),        // second half
                cell(0, 2, "1.234,5", new BoundingBox(60, 10, 100, 20)),   // 2 substitutions
                cell(1, 0, "zzz", new BoundingBox(200, 200, 220, 210)),    // outside every cell: ignored
                cell(1, 1, "q", null));                                    // no box: ignored
        Table t = table(2, 3, cells, new BoundingBox(0, 0, 300, 300));
        CellTextErrors.Tally tally = CellTextErrors.measure(truth, List.of(t));
        assertEquals(3, tally.cells());
        assertEquals(1, tally.unmatched());
        assertEquals(19, tally.chars());
        assertEquals(2 + 3, tally.errors());
        assertEquals(16, tally.matchedChars());
        assertEquals(2, tally.matchedErrors());
        assertEquals(5.0 / 19, tally.cer(), 1e-9);
        assertEquals(2.0 / 16, tally.matchedCer(), 1e-9);
        // reading CER: only "1,234.5" has one result cell with IoU >= 0.5 (the split halves have IoU 0.44 and 0.42)
        assertEquals(1, tally.readCells());
        assertEquals(7, tally.readChars());
        assertEquals(2, tally.readErrors());
        assertEquals(2.0 / 7, tally.readingCer(), 1e-9);
        assertEquals(7.0 / 19, tally.readingCoverage(), 1e-9);
    }

    @Test
    void resultCellOnAnotherPageIsNotMatched() {
        List<IcdarCells.GtCell> truth = List.of(new IcdarCells.GtCell(2, new BoundingBox(10, 10, 50, 20), "abc"));
        Cell c = cell(0, 0, "abc", new BoundingBox(10, 10, 50, 20));
        Table t = table(1, 1, List.of(c), new BoundingBox(0, 0, 60, 30));
        CellTextErrors.Tally tally = CellTextErrors.measure(truth, List.of(t));
        assertEquals(1, tally.unmatched());
        assertEquals(1.0, tally.cer(), 1e-9);
    }
}
