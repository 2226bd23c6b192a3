package org.sinpdf.tabulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinpdf.model.BoundingBox;
import org.sinpdf.model.Cell;
import org.sinpdf.model.Confidence;
import org.sinpdf.model.Origin;
import org.sinpdf.model.Page;
import org.sinpdf.model.PageMethod;
import org.sinpdf.model.Ruling;
import org.sinpdf.model.Table;
import org.sinpdf.model.TableRegion;
import org.sinpdf.model.TextChunk;

class AutoTabulatorTest {
    private final AutoTabulator auto = new AutoTabulator();
    private final TestContext ctx = new TestContext();

    /** Writes a phrase word by word from x on the baseline band [y, y+size]; returns the right edge. */
    private static double phrase(List<TextChunk> out, String text, double x, double y, double size, double scale) {
        for (String w : text.split(" ")) {
            double width = w.length() * size * 0.5;
            out.add(new TextChunk(w, new BoundingBox(x * scale, y * scale, (x + width) * scale, (y + size) * scale),
                    Origin.TEXT_LAYER, Confidence.CERTAIN, "Helvetica", size * scale, false));
            x += width + size * 0.25;
        }
        return x;
    }

    private static Page page(int n, List<TextChunk> words, List<Ruling> rulings) {
        return Page.of(n, 612, 792, words, rulings);
    }

