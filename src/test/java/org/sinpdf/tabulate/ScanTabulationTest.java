package org.sinpdf.tabulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinpdf.model.BoundingBox;
import org.sinpdf.model.Confidence;
import org.sinpdf.model.Origin;
import org.sinpdf.model.Page;
import org.sinpdf.model.PageMethod;
import org.sinpdf.model.Ruling;
import org.sinpdf.model.Table;
import org.sinpdf.model.TextChunk;

/**
 * Tabulation of scanned pages: OCR word boxes hug the ink (digits and capitals about 0.7 of the
 * font size, words with descenders the full body), lines of one row are read apart, and rulings
 * come out broken or missing.
 */
class ScanTabulationTest {
    private final AutoTabulator auto = new AutoTabulator();
    private final TestContext ctx = new TestContext();

    /** An OCR word with its ink box: cap height 7.5 from {@code top}, 2.5 more below the baseline for g, j, p, q, y. */
    private static TextChunk ink(String text, double x, double top) {
        double width = text.length() * 5;
        double h = text.matches(".*[gjpqy].*") ? 10 : 7.5;
        return new TextChunk(text, new BoundingBox(x, top, x + width, top + h), Origin.OCR, new Confidence(0.9), "", h, false);
    }

    /** Words of a phrase from x on one line; returns the right edge. */
    private static double phrase(List<TextChunk> out, String text, double x, double top) {
        for (String w : text.split(" ")) {
            TextChunk c = ink(w, x, top);
            out.add(c);
            x = c.box().right() + 3;
        }
        return x;
    }

    /** A line of body text far below the tables, its words reaching above and below the x-height. */
    private static void bodyText(List<TextChunk> out, double top) {
        phrase(out, "Judges hearing drug appeals typically apply longer penalty terms generally", 60, top);
    }

    private static Page ocrPage(List<TextChunk> words, List<Ruling> rulings) {
        return new Page(1, 612, 792, 0, words, rulings, PageMethod.OCR, "ocr", "pt");
    }

    private static final String[][] SENTENCES = {
        {"Cases Charged", "217", "197", "173"}, {"No Prison Term", "148", "107", "126"}, {"1-12 Months", "52", "48", "35"},
        {"13-24 Months", "37", "45", "29"}, {"25-36 Months", "20", "20", "6"}, {"37-60 Months", "14", "19", "18"},
        {"60+ Months", "16", "3", "9"},
    };

    @Test
    void theFontSizeOfAScanComesFromWordsThatSpanTheBody() {
        List<TextChunk> words = new ArrayList<>();
        bodyText(words, 500);
        phrase(words, "217 197 173 148 107 126 52 48 35 37 45", 60, 100);
        List<Word> ws = words.stream().map(Word::new).toList();
        double em = AutoTabulator.typicalSize(ws);
        assertEquals(7.5, em, 1e-9);
        assertEquals(10 / 0.95, AutoTabulator.ocrLineEm(ws, em), 1e-9);
        // too few words that reach above and below: the boxes' median stands
        List<Word> digits = ws.stream().filter(w -> w.text.matches("\\d+")).toList();
        assertEquals(7.5, AutoTabulator.ocrLineEm(digits, 7.5), 1e-9);
    }

    @Test
    void rowsSpacedAsInPrintStayOneTableOnAScan() {
        // rows 26 apart: 18.5 between the ink of two rows of digits, under 2.2 em of an 11 pt font
        // but over 2.2 times the digits' height
        List<TextChunk> words = new ArrayList<>();
        double top = 100;
        for (String[] r : SENTENCES) {
            phrase(words, r[0], 60, top);
            for (int c = 1; c < r.length; c++) phrase(words, r[c], 200 + 60 * c, top);
            top += 26;
        }
        bodyText(words, 500);
        List<Table> tables = auto.tabulate(ocrPage(words, List.of()), ctx);
        assertEquals(1, tables.size());
        Table t = tables.get(0);
        assertEquals(SENTENCES.length, t.rowCount());
        assertArrayEquals(new String[] {"60+ Months", "16", "3", "9"}, t.grid()[SENTENCES.length - 1]);
    }

    @Test
    void aSectionHeadingWellBelowAScannedTableStaysOut() {
        List<TextChunk> words = new ArrayList<>();
        double top = 100;
        for (String[] r : SENTENCES) {
            phrase(words, r[0], 60, top);
            for (int c = 1; c < r.length; c++) phrase(words, r[c], 200 + 60 * c, top);
            top += 14;
        }
        phrase(words, "3.3 Measuring Literacy", 60, top + 30);
        bodyText(words, 500);
        Table t = auto.tabulate(ocrPage(words, List.of()), ctx).get(0);
        assertEquals(SENTENCES.length, t.rowCount());
    }

