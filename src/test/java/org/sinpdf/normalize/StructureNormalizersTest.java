package org.sinpdf.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sinpdf.model.BoundingBox;
import org.sinpdf.model.Cell;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Severity;
import org.sinpdf.model.Table;
import org.sinpdf.model.TableRegion;
import org.sinpdf.spi.Registrar.NoOptions;
import org.sinpdf.spi.StageException;

class StructureNormalizersTest {
    static final BoundingBox BOX = new BoundingBox(0, 0, 100, 100);

    static Table withRegions(Table t, int split) {
        return new Table(t.id(), t.rowCount(), t.columnCount(), t.headerRows(), t.cells(), t.columns(),
                List.of(new TableRegion(1, BOX, 0, split), new TableRegion(2, BOX, split, t.rowCount())), t.findings(), "");
    }

    @Test
    void dropBlankRemovesEmptyRowsAndColumnsWithFindingsAndKeepsRegions() throws StageException {
        Table t = withRegions(Table.ofGrid("t", List.of(
                List.of("A", "", "B"),
                List.of("1", "", "2"),
                List.of("", " ", ""),
                List.of("3", "", "4"),
                List.of("5", "", "6")), 1), 3);
        Table out = Chain.run(new DropBlankNormalizer(DropBlankNormalizer.Options.DEFAULTS), t);
        assertEquals(List.of(List.of("1", "2"), List.of("3", "4"), List.of("5", "6")), Chain.data(out));
        assertEquals(List.of("A", "B"), out.columnNames());
        assertEquals(List.of("blank-row-removed", "blank-column-removed"), Chain.codes(out));
        assertEquals(1, out.findings().get(0).page());
        assertEquals(List.of(0, 2, 2, 4), List.of(out.regions().get(0).firstRow(), out.regions().get(0).endRow(),
                out.regions().get(1).firstRow(), out.regions().get(1).endRow()));
    }

