package org.sinpdf.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sinpdf.model.BoundingBox;
import org.sinpdf.model.Cell;
import org.sinpdf.model.Confidence;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Table;
import org.sinpdf.model.TableRegion;
import org.sinpdf.spi.StageException;

/**
 * Random tables of awkward texts through the whole chain (fixed seed, so every run is the same):
 * no stage throws, raw texts are never altered, and every grid row is either still in the table or
 * accounted for by a finding.
 */
class NormalizeRobustnessTest {
    static final String[] TEXTS = {"", " ", "Total", "TOTAL GENERAL", "Subtotal", "Suma", "$1,234.56", "(1,234.00)",
            "1.234,56", "1 234,56", "12.5%", "-3%", "14 de diciembre de 2012", "01/02/2012", "2012-12-14", "12/31/12",
            "19°25′57.36″ N", "99°07′59.52″ O", "-99.1332", "Sí", "No", "01", "9", "32", "045", "l,2O0", "-", "n.d.",
            "1,234.5¹", "123 a/", "45*", "Presu-\npuesto", "Modiﬁcado", "a\u00A0b", "\u200B", "Ciudad de México",
            "Estado", "Monto", "0", "00", "999999999999999999999", "1e5", "--", "()", "($)", "$", "%", "°", "′″",
            "N", "O", "31/02/2012", "1.1", "43 y 44", "\n", "x\r\ny", "¹", "a/", "Total\n1", "(", ")", "$-", "-.5"};

    @Test
    void randomTablesNeverBreakTheChain() throws StageException {
        Random rnd = new Random(20121214L);
        for (int n = 0; n < 200; n++) {
            int rows = 1 + rnd.nextInt(12), cols = 1 + rnd.nextInt(6);
            int header = rnd.nextInt(Math.min(3, rows) + 1);
            List<Cell> cells = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    if (rnd.nextInt(10) == 0) continue; // a missing cell
                    String v = TEXTS[rnd.nextInt(TEXTS.length)];
                    double conf = rnd.nextBoolean() ? 1.0 : rnd.nextDouble();
                    cells.add(new Cell(r, c, 1, 1, v, v, new Confidence(conf), null, 1 + r / 6, List.of()));
                }
            }
            int split = Math.min(rows, 6);
            BoundingBox box = new BoundingBox(0, 0, 10, 10);
            List<TableRegion> regions = rows > 6
                    ? List.of(new TableRegion(1, box, 0, split), new TableRegion(2, box, split, rows))
                    : List.of(new TableRegion(1, box, 0, rows));
            Table in = Table.withDerivedColumns("r" + n, rows, cols, header, cells, regions, List.of(), "test");
            Table out = Chain.run(in);

            Set<String> raws = new HashSet<>();
            in.cells().forEach(c -> raws.add(c.raw()));
            for (Cell c : out.cells()) {
                assertTrue(raws.contains(c.raw()) || c.row() == 0 && out.headerRows() == 1, "raw altered: " + c);
            }
            long removedRows = out.findings().stream().map(Finding::code).filter(code -> code.equals("blank-row-removed")
                    || code.equals("total-row-removed") || code.equals("repeated-header-removed")).count();
            int mergedAway = Math.max(0, header - 1) - countBlankHeaderRows(in, header);
            assertEquals(in.rowCount(), out.rowCount() + removedRows + Math.max(0, mergedAway),
                    "table " + n + ": every row is kept or accounted for; findings " + out.findings());
            if (!out.regions().isEmpty()) {
                assertEquals(out.rowCount(), out.regions().get(out.regions().size() - 1).endRow());
                assertEquals(0, out.regions().get(0).firstRow());
            }
        }
    }

    /** Header rows that drop-blank removes before the merge (they are counted as blank-row findings). */
    private static int countBlankHeaderRows(Table t, int header) {
        String[][] g = t.spreadGrid();
        int n = 0;
        for (int r = 0; r < header; r++) {
            boolean blank = true;
            for (String v : g[r]) blank &= new UnicodeWhitespaceNormalizer(UnicodeWhitespaceNormalizer.Options.DEFAULTS).clean(v).isBlank();
            if (blank) n++;
        }
        return n;
    }
}