    @Test
    void valuesPrintedBetweenTheLinesOfAWrappedLabelJoinItsRow() {
        List<TextChunk> words = new ArrayList<>();
        String[][] rows = {{"District Totals", "", "FY2007", "FY2008", "FY2009"},
                {"Investigative Matters", "Received by AUSAs", "426", "365", "285"},
                {"Defendants Charged", "", "290", "259", "235"}, {"Cases Charged", "", "217", "197", "173"},
                {"Defendants", "Sentenced", "287", "242", "223"}, {"No Prison Term", "", "148", "107", "126"}};
        double top = 100;
        for (String[] r : rows) {
            phrase(words, r[0], 60, top);
            double valuesTop = r[1].isEmpty() ? top : top + 6.5; // centred between the label's two lines
            for (int c = 2; c < r.length; c++) phrase(words, r[c], 200 + 60 * c, valuesTop);
            if (!r[1].isEmpty()) {
                phrase(words, r[1], 60, top + 13);
                top += 13;
            }
            top += 26;
        }
        bodyText(words, 500);
        List<Table> tables = auto.tabulate(ocrPage(words, List.of()), ctx);
        assertEquals(1, tables.size());
        Table t = tables.get(0);
        assertEquals(rows.length, t.rowCount());
        assertEquals(1, t.headerRows());
        assertArrayEquals(new String[] {"Investigative Matters Received by AUSAs", "426", "365", "285"}, t.grid()[1]);
        assertArrayEquals(new String[] {"Defendants Sentenced", "287", "242", "223"}, t.grid()[4]);
    }

    @Test
    void valuesBetweenLabelLinesNeedTheLinesToOverlap() {
        Line label = new Line(), values = new Line(), apart = new Line();
        label.add(new Word(ink("Defendants", 60, 100)));
        values.add(new Word(ink("287", 300, 106)));
        apart.add(new Word(ink("287", 300, 112)));
        Draft.Frag f = new Draft.Frag(0, 0, 1, 1);
        f.words.add(new Word(ink("287", 300, 106)));
        assertTrue(Stream.valuesBetweenLabelLines(label, values, List.of(f)));
        assertFalse(Stream.valuesBetweenLabelLines(label, apart, List.of(f)), "a row of its own below the label");
        Draft.Frag first = new Draft.Frag(0, 0, 0, 0);
        first.words.add(new Word(ink("Other", 60, 106)));
        assertFalse(Stream.valuesBetweenLabelLines(label, values, List.of(first, f)), "a line with its own label");
    }

    /** A ruled grid from x = 50 to 450 (columns at 250, 350) and y = 100 to 260, header rule at 120. */
    private static List<Ruling> frame(double... rowRules) {
        List<Ruling> rules = new ArrayList<>();
        for (double x : new double[] {50, 250, 350, 450}) rules.add(new Ruling(x, 100, x, 260));
        for (double y : new double[] {100, 120, 260}) rules.add(new Ruling(50, y, 450, y));
        for (double y : rowRules) rules.add(new Ruling(50, y, 450, y));
        return rules;
    }

    private static final String[][] LOCALES = {
        {"Dorm Room", "48", "30.2"}, {"Offices", "22", "13.8"}, {"Instructional Area", "20", "12.6"},
        {"Common Area", "15", "9.4"}, {"Hallways", "15", "9.4"}, {"Student Services", "10", "6.3"},
        {"Multiple Locales", "7", "4.4"},
    };

    private static List<TextChunk> localeWords(String[][] rows) {
        List<TextChunk> words = new ArrayList<>();
        phrase(words, "Locales", 55, 106);
        phrase(words, "Count", 255, 106);
        phrase(words, "Share", 355, 106);
        double top = 124;
        for (String[] r : rows) {
            phrase(words, r[0], 55, top);
            phrase(words, r[1], 255, top);
            phrase(words, r[2], 355, top);
            top += 19;
        }
        bodyText(words, 500);
        return words;
    }

    @Test
    void rowRulesAScanLostArePutBackBetweenRecords() {
        // only two of the six rules between the seven records were found
        List<Table> tables = auto.tabulate(ocrPage(localeWords(LOCALES), frame(176.5, 214.5)), ctx);
        assertEquals(1, tables.size());
        Table t = tables.get(0);
        assertEquals(1 + LOCALES.length, t.rowCount());
        assertEquals(3, t.columnCount());
        assertArrayEquals(new String[] {"Instructional Area", "20", "12.6"}, t.grid()[3]);
        assertEquals(new BoundingBox(50, 100, 450, 260), t.regions().get(0).bbox(), "the ruled grid, not the words");
        assertTrue(ctx.findings.stream().anyMatch(f -> f.code().equals("ocr-row-rules-restored")));
    }

