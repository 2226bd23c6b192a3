package org.sinpdf.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sinpdf.model.BoundingBox;
import org.sinpdf.model.Cell;
import org.sinpdf.model.Column;
import org.sinpdf.model.ColumnType;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Severity;
import org.sinpdf.model.Table;
import org.sinpdf.model.TableRegion;
import org.sinpdf.spi.StageException;

/**
 * The printed cells of each committed sample (its .raw.csv, shaped as a tabulator would hand them
 * over: two header rows, wrapped lines, the total row) normalize to the typed source CSV, cell for cell.
 */
class SampleRoundTripTest {
    static List<List<String>> read(String name) throws IOException {
        try (Reader r = Files.newBufferedReader(Path.of("samples", name), StandardCharsets.UTF_8)) {
            List<List<String>> out = new ArrayList<>();
            for (CSVRecord rec : CSVFormat.RFC4180.parse(r)) out.add(rec.toList());
            return out;
        }
    }

    /** Wraps long texts over lines the way narrow PDF columns do. */
    static String wrapped(String s) {
        String[] w = s.split(" ");
        if (w.length < 3) return s;
        return String.join(" ", List.of(w).subList(0, 2)) + "\n" + String.join(" ", List.of(w).subList(2, w.length));
    }

    @Test
    void budgetPrintedCellsNormalizeToTypedCsv() throws IOException, StageException {
        List<List<String>> raw = read("presupuesto-2012.raw.csv");
        List<List<String>> typed = read("presupuesto-2012.csv");
        Table in = budgetTable(raw, -1);
        Table out = Chain.run(in);

        assertEquals(1, out.headerRows());
        assertEquals(typed.size() - 1, out.dataRowCount(), "the total row left the data");
        assertEquals(typed.subList(1, typed.size()), Chain.data(out));
        assertEquals(List.of(ColumnType.TEXT, ColumnType.TEXT, ColumnType.CURRENCY, ColumnType.CURRENCY,
                ColumnType.PERCENT, ColumnType.DATE), out.columns().stream().map(Column::type).toList());
        assertEquals("MXN", out.columns().get(2).unit());
        assertEquals("Presupuesto 2012 (pesos) / Aprobado", out.columns().get(2).name());
        assertEquals("Variación (%)", out.columns().get(4).name());
        assertTrue(out.cells().stream().noneMatch(Cell::flagged), "a clean sample raises no cell flags");
        List<String> codes = Chain.codes(out);
        assertTrue(codes.contains("total-row-removed"));
        assertTrue(codes.contains("footnote-marker"));
        assertTrue(codes.contains("header-rows-merged"));
        assertTrue(!codes.contains("total-mismatch"), codes.toString());
        // nothing lost: every raw text is still there or in a finding
        Finding total = out.findings().stream().filter(f -> f.code().equals("total-row-removed")).findFirst().orElseThrow();
        assertTrue(total.text().contains("$934,166,000,000.00"), total.text());
        assertEquals(2, total.page());
        // regions follow the removed rows: 2 header rows became 1, one total row gone
        assertEquals(List.of(0, out.rowCount()), List.of(out.regions().get(0).firstRow(), out.regions().get(1).endRow()));
    }

    @Test
    void budgetWithAnAlteredAmountFlagsTheTotal() throws IOException, StageException {
        Table out = Chain.run(budgetTable(read("presupuesto-2012.raw.csv"), 5));
        List<Finding> mismatch = out.findings().stream().filter(f -> f.code().equals("total-mismatch")).toList();
        assertEquals(1, mismatch.size(), out.findings().toString());
        assertEquals(Severity.WARNING, mismatch.get(0).severity());
        assertEquals(3, mismatch.get(0).column());
    }

    /** Builds the budget as a tabulator would: spanning group header, wrapped names, two page regions. */
    static Table budgetTable(List<List<String>> raw, int alterRow) {
        List<Cell> cells = new ArrayList<>();
        List<String> header = raw.get(0);
        cells.add(Cell.of(0, 2, "Presupuesto 2012\n(pesos)").withSpan(1, 2));
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c);
            cells.add(Cell.of(1, c, h.contains(" / ") ? h.substring(h.indexOf(" / ") + 3) : h));
        }
        for (int r = 1; r < raw.size(); r++) {
            for (int c = 0; c < raw.get(r).size(); c++) {
                String v = raw.get(r).get(c);
                if (c == 1) v = wrapped(v);
                if (r == alterRow && c == 2) v = v.replace("0,000.00", "8,000.00");
                Cell cell = Cell.of(r + 1, c, v);
                int page = r + 1 < 14 ? 1 : 2;
                cells.add(new Cell(cell.row(), cell.col(), 1, 1, v, v, cell.confidence(), null, page, List.of()));
            }
        }
        int rows = raw.size() + 1;
        BoundingBox box = new BoundingBox(50, 100, 550, 700);
        List<TableRegion> regions = List.of(new TableRegion(1, box, 0, 14), new TableRegion(2, box, 14, rows));
        return Table.withDerivedColumns("presupuesto-t01", rows, header.size(), 2, cells, regions, List.of(), "test");
    }

    @Test
    void capitalsPrintedCellsNormalizeToTypedCsv() throws IOException, StageException {
        List<List<String>> raw = read("capitales-estatales.raw.csv");
        List<List<String>> typed = read("capitales-estatales.csv");
        List<List<String>> grid = new ArrayList<>(raw);
        grid.add(16, raw.get(0)); // the header printed again on page 2
        Table out = Chain.run(Table.ofGrid("capitales-t01", grid, 1));
        assertEquals(typed.subList(1, typed.size()), Chain.data(out));
        assertEquals(List.of(ColumnType.INEGI_CODE, ColumnType.TEXT, ColumnType.TEXT, ColumnType.LATITUDE,
                ColumnType.LONGITUDE), out.columns().stream().map(Column::type).toList());
        assertTrue(Chain.codes(out).contains("repeated-header-removed"));
        assertTrue(out.cells().stream().noneMatch(Cell::flagged));
        assertEquals("19°25′57.36″ N", out.cellGrid()[9][3].raw(), "raw stays as printed");
    }

    @Test
    void ogpTableKeepsItsValuesAndTypesIntegerColumns() throws IOException, StageException {
        List<List<String>> raw = read("ogp-mexico-2012-evaluation.csv");
        Table out = Chain.run(Table.ofGrid("ogp-t01", raw, 1));
        assertEquals(raw.subList(1, raw.size()), Chain.data(out));
        assertEquals(38, out.dataRowCount());
        List<ColumnType> types = out.columns().stream().map(Column::type).toList();
        assertEquals(ColumnType.INTEGER, types.get(0));
        assertEquals(ColumnType.TEXT, types.get(1), "45a, 43 y 44, 1.1: identifiers, not numbers");
        assertEquals(ColumnType.INTEGER, types.get(3));
        assertEquals(ColumnType.TEXT, types.get(9));
        assertTrue(out.cells().stream().noneMatch(Cell::flagged));
        assertEquals(raw.get(0), out.columnNames());
    }
}