    /** An unruled table: columns at x = 60, 250, 350, 450; rows every 14 units from y. */
    private static List<TextChunk> streamTable(double y, double scale, String[][] rows) {
        List<TextChunk> words = new ArrayList<>();
        double[] xs = {60, 250, 350, 450};
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) if (!row[c].isEmpty()) phrase(words, row[c], xs[c], y, 9, scale);
            y += 14;
        }
        return words;
    }

    private static final String[][] BUDGET = {
        {"Entidad", "2011", "2012", "Cambio"},
        {"Aguascalientes", "1,234", "1,300", "5.3%"},
        {"Baja California", "2,345", "2,400", "2.3%"},
        {"Campeche", "987", "1,001", "1.4%"},
        {"Ciudad de México", "10,456", "10,999", "5.2%"},
    };

    private static Page withFigures(List<TextChunk> words, List<BoundingBox> figures) {
        return new Page(1, 612, 792, 0, words, List.of(), PageMethod.TEXT_LAYER, "text layer", "pt", figures);
    }

    @Test
    void textOnADrawingIsAFigureNotATable() {
        // chart lines (slanted strokes) drawn among the labels: no table, and a finding says why
        List<BoundingBox> lines = List.of(new BoundingBox(120, 105, 240, 150), new BoundingBox(300, 110, 440, 160),
                new BoundingBox(100, 120, 200, 140));
        List<Table> tables = auto.tabulate(withFigures(streamTable(100, 1, BUDGET), lines), ctx);
        assertEquals(0, tables.size());
        assertTrue(ctx.findings.stream().anyMatch(f -> f.code().equals("figure-text-not-table")));
    }

    @Test
    void aDrawingAroundOrBesideATableDoesNotHideIt() {
        // a rounded frame enclosing the table, one logo inside it and a chart elsewhere on the page
        List<BoundingBox> figures = List.of(new BoundingBox(40, 80, 560, 200), new BoundingBox(500, 100, 520, 110),
                new BoundingBox(60, 400, 500, 700), new BoundingBox(80, 420, 300, 600));
        List<Table> tables = auto.tabulate(withFigures(streamTable(100, 1, BUDGET), figures), ctx);
        assertEquals(1, tables.size());
        assertEquals(4, tables.get(0).columnCount());
    }

    /** OCR words: ink boxes (height = size, no font size) with ink gaps of {@code gap} x size; right-aligned at {@code right} when > 0. */
    private static void ocrPhrase(List<TextChunk> out, String text, double x, double right, double y, double size, double gap) {
        String[] ws = text.split(" ");
        double total = 0;
        for (String w : ws) total += w.length() * size * 0.5;
        total += (ws.length - 1) * gap * size;
        if (right > 0) x = right - total;
        for (String w : ws) {
            double width = w.length() * size * 0.5;
            out.add(new TextChunk(w, new BoundingBox(x, y, x + width, y + size), Origin.OCR, new Confidence(0.9), "", 0, false));
            x += width + gap * size;
        }
    }

    @Test
    void ocrWordSpacesDoNotSplitAColumn() {
        // right-aligned dates: "de" and "2012" line up on every row with one OCR word space between them
        String[][] rows = {{"Ramo", "Aprobado", "Fecha de publicación"}, {"01", "12,021", "31 de enero de 2012"},
                {"03", "43,108", "15 de marzo de 2012"}, {"04", "17,541", "28 de septiembre de 2012"},
                {"05", "6,543", "14 de diciembre de 2012"}, {"06", "41,532", "30 de enero de 2013"}};
        List<TextChunk> words = new ArrayList<>();
        double y = 100;
        for (String[] r : rows) {
            ocrPhrase(words, r[0], 60, 0, y, 10, 0.55);
            ocrPhrase(words, r[1], 0, 260, y, 10, 0.55);
            ocrPhrase(words, r[2], 0, 520, y, 10, 0.55);
            y += 16;
        }
        // a few words of body text elsewhere on the page
        ocrPhrase(words, "Cifras en pesos corrientes al cierre del ejercicio fiscal", 60, 0, 300, 10, 0.55);
        Page p = new Page(1, 612, 792, 0, words, List.of(), PageMethod.OCR, "ocr", "px");
        List<Table> tables = auto.tabulate(p, ctx);
        assertEquals(1, tables.size());
        Table t = tables.get(0);
        assertEquals(3, t.columnCount());
        assertArrayEquals(new String[] {"04", "17,541", "28 de septiembre de 2012"}, t.grid()[3]);
    }

    @Test
    void ocrBarsFromRulingsAreLeftOutAndRecorded() {
        List<TextChunk> words = new ArrayList<>();
        double y = 100;
        for (String[] r : BUDGET) {
            ocrPhrase(words, r[0], 60, 0, y, 10, 0.3);
            for (int c = 1; c < 4; c++) ocrPhrase(words, r[c], 200 + 100 * c, 0, y, 10, 0.3);
            words.add(new TextChunk("|", new BoundingBox(180, y - 2, 182, y + 12), Origin.OCR, new Confidence(0.5), "", 0, false));
            y += 16;
        }
        Page p = new Page(1, 612, 792, 0, words, List.of(), PageMethod.OCR, "ocr", "px");
        List<Table> tables = auto.tabulate(p, ctx);
        assertEquals(1, tables.size());
        for (String[] row : tables.get(0).grid()) for (String cell : row) assertTrue(!cell.contains("|"), cell);
        assertTrue(ctx.findings.stream().anyMatch(f -> f.code().equals("ocr-rule-marks-ignored") && f.message().startsWith("5 ")));
    }

    /** The BUDGET rows as OCR words from y = 100, the first column at x = 60, the others from x = 300. */
    private static List<TextChunk> ocrBudget() {
        List<TextChunk> words = new ArrayList<>();
        double y = 100;
        for (String[] r : BUDGET) {
            ocrPhrase(words, r[0], 60, 0, y, 10, 0.3);
            for (int c = 1; c < 4; c++) ocrPhrase(words, r[c], 200 + 100 * c, 0, y, 10, 0.3);
            y += 16;
        }
        return words;
    }

    @Test
    void textAtAChartsAxesOnAScanIsNotATable() {
        // the same rows of text to the left of a vertical axis whose foot meets a horizontal axis (an L)
        List<TextChunk> words = ocrBudget();
        List<Ruling> lAxes = List.of(new Ruling(575, 90, 575, 200), new Ruling(575, 200, 610, 200));
        Page p = new Page(1, 612, 792, 0, words, lAxes, PageMethod.OCR, "ocr", "px");
        // the axis region reaches 6 em left of the vertical axis only: the table's first columns lie outside
        assertEquals(1, auto.tabulate(p, ctx).size(), "a table far from the axes stays");
        // the same words inside a chart's axes: a vertical axis at x = 120 whose foot meets a horizontal axis
        List<Ruling> chart = List.of(new Ruling(120, 60, 120, 200), new Ruling(120, 200, 560, 200));
        Page c = new Page(1, 612, 792, 0, words, chart, PageMethod.OCR, "ocr", "px");
        assertEquals(List.of(), auto.tabulate(c, ctx));
        assertTrue(ctx.findings.stream().anyMatch(f -> f.code().equals("figure-text-not-table") && f.message().contains("axes")));
    }

    @Test
    void aTableRuledAfterItsStubColumnIsNotTakenForAChart() {
        // a rule after the first column from the header down, and a bottom rule running under the whole table
        List<TextChunk> words = ocrBudget();
        List<Ruling> rules = List.of(new Ruling(250, 95, 250, 182), new Ruling(55, 182, 560, 182));
        Page p = new Page(1, 612, 792, 0, words, rules, PageMethod.OCR, "ocr", "px");
        assertTrue(AutoTabulator.chartAxes(rules, 10).isEmpty());
        assertEquals(1, auto.tabulate(p, ctx).size());
        // a frame with row rules: horizontal rules start on the vertical one
        List<Ruling> frame = new ArrayList<>(List.of(new Ruling(55, 95, 55, 182), new Ruling(560, 95, 560, 182)));
        for (double y = 95; y <= 182; y += 16) frame.add(new Ruling(55, y, 560, y));
        assertTrue(AutoTabulator.chartAxes(frame, 10).isEmpty());
        // a box whose top rule the scan lost (a dark header band): the L is closed by a right side, so no axes (us-022)
        List<Ruling> box = List.of(new Ruling(55, 95, 55, 182), new Ruling(55, 182, 560, 182), new Ruling(560, 97, 560, 182));
        assertTrue(AutoTabulator.chartAxes(box, 10).isEmpty());
        // the same L without its right side is a chart's axes
        assertEquals(1, AutoTabulator.chartAxes(box.subList(0, 2), 10).size());
    }

    /** OCR words of one confidence: a grid of rows x cols at (x0, y0), 80 wide and 16 high per cell. */
    private static void ocrGrid(List<TextChunk> out, String[][] rows, double x0, double y0, double conf) {
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                List<TextChunk> ws = new ArrayList<>();
                ocrPhrase(ws, rows[r][c], x0 + 80 * c, 0, y0 + 16 * r, 10, 0.3);
                for (TextChunk w : ws) out.add(new TextChunk(w.text(), w.box(), Origin.OCR, new Confidence(conf), "", 0, false));
            }
        }
    }

    private static final String[][] DEBRIS = {
        {"E", "2", "=", "a"}, {"Ss", "E", "ao", "2"}, {"£", "a", "2", "aS"}, {"4", "o", "Ze", "6"}, {"a", "8", "ra", "3"},
    };

    @Test
    void chartDebrisOnAWellReadScanIsNotATable() {
        List<TextChunk> words = new ArrayList<>();
        ocrGrid(words, DEBRIS, 100, 100, 0.45);
        for (int i = 0; i < 4; i++) ocrPhrase(words, "the states report how much they spent on each program", 60, 0, 400 + 14 * i, 10, 0.3);
        Page p = new Page(1, 612, 792, 0, words, List.of(), PageMethod.OCR, "ocr", "px");
        assertEquals(List.of(), auto.tabulate(p, ctx));
        assertTrue(ctx.findings.stream().anyMatch(f -> f.code().equals("ocr-debris-not-table")));
    }

    @Test
    void aScanReadBadlyThroughoutKeepsItsTables() {
        // the same grid where the whole page reads as unsure (a script the OCR languages do not cover)
        List<TextChunk> words = new ArrayList<>();
        ocrGrid(words, DEBRIS, 100, 100, 0.45);
        List<TextChunk> body = new ArrayList<>();
        for (int i = 0; i < 4; i++) ocrPhrase(body, "the states report how much they spent on each program", 60, 0, 400 + 14 * i, 10, 0.3);
        for (TextChunk w : body) words.add(new TextChunk(w.text(), w.box(), Origin.OCR, new Confidence(0.45), "", 0, false));
        Page p = new Page(1, 612, 792, 0, words, List.of(), PageMethod.OCR, "ocr", "px");
        auto.tabulate(p, ctx);
        assertTrue(ctx.findings.stream().noneMatch(f -> f.code().equals("ocr-debris-not-table")));
    }

    private static Draft draftWithFirstRow(String... cells) {
        Draft d = new Draft(1, "auto", 2, cells.length);
        for (int c = 0; c < cells.length; c++) {
            Draft.Frag f = new Draft.Frag(0, 0, c, c);
            List<TextChunk> ws = new ArrayList<>();
            phrase(ws, cells[c], 60 + 150 * c, 100, 9, 1);
            for (TextChunk w : ws) f.words.add(new Word(w));
            d.frags.add(f);
        }
        return d;
    }

    @Test
    void aFigureCaptionOnTopMarksAChart() {
        assertTrue(AutoTabulator.figureCaption(draftWithFirstRow("Figure 2. Disability", "Prevalence by Age")));
        assertTrue(AutoTabulator.figureCaption(draftWithFirstRow("Gráfica 3", "Ingresos")));
        assertTrue(!AutoTabulator.figureCaption(draftWithFirstRow("Table 2. Disability", "Prevalence")));
        assertTrue(!AutoTabulator.figureCaption(draftWithFirstRow("Figures", "2011", "2012")));
        assertTrue(!AutoTabulator.figureCaption(draftWithFirstRow("Entidad", "Figura 1")));
    }

    @Test
    void findsAnUnruledTableWithItsHeader() {
        List<Table> tables = auto.tabulate(page(1, streamTable(100, 1, BUDGET), List.of()), ctx);
        assertEquals(1, tables.size());
        Table t = tables.get(0);
        assertEquals(5, t.rowCount());
        assertEquals(4, t.columnCount());
        assertEquals(1, t.headerRows());
        assertEquals(List.of("Entidad", "2011", "2012", "Cambio"), t.columnNames());
        assertArrayEquals(new String[] {"Ciudad de México", "10,456", "10,999", "5.2%"}, t.grid()[4]);
        TableRegion r = t.regions().get(0);
        assertEquals(1, r.page());
        assertEquals(0, r.firstRow());
        assertEquals(5, r.endRow());
        assertTrue(r.bbox().contains(61, 101));
    }

    @Test
    void worksInPixelsWithTheSameResult() {
        double scale = 300 / 72.0;
        List<TextChunk> words = streamTable(100, scale, BUDGET);
        Page px = new Page(1, 612 * scale, 792 * scale, 0, words, List.of(), PageMethod.OCR, "ocr", "px");
        Table t = auto.tabulate(px, ctx).get(0);
        assertEquals(5, t.rowCount());
        assertEquals(4, t.columnCount());
        assertArrayEquals(new String[] {"Baja California", "2,345", "2,400", "2.3%"}, t.grid()[2]);
    }

    @Test
    void keepsTheLowestWordConfidence() {
        List<TextChunk> words = new ArrayList<>(streamTable(100, 1, BUDGET));
        TextChunk w = words.get(words.size() - 1);
        words.set(words.size() - 1, new TextChunk(w.text(), w.box(), Origin.OCR, new Confidence(0.42), "", w.fontSize(), false));
        Table t = auto.tabulate(page(1, words, List.of()), ctx).get(0);
        Cell last = t.cellGrid()[4][3];
        assertEquals(0.42, last.confidence().value(), 1e-9);
    }

    @Test
    void reportsNoTableForBodyText() {
        List<TextChunk> words = new ArrayList<>();
        String sentence = "The federal government publishes its budget every year and the states report how much they spent on each program";
        for (int i = 0; i < 20; i++) phrase(words, sentence, 60, 100 + 13 * i, 9, 1);
        assertEquals(List.of(), auto.tabulate(page(1, words, List.of()), ctx));
    }

    @Test
    void reportsNoTableForAPageInTwoColumns() {
        List<TextChunk> words = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            phrase(words, "the states report how much they spent on", 60, 100 + 13 * i, 9, 1);
            phrase(words, "every program and the federal government adds", 320, 100 + 13 * i, 9, 1);
        }
        assertEquals(List.of(), auto.tabulate(page(1, words, List.of()), ctx));
    }

    @Test
    void reportsNoTableForAChartsAxisLabels() {
        // two charts side by side: tick labels at the height of horizontal gridlines
        List<TextChunk> words = new ArrayList<>();
        List<Ruling> rulings = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            double y = 100 + 20 * i;
            phrase(words, String.valueOf(400 - 50 * i), 60, y, 8, 1);
            phrase(words, String.valueOf(40 - 5 * i), 320, y, 8, 1);
            rulings.add(new Ruling(90, y + 4, 290, y + 4));
            rulings.add(new Ruling(350, y + 4, 550, y + 4));
        }
        assertEquals(List.of(), auto.tabulate(page(1, words, rulings), ctx));
    }

    @Test
    void readsARuledGridWithASpanningHeaderCell() {
        // 3 columns (x 50|150|250|350), 3 rows (y 100|120|140|160); row 0: one cell over columns 1-2
        List<Ruling> rulings = new ArrayList<>();
        for (double y : new double[] {100, 120, 140, 160}) rulings.add(new Ruling(50, y, 350, y));
        rulings.add(new Ruling(50, 100, 50, 160));
        rulings.add(new Ruling(150, 100, 150, 160));
        rulings.add(new Ruling(250, 120, 250, 160)); // no line between columns 1 and 2 in row 0
        rulings.add(new Ruling(350, 100, 350, 160));
        List<TextChunk> words = new ArrayList<>();
        phrase(words, "Estado", 55, 105, 9, 1);
        phrase(words, "Población", 200, 105, 9, 1);
        phrase(words, "Colima", 55, 125, 9, 1);
        phrase(words, "711,235", 155, 125, 9, 1);
        phrase(words, "731,391", 255, 125, 9, 1);
        phrase(words, "Tlaxcala", 55, 145, 9, 1);
        phrase(words, "1,342,977", 155, 145, 9, 1);
        phrase(words, "1,380,011", 255, 145, 9, 1);
        List<Table> tables = auto.tabulate(page(1, words, rulings), ctx);
        assertEquals(1, tables.size());
        Table t = tables.get(0);
        assertEquals(3, t.rowCount());
        assertEquals(3, t.columnCount());
        Cell span = t.cellGrid()[0][1];
        assertEquals("Población", span.raw());
        assertEquals(2, span.colSpan());
        assertEquals(1, t.headerRows());
        assertArrayEquals(new String[] {"Estado", "Población", ""}, t.grid()[0]);
        assertEquals(List.of("Estado", "Población", "Población"), t.columnNames());
        assertArrayEquals(new String[] {"Tlaxcala", "1,342,977", "1,380,011"}, t.grid()[2]);
    }

    @Test
    void joinsMultiLineCellTextInARuledGrid() {
        List<Ruling> rulings = new ArrayList<>();
        for (double y : new double[] {100, 130, 150, 170}) rulings.add(new Ruling(50, y, 350, y));
        for (double x : new double[] {50, 200, 350}) rulings.add(new Ruling(x, 100, x, 170));
        List<TextChunk> words = new ArrayList<>();
        phrase(words, "Key", 55, 104, 9, 1);
        phrase(words, "words", 55, 116, 9, 1);
        phrase(words, "Global", 205, 104, 9, 1);
        phrase(words, "Public servants", 55, 135, 9, 1);
        phrase(words, "TC", 205, 135, 9, 1);
        phrase(words, "No PDF", 55, 155, 9, 1);
        phrase(words, "PC", 205, 155, 9, 1);
        Table t = auto.tabulate(page(1, words, rulings), ctx).get(0);
        assertArrayEquals(new String[] {"Key words", "Global"}, t.grid()[0]);
        assertArrayEquals(new String[] {"No PDF", "PC"}, t.grid()[2]);
    }

    @Test
    void flagsAWordCutByARuling() {
        List<Ruling> rulings = new ArrayList<>();
        for (double y : new double[] {100, 120, 140, 160}) rulings.add(new Ruling(50, y, 250, y));
        for (double x : new double[] {50, 150, 250}) rulings.add(new Ruling(x, 100, x, 160));
        List<TextChunk> words = new ArrayList<>();
        phrase(words, "A", 55, 105, 9, 1);
        phrase(words, "B", 155, 105, 9, 1);
        phrase(words, "1", 55, 125, 9, 1);
        phrase(words, "straddling", 135, 125, 9, 1); // 135..180 crosses x = 150
        phrase(words, "3", 55, 145, 9, 1);
        phrase(words, "4", 155, 145, 9, 1);
        Table t = auto.tabulate(page(1, words, rulings), ctx).get(0);
        Cell c = t.cellGrid()[1][1];
        assertEquals("straddling", c.raw());
        assertTrue(c.flags().contains("structure-uncertain"), c.flags().toString());
        assertTrue(t.cellGrid()[2][1].flags().isEmpty());
    }

    @Test
    void joinsAWrappedLabelInAnUnruledTable() {
        String[][] rows = {
            {"Ramo", "Aprobado", "Modificado", "Cambio"},
            {"Poder Legislativo", "12,021", "11,987", "-0.3%"},
            {"Agricultura, Ganadería,", "71,378", "69,745", "-2.3%"},
            {"desarrollo rural", "", "", ""},
            {"Salud", "113,479", "112,098", "-1.2%"},
        };
        Table t = auto.tabulate(page(1, streamTable(100, 1, rows), List.of()), ctx).get(0);
        assertEquals(4, t.rowCount());
        assertEquals("Agricultura, Ganadería, desarrollo rural", t.grid()[2][0]);
        assertArrayEquals(new String[] {"Salud", "113,479", "112,098", "-1.2%"}, t.grid()[3]);
    }

    @Test
    void aUnitPrintedApartJoinsItsValues() {
        List<TextChunk> words = new ArrayList<>();
        phrase(words, "Age", 60, 100, 9, 1);
        phrase(words, "Population", 250, 100, 9, 1);
        for (int i = 0; i < 5; i++) {
            double y = 114 + 14 * i;
            phrase(words, String.valueOf(40 + i), 64.5, y, 9, 1);
            phrase(words, "years", 90, y, 9, 1);
            phrase(words, (2_000_000 + i * 1111) + "", 250, y, 9, 1);
        }
        Table t = auto.tabulate(page(1, words, List.of()), ctx).get(0);
        assertEquals(2, t.columnCount());
        assertArrayEquals(new String[] {"41 years", "2001111"}, t.grid()[2]);
    }

    @Test
    void shadedRowsKeepTheColumnsOfTheRuledRows() {
        // verticals drawn only on rows 0 and 2 (shaded rows); row 1 and 3 have none
        List<Ruling> rulings = new ArrayList<>();
        for (double y : new double[] {100, 120, 140, 160, 180}) rulings.add(new Ruling(50, y, 350, y));
        for (double x : new double[] {50, 150, 250, 350}) {
            rulings.add(new Ruling(x, 100, x, 120));
            rulings.add(new Ruling(x, 140, x, 160));
        }
        rulings.add(new Ruling(50, 100, 50, 180));
        rulings.add(new Ruling(350, 100, 350, 180));
        List<TextChunk> words = new ArrayList<>();
        String[][] rows = {{"Total", "FY 2010", "FY 2011"}, {"Cases", "177", "168"}, {"Defendants", "207", "208"}, {"Sentenced", "121", "102"}};
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < 3; c++) phrase(words, rows[r][c], 55 + 100 * c, 105 + 20 * r, 9, 1);
        }
        Table t = auto.tabulate(page(1, words, rulings), ctx).get(0);
        assertEquals(4, t.rowCount());
        assertEquals(3, t.columnCount());
        assertArrayEquals(new String[] {"Cases", "177", "168"}, t.grid()[1]);
        assertArrayEquals(new String[] {"Sentenced", "121", "102"}, t.grid()[3]);
    }

    @Test
    void stitchesAContinuedTableAndDropsTheRepeatedHeader() {
        String[][] first = {BUDGET[0], BUDGET[1], BUDGET[2]};
        String[][] second = {BUDGET[0], BUDGET[3], BUDGET[4], {"Durango", "3,001", "3,100", "3.3%"}};
        List<Table> tables = new ArrayList<>();
        tables.addAll(auto.tabulate(page(1, streamTable(600, 1, first), List.of()), ctx));
        tables.addAll(auto.tabulate(page(2, streamTable(60, 1, second), List.of()), ctx));
        assertEquals(2, tables.size());
        List<Table> stitched = auto.stitch(tables, ctx);
        assertEquals(1, stitched.size());
        Table t = stitched.get(0);
        assertEquals(6, t.rowCount());
        assertEquals(1, t.headerRows());
        assertArrayEquals(new String[] {"Campeche", "987", "1,001", "1.4%"}, t.grid()[3]);
        assertArrayEquals(new String[] {"Durango", "3,001", "3,100", "3.3%"}, t.grid()[5]);
        assertEquals(2, t.regions().size());
        assertEquals(new TableRegion(1, t.regions().get(0).bbox(), 0, 3), t.regions().get(0));
        assertEquals(2, t.regions().get(1).page());
        assertEquals(3, t.regions().get(1).firstRow());
        assertEquals(6, t.regions().get(1).endRow());
        for (Cell c : t.cells()) if (c.row() >= 3) assertEquals(2, c.page());
    }

    @Test
    void stitchesWhenTheRepeatedHeaderHasAnOcrErrorAndFlagsIt() {
        String[][] first = {BUDGET[0], BUDGET[1], BUDGET[2]};
        String[][] second = {{"Entldad", "2011", "2012", "Cambío"}, BUDGET[3], BUDGET[4]};
        List<Table> tables = new ArrayList<>();
        tables.addAll(auto.tabulate(page(1, streamTable(600, 1, first), List.of()), ctx));
        tables.addAll(auto.tabulate(page(2, streamTable(60, 1, second), List.of()), ctx));
        List<Table> stitched = auto.stitch(tables, ctx);
        assertEquals(1, stitched.size());
        Table t = stitched.get(0);
        assertEquals(5, t.rowCount());
        assertArrayEquals(new String[] {"Campeche", "987", "1,001", "1.4%"}, t.grid()[3]);
        assertTrue(t.findings().stream().anyMatch(f -> f.code().equals("repeated-header-dropped-inexact")
                && f.page() == 2 && f.text().contains("Entldad")), t.findings().toString());
    }

    @Test
    void doesNotStitchWhenTheSecondHeaderIsAnotherOne() {
        String[][] first = {BUDGET[0], BUDGET[1], BUDGET[2]};
        String[][] second = {{"Municipio", "2013", "2014", "Cambio"}, BUDGET[3], BUDGET[4]};
        List<Table> tables = new ArrayList<>();
        tables.addAll(auto.tabulate(page(1, streamTable(600, 1, first), List.of()), ctx));
        tables.addAll(auto.tabulate(page(2, streamTable(60, 1, second), List.of()), ctx));
        assertEquals(2, auto.stitch(tables, ctx).size());
    }

    @Test
    void similarityIsOneMinusRelativeEditDistance() {
        assertEquals(1.0, Stitcher.similarity("", ""), 1e-9);
        assertEquals(0.0, Stitcher.similarity("", "a"), 1e-9);
        assertEquals(0.75, Stitcher.similarity("entidad", "entidacl"), 1e-9);
    }

    @Test
    void doesNotStitchTablesWithDifferentColumns() {
        String[][] other = {{"Nombre", "Valor", "", ""}, {"uno", "1", "", ""}, {"dos", "2", "", ""}, {"tres", "3", "", ""}};
        List<Table> tables = new ArrayList<>();
        tables.addAll(auto.tabulate(page(1, streamTable(600, 1, BUDGET), List.of()), ctx));
        tables.addAll(auto.tabulate(page(2, streamTable(60, 1, other), List.of()), ctx));
        assertEquals(2, auto.stitch(tables, ctx).size());
    }
}