    @Test
    void piecesOfABrokenRowRuleStillSeparateRows() {
        // text rows without numbers, separated by a rule broken in four pieces of which one touches a
        // column rule: alone it covers too little of the first column to separate its cells
        List<TextChunk> words = new ArrayList<>();
        phrase(words, "Roles", 55, 106);
        phrase(words, "Teachers", 255, 106);
        phrase(words, "Trainers", 355, 106);
        phrase(words, "Curriculum design", 55, 150);
        phrase(words, "Yes", 255, 150);
        phrase(words, "No", 355, 150);
        phrase(words, "Student support", 55, 210);
        phrase(words, "No", 255, 210);
        phrase(words, "Yes", 355, 210);
        bodyText(words, 500);
        List<Ruling> rules = frame();
        rules.add(new Ruling(50, 180, 120, 180));
        rules.add(new Ruling(140, 180, 240, 180));
        rules.add(new Ruling(262, 180, 340, 180));
        rules.add(new Ruling(360, 180, 440, 180));
        Lattice.Grid g = Lattice.grids(rules, 7.5).get(0);
        assertEquals(4, g.ys().length);
        assertEquals(4, g.hs().size(), "only the piece touching a column rule is part of the grid");
        List<Word> ws = words.stream().map(Word::new).toList();
        Lattice.Grid repaired = Lattice.withMissingRowRules(g, ws, rules, 7.5);
        assertEquals(4, repaired.ys().length);
        assertEquals(7, repaired.hs().size());
        Draft d = Lattice.build(repaired, ws, 7.5, 1, "auto");
        d.compact();
        Table t = d.toTable("t");
        assertEquals(3, t.rowCount());
        assertArrayEquals(new String[] {"Student support", "No", "Yes"}, t.grid()[2]);
    }

    @Test
    void noRowsAreMadeUpForPartOfAnOpenSidedTable() {
        // the row rules run on past the outer column rules: the grid holds only the middle of a table
        List<Ruling> rules = new ArrayList<>();
        for (double x : new double[] {150, 250, 350}) rules.add(new Ruling(x, 100, x, 260));
        for (double y : new double[] {100, 120, 260}) rules.add(new Ruling(20, y, 560, y));
        Lattice.Grid g = Lattice.grids(rules, 7.5).get(0);
        List<Word> ws = localeWords(LOCALES).stream().map(Word::new).toList();
        assertSame(g, Lattice.withMissingRowRules(g, ws, rules, 7.5));
    }

