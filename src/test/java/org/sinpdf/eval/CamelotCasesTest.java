package org.sinpdf.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinpdf.model.BoundingBox;
import org.sinpdf.model.Table;
import org.sinpdf.model.TableRegion;

class CamelotCasesTest {

    static Path camelot() { return Path.of(System.getProperty("sinpdf.corpus", "../shared/corpus")).resolve("camelot"); }

    private static Table onPage(int page, List<List<String>> grid) {
        Table t = Table.ofGrid("t", grid, 0);
        var region = new TableRegion(page, new BoundingBox(0, 0, 100, 100), 0, t.rowCount());
        return new Table(t.id(), t.rowCount(), t.columnCount(), 0, t.cells(), t.columns(), List.of(region), List.of(), "");
    }

    private static CamelotCases.Case expect(int page, List<List<String>> grid) {
        return new CamelotCases.Case("t", Path.of("x.pdf"), page, "stream", "", "data_x", grid);
    }

    @Test
    void readsTheDistinctCasesWithExistingFiles() throws Exception {
        List<CamelotCases.Case> cases = CamelotCases.load(camelot());
        assertTrue(cases.size() >= 40, "distinct cases: " + cases.size());
        for (var c : cases) {
            assertTrue(Files.exists(c.pdf()), c.pdf().toString());
            assertFalse(c.expected().isEmpty(), c.label());
        }
        assertTrue(cases.stream().anyMatch(c -> c.page() == 2), "the us-030 lattice case is on page 2");
        assertTrue(cases.stream().anyMatch(c -> c.password().equals("userpass") || c.password().equals("ownerpass")));
    }

    @Test
    void sameGridAfterWhitespaceAndEmptyLinesIsReproduced() {
        var c = expect(1, List.of(List.of("A", "", "B"), List.of("", "", ""), List.of("1  2", "", " 3\n")));
        var t = onPage(1, List.of(List.of("A", "B"), List.of("1 2", "3")));
        var o = CamelotCases.check(c, List.of(t));
        assertTrue(o.reproduced(), o.reason());
    }

    @Test
    void missesSayWhy() {
        var c = expect(2, List.of(List.of("A", "B"), List.of("1", "2")));
        var elsewhere = CamelotCases.check(c, List.of(onPage(1, List.of(List.of("A", "B"), List.of("1", "2")))));
        assertFalse(elsewhere.reproduced());
        assertEquals("no table on page 2 (1 in the document)", elsewhere.reason());
        var close = CamelotCases.check(c, List.of(onPage(2, List.of(List.of("A", "B"), List.of("1", "X")))));
        assertFalse(close.reproduced());
        assertTrue(close.reason().contains("75% of expected cells in place, 75% of their texts present"), close.reason());
        var shifted = CamelotCases.check(c, List.of(onPage(2, List.of(List.of("x", "y"), List.of("A", "B"), List.of("1", "2")))));
        assertTrue(shifted.reason().contains("0% of expected cells in place, 100% of their texts present"), shifted.reason());
    }

    @Test
    void pageLabelsParse() {
        assertEquals(1, CamelotCases.parsePage("1 (default)"));
        assertEquals(2, CamelotCases.parsePage("2"));
        assertEquals(1, CamelotCases.parsePage("all"));
    }
}
