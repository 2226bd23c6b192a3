package org.sinpdf.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdjacencyRelationsTest {

    private static Relation right(String a, String b) { return new Relation(a, b, Relation.Direction.RIGHT); }
    private static Relation below(String a, String b) { return new Relation(a, b, Relation.Direction.BELOW); }

    @Test
    void normalizesToLowerCaseLettersAndDigits() {
        assertEquals("toairkgyear", AdjacencyRelations.normalize("To air\nkg/year"));
        assertEquals("12345", AdjacencyRelations.normalize("1,234.5"));
        assertEquals("fi2", AdjacencyRelations.normalize("ﬁ²")); // NFKC expands ligatures and superscripts
        assertEquals("año", AdjacencyRelations.normalize("AÑO"));
    }

    @Test
    void plainGridLinksRightAndBelow() {
        var rel = AdjacencyRelations.of(List.of(
                GridCell.of(0, 0, "a"), GridCell.of(0, 1, "b"),
                GridCell.of(1, 0, "c"), GridCell.of(1, 1, "d")));
        assertEquals(Map.of(right("a", "b"), 1, right("c", "d"), 1, below("a", "c"), 1, below("b", "d"), 1), rel);
    }

    @Test
    void blankCellsAreSkippedToTheNearestNonBlank() {
        var rel = AdjacencyRelations.of(List.of(
                GridCell.of(0, 0, "a"), GridCell.of(0, 1, " - "), GridCell.of(0, 2, "b"),
                GridCell.of(2, 0, "c")));
        assertEquals(Map.of(right("a", "b"), 1, below("a", "c"), 1), rel);
    }

    @Test
    void spanningCellLinksOncePerNeighbourOverEachSpannedRowAndColumn() {
        // header spans two columns; two cells below; a tall cell to the left spanning both rows
        var rel = AdjacencyRelations.of(List.of(
                new GridCell(0, 0, 2, 1, "stub"),
                new GridCell(0, 1, 1, 2, "head"),
                GridCell.of(1, 1, "x"), GridCell.of(1, 2, "y")));
        assertEquals(Map.of(
                right("stub", "head"), 1, right("stub", "x"), 1, right("x", "y"), 1,
                below("head", "x"), 1, below("head", "y"), 1), rel);
    }

    @Test
    void equalRelationsFromDifferentCellsAreCountedAsAMultiset() {
        var rel = AdjacencyRelations.of(List.of(
                GridCell.of(0, 0, "1"), GridCell.of(0, 1, "2"),
                GridCell.of(1, 0, "1"), GridCell.of(1, 1, "2")));
        assertEquals(2, rel.get(right("1", "2")));
        assertEquals(4, AdjacencyRelations.size(rel));
        assertEquals(1, AdjacencyRelations.common(rel, Map.of(right("1", "2"), 1, below("2", "1"), 3)));
    }
}
