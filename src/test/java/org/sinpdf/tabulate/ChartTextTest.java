package org.sinpdf.tabulate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinpdf.model.BoundingBox;
import org.sinpdf.model.Confidence;
import org.sinpdf.model.Origin;
import org.sinpdf.model.TextChunk;

/** The scan-only tells that an unruled candidate is a chart's labels ({@link AutoTabulator#chartText}). */
class ChartTextTest {

    private static TextChunk ocr(String text, double l, double t, double r, double b) {
        return new TextChunk(text, new BoundingBox(l, t, r, b), Origin.OCR, new Confidence(0.9), "", b - t, false);
    }

    /** A draft of one word per cell; {@code cells} rows of {row, col, word} with boxes given in {@code boxes}. */
    private static Draft draft(int rows, int cols, List<Object[]> cells) {
        Draft d = new Draft(1, "auto", rows, cols);
        double l = Double.MAX_VALUE, t = Double.MAX_VALUE, r = -Double.MAX_VALUE, b = -Double.MAX_VALUE;
        for (Object[] c : cells) {
            Draft.Frag f = new Draft.Frag((int) c[0], (int) c[0], (int) c[1], (int) c[1]);
            TextChunk w = (TextChunk) c[2];
            f.words.add(new Word(w));
            d.frags.add(f);
            l = Math.min(l, w.box().left()); t = Math.min(t, w.box().top());
            r = Math.max(r, w.box().right()); b = Math.max(b, w.box().bottom());
        }
        d.bbox = new BoundingBox(l, t, r, b);
        return d;
    }

    private static Object[] cell(int row, int col, TextChunk w) { return new Object[] {row, col, w}; }