    @Test
    void aGridWithOpenSidesTakesInItsLabelAndLastColumns() {
        // column rules only between the value columns; row rules across the whole table
        List<Ruling> rules = new ArrayList<>();
        for (double x : new double[] {250, 350, 450}) rules.add(new Ruling(x, 100, x, 180));
        for (double y : new double[] {100, 120, 140, 160, 180}) rules.add(new Ruling(50, y, 560, y));
        String[][] rows = {{"Programme", "2000", "2002", "2004"}, {"General education", "15 455", "13 951", "12 068"},
                {"Qualifications", "35 190", "44 307", "60 152"}, {"Polytechnics", "20 527", "20 922", "22 083"}};
        List<TextChunk> words = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            phrase(words, rows[r][0], 55, 106 + 20 * r);
            for (int c = 1; c < 4; c++) phrase(words, rows[r][c], 160 + 100 * c, 106 + 20 * r);
        }
        bodyText(words, 500);
        List<Table> tables = auto.tabulate(ocrPage(words, rules), ctx);
        assertEquals(1, tables.size());
        Table t = tables.get(0);
        assertEquals(4, t.columnCount());
        assertArrayEquals(new String[] {"Qualifications", "35 190", "44 307", "60 152"}, t.grid()[2]);
        assertEquals(new BoundingBox(50, 100, 560, 180), t.regions().get(0).bbox());
        assertTrue(ctx.findings.stream().anyMatch(f -> f.code().equals("ocr-grid-open-sides")));
    }

    @Test
    void rowRulesGoOnAcrossAShadedSideColumn() {
        // us-011a: a budget column shaded grey, outside the last column rule; on the scan only the frame's top
        // and bottom rules reach across it, the row rules stop at the column rule
        List<Ruling> rules = new ArrayList<>();
        for (double x : new double[] {80, 460}) rules.add(new Ruling(x, 100, x, 180));
        for (double y : new double[] {100, 180}) rules.add(new Ruling(80, y, 530, y));
        for (double y : new double[] {120, 140, 160}) rules.add(new Ruling(80, y, 460, y));
        String[][] rows = {{"Program", "Budget"}, {"Performance dashboard", "$1.1M"}, {"Cloud computing", "$0.3M"},
                {"Data center consolidation", "$0.44M"}};
        List<TextChunk> words = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            phrase(words, rows[r][0], 85, 106 + 20 * r);
            phrase(words, rows[r][1], 475, 106 + 20 * r);
        }
        bodyText(words, 500);
        List<Table> tables = auto.tabulate(ocrPage(words, rules), ctx);
        assertEquals(1, tables.size());
        for (int r = 0; r < rows.length; r++) assertArrayEquals(rows[r], tables.get(0).grid()[r], "row " + r);
    }

    @Test
    void aTwoRowGridWithAnOpenSideTakesInTheLabelOfItsOneRow() {
        // years over one row of values, its label left of the first column rule, under row rules that reach it
        List<Ruling> rules = new ArrayList<>();
        for (double x : new double[] {200, 265, 330, 395}) rules.add(new Ruling(x, 100, x, 134));
        rules.add(new Ruling(200, 100, 395, 100));
        rules.add(new Ruling(70, 117, 395, 117));
        rules.add(new Ruling(70, 134, 395, 134));
        List<TextChunk> words = new ArrayList<>();
        phrase(words, "2001", 215, 106);
        phrase(words, "2002", 280, 106);
        phrase(words, "2003", 345, 106);
        phrase(words, "On labour market training", 75, 122);
        phrase(words, "29 300", 210, 122);
        phrase(words, "25 800", 275, 122);
        phrase(words, "33 300", 340, 122);
        bodyText(words, 500);
        Lattice.Grid g = Lattice.grids(rules, 7.5).get(0);
        Lattice.Grid wide = Lattice.withOpenSides(g, words.stream().map(Word::new).toList(), 7.5);
        assertArrayEquals(new double[] {70, 200, 265, 330, 395}, wide.xs(), 1e-9);
        List<Table> tables = auto.tabulate(ocrPage(words, rules), ctx);
        assertEquals(1, tables.size());
        assertArrayEquals(new String[] {"On labour market training", "29 300", "25 800", "33 300"}, tables.get(0).grid()[1]);
    }

    @Test
    void aRuledGridOfLongStatementsWithTheirFiguresIsATable() {
        String[][] rows = {{"Benefit or drawback", "Districts", "Schools"},
                {"Gives us a more complete picture of our effectiveness than the state system", "63%", "57%"},
                {"Results in staff confusion about our targets for student achievement this year", "46%", "52%"},
                {"Reduces community support for public schools in our town and the region", "23%", "24%"},
                {"Allows us to focus on the goals that are most important to us and our board", "56%", "52%"}};
        List<Ruling> rules = new ArrayList<>();
        for (double x : new double[] {50, 440, 490, 540}) rules.add(new Ruling(x, 100, x, 225));
        for (int r = 0; r <= rows.length; r++) rules.add(new Ruling(50, 100 + 25 * r, 540, 100 + 25 * r));
        List<TextChunk> words = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            phrase(words, rows[r][0], 55, 108 + 25 * r);
            phrase(words, rows[r][1], 445, 108 + 25 * r);
            phrase(words, rows[r][2], 495, 108 + 25 * r);
        }
        bodyText(words, 500);
        List<Table> tables = auto.tabulate(ocrPage(words, rules), ctx);
        assertEquals(1, tables.size());
        Table t = tables.get(0);
        assertEquals(new BoundingBox(50, 100, 540, 225), t.regions().get(0).bbox());
        assertEquals(3, t.columnCount());
        assertArrayEquals(rows[3], t.grid()[3]);
    }

    @Test
    void flatInkInAGridIsARuleReadAsLettersButADashIsText() {
        double em = 7.5;
        Word rule = new Word(new TextChunk("ee", new BoundingBox(300, 180, 340, 180.5), Origin.OCR, new Confidence(0.3), "", 0.5, false));
        Word dash = new Word(new TextChunk("——", new BoundingBox(300, 180, 309, 181), Origin.OCR, new Confidence(0.8), "", 1, false));
        Word text = new Word(ink("Offices", 55, 140));
        assertTrue(AutoTabulator.flatRuleMark(rule, em));
        assertFalse(AutoTabulator.flatRuleMark(dash, em));
        assertFalse(AutoTabulator.flatRuleMark(text, em));
        // in a grid the mark stays out of the cells and is recorded
        List<TextChunk> words = localeWords(LOCALES);
        words.add(new TextChunk("ee", new BoundingBox(260, 233.5, 300, 234), Origin.OCR, new Confidence(0.3), "", 0.5, false));
        Table t = auto.tabulate(ocrPage(words, frame(176.5, 214.5)), ctx).get(0);
        for (String[] row : t.grid()) for (String cell : row) assertFalse(cell.contains("ee"), cell);
        assertTrue(ctx.findings.stream().anyMatch(f -> f.code().equals("ocr-rule-marks-ignored")));
    }
}