    @Test
    void mergeHeaderRowsJoinsSpansAndKeepsRawTexts() throws StageException {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.of(0, 0, "Entidad").withSpan(2, 1));
        cells.add(Cell.of(0, 1, "Presupuesto").withSpan(1, 2));
        cells.add(Cell.of(1, 1, "2011"));
        cells.add(Cell.of(1, 2, "2012"));
        cells.add(Cell.of(2, 0, "Colima"));
        cells.add(Cell.of(2, 1, "1"));
        cells.add(Cell.of(2, 2, "2"));
        cells.add(Cell.of(3, 0, "Jalisco"));
        cells.add(Cell.of(3, 1, "3"));
        cells.add(Cell.of(3, 2, "4"));
        Table t = withRegions(Table.withDerivedColumns("t", 4, 3, 2, cells, List.of(), List.of(), ""), 3);
        Table out = Chain.run(new MergeHeaderRowsNormalizer(MergeHeaderRowsNormalizer.Options.DEFAULTS), t);
        assertEquals(1, out.headerRows());
        assertEquals(List.of("Entidad", "Presupuesto / 2011", "Presupuesto / 2012"), out.columnNames());
        assertEquals("Presupuesto / 2012", out.cellGrid()[0][2].value());
        assertEquals("Presupuesto / 2012", out.cellGrid()[0][2].raw());
        assertEquals(List.of(List.of("Colima", "1", "2"), List.of("Jalisco", "3", "4")), Chain.data(out));
        assertEquals(List.of(0, 2, 2, 3), List.of(out.regions().get(0).firstRow(), out.regions().get(0).endRow(),
                out.regions().get(1).firstRow(), out.regions().get(1).endRow()));
        assertEquals(List.of("header-rows-merged"), Chain.codes(out));
    }

    @Test
    void oneHeaderRowGetsCleanNamesAndUntouchedRaw() throws StageException {
        Table t = Table.ofGrid("t", List.of(List.of("Monto\naprobado", ""), List.of("1", "2")), 1);
        Table cleaned = Chain.run(new JoinWrappedNormalizer(JoinWrappedNormalizer.Options.DEFAULTS), t);
        Table out = Chain.run(new MergeHeaderRowsNormalizer(MergeHeaderRowsNormalizer.Options.DEFAULTS), cleaned);
        assertEquals(List.of("Monto aprobado", "columna_2"), out.columnNames());
        assertEquals("Monto\naprobado", out.cellGrid()[0][0].raw());
    }

    @Test
    void repeatedHeaderRowsAreDropped() throws StageException {
        Table t = Table.ofGrid("t", List.of(List.of("Estado", "Monto"), List.of("Colima", "1"),
                List.of("ESTADO", " Monto"), List.of("Jalisco", "2")), 1);
        Table out = Chain.run(new RepeatedHeaderNormalizer(NoOptions.INSTANCE), t);
        assertEquals(List.of(List.of("Colima", "1"), List.of("Jalisco", "2")), Chain.data(out));
        Finding f = out.findings().get(0);
        assertEquals("repeated-header-removed", f.code());
        assertEquals("ESTADO |  Monto", f.text());
    }

    @Test
    void footnoteMarkersAreSplitIntoFindings() throws StageException {
        Table t = Table.ofGrid("t", List.of(List.of("Monto 1/", "Área (km²)", "Nota"),
                List.of("1,234.5¹", "1,964.4", "Total a/"), List.of("123 a/", "25 km²", "45*"), List.of("¹", "x", "p/")), 1);
        Table out = Chain.run(new FootnoteNormalizer(FootnoteNormalizer.Options.DEFAULTS), t);
        String[][] g = out.grid();
        assertEquals("Monto", g[0][0]);
        assertEquals("Área (km²)", g[0][1]);
        assertEquals("1,234.5", g[1][0]);
        assertEquals("Total", g[1][2]);
        assertEquals("123", g[2][0]);
        assertEquals("25 km²", g[2][1], "a unit, not a footnote");
        assertEquals("45", g[2][2]);
        assertEquals("¹", g[3][0], "a lone marker is kept");
        assertEquals(List.of("1/", "¹", "a/", "a/", "*"), out.findings().stream().map(Finding::text).toList());
        assertTrue(out.findings().stream().allMatch(f -> f.code().equals("footnote-marker")));
        assertEquals("1,234.5¹", out.cellGrid()[1][0].raw());
    }

    @Test
    void anExclamationAfterAFigureIsASuperscriptReadByOcr() throws StageException {
        Table t = Table.ofGrid("t", List.of(List.of("Monto", "Lema"),
                List.of("$40,536,400,000.00!", "¡Ahorra 50!"), List.of("Alto!", "12 !")), 1);
        Table out = Chain.run(new FootnoteNormalizer(FootnoteNormalizer.Options.DEFAULTS), t);
        String[][] g = out.grid();
        assertEquals("$40,536,400,000.00", g[1][0]);
        assertEquals("¡Ahorra 50!", g[1][1], "an exclamation the cell opens with '¡'");
        assertEquals("Alto!", g[2][0], "after a word, not a figure");
        assertEquals("12 !", g[2][1], "not right after the digit");
        assertEquals(1, out.findings().size());
        assertTrue(out.findings().get(0).message().contains("a superscript read as '!'"), out.findings().get(0).message());
    }

    static Table budget(String... totalAndRows) {
        List<List<String>> g = new ArrayList<>();
        g.add(List.of("Concepto", "Monto", "Part."));
        for (String s : totalAndRows) g.add(List.of(s.split("\\|", -1)));
        return Table.ofGrid("b", g, 1);
    }

    @Test
    void totalRowsLeaveTheDataAndAreChecked() throws StageException {
        Table t = budget("A|1,000.50|10%", "B|2,000.25|20%", "Subtotal|3,000.75|30%", "C|500.00|70%",
                "Subtotal|500.00|70%", "Total|3,500.75|100%");
        Table out = Chain.run(new TotalsNormalizer(TotalsNormalizer.Options.DEFAULTS), t);
        assertEquals(List.of(List.of("A", "1,000.50", "10%"), List.of("B", "2,000.25", "20%"),
                List.of("C", "500.00", "70%")), Chain.data(out));
        assertEquals(List.of("total-row-removed", "total-row-removed", "total-row-removed"), Chain.codes(out));
    }

    @Test
    void aTotalThatDoesNotAddUpFlagsItsColumn() throws StageException {
        Table t = budget("A|1,000|x", "B|2,000|y", "TOTAL GENERAL|3,800|");
        Table out = Chain.run(new TotalsNormalizer(TotalsNormalizer.Options.DEFAULTS), t);
        Finding f = out.findings().stream().filter(x -> x.code().equals("total-mismatch")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(2, f.column());
        assertTrue(f.message().contains("3000"), f.message());
        assertEquals(2, out.dataRowCount());
    }

    @Test
    void roundingAndUncheckableTotalsAreInfo() throws StageException {
        Table r = Chain.run(new TotalsNormalizer(TotalsNormalizer.Options.DEFAULTS),
                budget("A|1.3|", "B|1.3|", "Suma|2.7|"));
        assertTrue(Chain.codes(r).contains("total-rounding"), r.findings().toString());
        Table u = Chain.run(new TotalsNormalizer(TotalsNormalizer.Options.DEFAULTS),
                budget("A|1|", "B|n.d.|", "Total|3|"));
        assertTrue(Chain.codes(u).contains("total-unchecked"));
        Table none = Chain.run(new TotalsNormalizer(TotalsNormalizer.Options.DEFAULTS),
                budget("Totalmente cubierto|1|", "B|2|"));
        assertEquals(2, none.dataRowCount(), "'Totalmente' is not a total label");
    }

    @Test
    void europeanTotalsAreReadWithTheColumnsSeparators() throws StageException {
        Table out = Chain.run(new TotalsNormalizer(TotalsNormalizer.Options.DEFAULTS),
                budget("A|1.234,50|", "B|10,25|", "Total|1.244,75|"));
        assertTrue(!Chain.codes(out).contains("total-mismatch"), out.findings().toString());
    }

    @Test
    void aTotalLabelThatIsDataStaysData() throws StageException {
        Table t = budget("Total|1|", "Parcial|2|", "Total|3|", "Total|4|");
        Table out = Chain.run(new TotalsNormalizer(TotalsNormalizer.Options.DEFAULTS), t);
        assertEquals(4, out.dataRowCount());
        assertEquals(List.of("totals-ambiguous"), Chain.codes(out));
        Table heading = Chain.run(new TotalsNormalizer(TotalsNormalizer.Options.DEFAULTS), budget("Total de la región norte||", "A|1|"));
        assertEquals(2, heading.dataRowCount(), "a total label with no number is a heading");
    }

    @Test
    void groupTotalsInTheSecondCellAndATotalOfTotals() throws StageException {
        List<List<String>> g = List.of(List.of("Tipo", "Condado", "Afiliados"),
                List.of("GMC", "Sacramento", "164,380"), List.of("GMC", "San Diego", "126,547"),
                List.of("GMC", "Total GMC", "290,927"),
                List.of("COHS", "Marin", "36,006"), List.of("COHS", "Napa", "28,398"),
                List.of("COHS", "Total COHS", "64,404"),
                List.of("Total general", "", "355,331"),
                List.of("PCCM", "Los Angeles", "828"), List.of("PCCM", "Total PCCM", "900"));
        Table out = Chain.run(new TotalsNormalizer(TotalsNormalizer.Options.DEFAULTS), Table.ofGrid("g", g, 1));
        assertEquals(5, out.dataRowCount());
        assertEquals(4, Chain.codes(out).stream().filter("total-row-removed"::equals).count());
        List<Finding> mismatch = out.findings().stream().filter(f -> f.code().equals("total-mismatch")).toList();
        assertEquals(1, mismatch.size(), out.findings().toString());
        assertEquals("900", mismatch.get(0).text());
    }
}