    @Test
    void turnedAxisLabelsAreAChart() {
        List<Object[]> cells = new ArrayList<>();
        String[] labels = {"Helpless", "Hopeless", "Tense", "Exhausted", "Attempted"};
        for (int i = 0; i < labels.length; i++) {
            double x = 100 + 20 * i; // each label runs up the page: 5 wide, 30 tall
            cells.add(cell(0, i, ocr(labels[i], x, 400, x + 5, 430)));
        }
        cells.add(cell(1, 0, ocr("of", 100, 432, 105, 437)));
        assertTrue(AutoTabulator.turnedWords(draft(2, 5, cells)));
        assertTrue(AutoTabulator.chartText(draft(2, 5, cells), List.of()).contains("turned"));
        // level words of the same texts: a table row
        List<Object[]> level = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) level.add(cell(0, i, ocr(labels[i], 100 + 60 * i, 400, 140 + 60 * i, 408)));
        assertFalse(AutoTabulator.turnedWords(draft(1, 5, level)));
        // three turned column heads over level values are a table's heads
        List<Object[]> heads = new ArrayList<>();
        for (int i = 0; i < 3; i++) heads.add(cell(0, i, ocr(labels[i], 100 + 60 * i, 370, 105 + 60 * i, 400)));
        for (int r = 1; r <= 4; r++) for (int i = 0; i < 3; i++) heads.add(cell(r, i, ocr("12.5", 100 + 60 * i, 400 + 12 * r, 118 + 60 * i, 408 + 12 * r)));
        assertFalse(AutoTabulator.turnedWords(draft(5, 3, heads)));
    }

    @Test
    void textOnBothSidesOfAnEmptyFrameIsAChart() {
        // tick labels left of a framed plot (x 87..285), a legend right of it
        List<Object[]> cells = List.of(cell(0, 0, ocr("2.5", 70, 197, 85, 202)), cell(0, 1, ocr("Course", 290, 197, 312, 202)),
                cell(1, 0, ocr("2", 75, 208, 80, 214)), cell(1, 1, ocr("1st", 300, 208, 310, 214)));
        BoundingBox plot = new BoundingBox(87, 80, 285, 413);
        assertTrue(AutoTabulator.aroundFrame(draft(2, 2, cells), List.of(plot)));
        // the same frame with one of the candidate's words inside: not evidence
        List<Object[]> in = new ArrayList<>(cells);
        in.add(cell(2, 0, ocr("25", 150, 220, 160, 226)));
        assertFalse(AutoTabulator.aroundFrame(draft(3, 2, in), List.of(plot)));
        // a frame beside the candidate, not inside its width
        assertFalse(AutoTabulator.aroundFrame(draft(2, 2, cells), List.of(new BoundingBox(320, 80, 500, 413))));
    }

    @Test
    void anEvenScaleFromZeroInMostlyEmptyRowsIsAnAxis() {
        List<Object[]> cells = new ArrayList<>();
        String[] ticks = {"80", "60", "40", "20", "0"};
        for (int i = 0; i < ticks.length; i++) cells.add(cell(i, 0, ocr(ticks[i], 146, 227 + 15.4 * i, 154, 233 + 15.4 * i)));
        cells.add(cell(1, 3, ocr("59", 314, 236, 324, 241)));
        cells.add(cell(5, 1, ocr("16-17", 169, 300, 188, 306)));
        cells.add(cell(5, 2, ocr("18-19", 204, 300, 223, 306)));
        cells.add(cell(5, 3, ocr("20-21", 239, 300, 258, 306)));
        assertTrue(AutoTabulator.axisScale(draft(6, 4, cells)));
        // uneven spacing down the page: values of a table column, not ticks
        List<Object[]> uneven = new ArrayList<>(cells);
        uneven.set(2, cell(2, 0, ocr("40", 146, 290, 154, 296)));
        assertFalse(AutoTabulator.axisScale(draft(6, 4, uneven)));
    }

    @Test
    void rowNumbersAndYearsOfAFullTableAreNotAnAxis() {
        // 0..4 evenly stepped and spaced, but every row is full: a table's numbering
        List<Object[]> cells = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            cells.add(cell(r, 0, ocr(String.valueOf(r), 60, 100 + 14 * r, 66, 108 + 14 * r)));
            cells.add(cell(r, 1, ocr("Campeche", 100, 100 + 14 * r, 150, 108 + 14 * r)));
            cells.add(cell(r, 2, ocr("1,234", 200, 100 + 14 * r, 230, 108 + 14 * r)));
        }
        assertFalse(AutoTabulator.axisScale(draft(5, 3, cells)));
        // years without 0
        List<Object[]> years = new ArrayList<>();
        for (int r = 0; r < 5; r++) years.add(cell(r, 0, ocr(String.valueOf(2001 + r), 60, 100 + 14 * r, 80, 108 + 14 * r)));
        assertFalse(AutoTabulator.axisScale(draft(5, 3, years)));
    }

    @Test
    void aBulletedListIsNotATable() {
        List<Object[]> list = List.of(cell(0, 0, ocr("e", 71, 645, 75, 650)), cell(0, 1, ocr("basic", 85, 643, 109, 651)),
                cell(1, 0, ocr("e", 71, 661, 75, 666)), cell(1, 1, ocr("work", 85, 659, 109, 667)),
                cell(2, 0, ocr("In", 71, 719, 80, 727)), cell(2, 1, ocr("colleges", 282, 719, 320, 729)));
        assertTrue(AutoTabulator.bulletList(draft(3, 2, list)));
        assertTrue(AutoTabulator.chartText(draft(3, 2, list), List.of()).contains("bullet"));
        // labels with dashes beside figures: a table
        List<Object[]> table = List.of(cell(0, 0, ocr("-", 71, 645, 75, 650)), cell(0, 1, ocr("1,234", 185, 643, 209, 651)),
                cell(1, 0, ocr("-", 71, 661, 75, 666)), cell(1, 1, ocr("2,345", 185, 659, 209, 667)));
        assertFalse(AutoTabulator.bulletList(draft(2, 2, table)));
        // one bullet is not a list
        assertFalse(AutoTabulator.bulletList(draft(3, 2, List.of(list.get(0), list.get(1), list.get(4), list.get(5)))));
    }

    @Test
    void aRuledTableBetweenTheColumnsOfAnUnruledOneIsNoFigureFrame() {
        // an unruled table with a label column left (x 60) and a value column right (x 620) of a ruled table
        // (x 300..500) at the same height: the ruled box made a table, so it is not a figure's empty frame
        java.util.List<TextChunk> words = new ArrayList<>();
        java.util.List<org.sinpdf.model.Ruling> rules = new ArrayList<>();
        for (double x : new double[] {300, 400, 500}) rules.add(new org.sinpdf.model.Ruling(x, 300, x, 380));
        for (double y = 300; y <= 380; y += 20) rules.add(new org.sinpdf.model.Ruling(300, y, 500, y));
        for (int r = 0; r < 4; r++) {
            words.add(ocr("Item" + r, 310, 305 + 20 * r, 340, 315 + 20 * r));
            words.add(ocr(String.valueOf(10 * r + 5), 440, 305 + 20 * r, 460, 315 + 20 * r));
        }
        String[] labels = {"Aguascalientes", "Campeche", "Colima", "Durango", "Guerrero"};
        for (int r = 0; r < labels.length; r++) {
            words.add(ocr(labels[r], 60, 296 + 18 * r, 140, 306 + 18 * r));
            words.add(ocr((r + 1) + ",234", 620, 296 + 18 * r, 650, 306 + 18 * r));
        }
        org.sinpdf.model.Page p = new org.sinpdf.model.Page(1, 1000, 1400, 0, words, rules,
                org.sinpdf.model.PageMethod.OCR, "ocr", "px");
        TestContext ctx = new TestContext();
        java.util.List<org.sinpdf.model.Table> tables = new AutoTabulator().tabulate(p, ctx);
        assertTrue(ctx.findings.stream().noneMatch(f -> f.code().equals("figure-text-not-table")), ctx.findings.toString());
        assertTrue(tables.size() == 2, tables.stream().map(t -> java.util.Arrays.deepToString(t.grid())).toList().toString());
    }
}
