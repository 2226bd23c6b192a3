package org.sinpdf.tabulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sinpdf.model.Cell;
import org.sinpdf.model.Confidence;
import org.sinpdf.model.Table;

class BracketRepairTest {

    private static Table ocrTable(String id, String... labels) {
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < labels.length; r++) {
            cells.add(new Cell(r, 0, 1, 1, labels[r], labels[r], new Confidence(0.9), null, 1, List.of()));
            cells.add(new Cell(r, 1, 1, 1, "0.1" + r, "0.1" + r, new Confidence(0.9), null, 1, List.of()));
        }
        return Table.withDerivedColumns(id, labels.length, 2, 0, cells, List.of(), List.of(), "auto");
    }

    private static String text(Table t, int row) {
        return t.cells().stream().filter(c -> c.row() == row && c.col() == 0).findFirst().orElseThrow().raw();
    }

    @Test
    void restoresCodesReadBrokenFromTheSameCodeReadWholeElsewhere() {
        Table a = ocrTable("a", "Spelling (WJIII)", "Oral Comprehension (WJIID", "Math (WJID", "Calculation (WJIIT)");
        Table b = ocrTable("b", "Reading (WJIID", "Writing (WJIID");
        List<Table> out = BracketRepair.repair(List.of(a, b));
        assertEquals("Spelling (WJIII)", text(out.get(0), 0));
        assertEquals("Oral Comprehension (WJIII)", text(out.get(0), 1)); // "I)" read as "D"
        assertEquals("Math (WJIII)", text(out.get(0), 2)); // and one stroke dropped
        assertEquals("Calculation (WJIII)", text(out.get(0), 3)); // a stroke read as "T"
        assertEquals("Reading (WJIII)", text(out.get(1), 0)); // across tables of the document
        Cell fixed = out.get(0).cells().stream().filter(c -> c.row() == 1 && c.col() == 0).findFirst().orElseThrow();
        assertTrue(fixed.flags().contains(BracketRepair.FLAG));
        assertEquals(0.9, fixed.confidence().value(), 1e-9);
        assertTrue(out.get(0).findings().stream().anyMatch(f -> f.code().equals(BracketRepair.FLAG)
                && f.message().contains("'(WJIID' → '(WJIII)'")));
        // the whole reading itself is not flagged
        Cell whole = out.get(0).cells().stream().filter(c -> c.row() == 0 && c.col() == 0).findFirst().orElseThrow();
        assertFalse(whole.flags().contains(BracketRepair.FLAG));
    }

    @Test
    void leavesWordsAloneWithoutEvidenceOrWhenTheyCloseLaterOrHoldDigits() {
        Table t = ocrTable("t", "Monto (USD", "Monto (USD millones)", "Tasa (A1D", "Tasa (WJIID");
        List<Table> same = List.of(t);
        assertSame(same, BracketRepair.repair(same)); // no code read whole anywhere: nothing to restore from
        Table withCode = ocrTable("u", "Gasto (USI)", "Monto (USD millones)", "Tasa (A1D");
        List<Table> out = BracketRepair.repair(List.of(withCode));
        assertEquals("Monto (USD millones)", text(out.get(0), 1)); // the bracket closes later in the cell
        assertEquals("Tasa (A1D", text(out.get(0), 2)); // digits: never changed
    }

    @Test
    void textLayerCellsAreNeverTouched() {
        Table t = Table.ofGrid("t", List.of(List.of("Spelling (WJIII)"), List.of("Reading (WJIID"), List.of("Math (WJIII)")), 0);
        List<Table> in = List.of(t);
        assertSame(in, BracketRepair.repair(in));
    }

    @Test
    void romanNumeralsAndShortCodesAreNotSwapped() {
        Map<String, Integer> codes = Map.of("III", 10, "II", 10, "IT", 1);
        assertNull(BracketRepair.restore("(IT)", false, codes)); // too short to swap a stroke in
        assertEquals("(II)", BracketRepair.restore("(ID", false, codes)); // exact reading of "I)" as "D"
        // a code seen as often as the word is no evidence against it
        assertNull(BracketRepair.restore("(ABCT)", false, Map.of("ABCT", 2, "ABCI", 2)));
        assertEquals("(ABCI)", BracketRepair.restore("(ABCT)", false, Map.of("ABCT", 1, "ABCI", 3)));
    }

    @Test
    void ambiguousRestorationsAreLeftAlone() {
        // "(WJI" + "I)" = "(WJII)": one stroke from both "(WJIII)" and "(WJIIl)"
        assertNull(BracketRepair.restore("(WJID", false, Map.of("WJIII", 5, "WJIIl", 5)));
        assertEquals("(WJIII)", BracketRepair.restore("(WJID", false, Map.of("WJIII", 5)));
        assertNull(BracketRepair.restore("(WJID", true, Map.of("WJIII", 5)));
    }

    @Test
    void oneStrokeDifference() {
        assertTrue(BracketRepair.oneStroke("WJII", "WJIII"));
        assertTrue(BracketRepair.oneStroke("WJIIT", "WJIII"));
        assertFalse(BracketRepair.oneStroke("WJUI", "WJIII")); // two edits
        assertFalse(BracketRepair.oneStroke("ABCD", "ABCE")); // not strokes
        assertFalse(BracketRepair.oneStroke("SEP", "SEP"));
    }
}
