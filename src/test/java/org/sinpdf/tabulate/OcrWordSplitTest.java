package org.sinpdf.tabulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

class OcrWordSplitTest {

    private static TextChunk ocr(String text, double l, double t, double r, double b) {
        return new TextChunk(text, new BoundingBox(l, t, r, b), Origin.OCR, new Confidence(0.95), "", b - t, false);
    }

    @Test
    void aSpacedOcrWordIsSplitIntoPartsWithTheirShareOfTheBox() {
        List<TextChunk> parts = AutoTabulator.splitAtSpaces(ocr("15 6.9", 100, 10, 160, 20));
        assertEquals(2, parts.size());
        assertEquals("15", parts.get(0).text());
        assertEquals(new BoundingBox(100, 10, 120, 20), parts.get(0).box());
        assertEquals("6.9", parts.get(1).text());
        assertEquals(new BoundingBox(130, 10, 160, 20), parts.get(1).box());
        assertEquals(0.95, parts.get(1).confidence().value(), 1e-9);
        // one word, and a text-layer chunk, come back as they are
        TextChunk one = ocr("6.9", 100, 10, 130, 20);
        assertEquals(List.of(one), AutoTabulator.splitAtSpaces(one));
        TextChunk amount = ocr("$ 1,212", 700, 944, 755, 959); // a currency sign and its amount are one value
        assertEquals(List.of(amount), AutoTabulator.splitAtSpaces(amount));
        TextChunk layer = TextChunk.of("15 6.9", 100, 10, 160, 20);
        assertEquals(List.of(layer), AutoTabulator.splitAtSpaces(layer));
    }

    @Test
    void thePartsOfASpacedWordFallInTheirOwnRuledColumns() {
        // a ruled grid of 3 columns (x 0..200, 200..260, 260..330); one row's count and share read as one word
        List<Ruling> rules = new ArrayList<>();
        for (double x : new double[] {0, 200, 260, 330}) rules.add(new Ruling(x, 0, x, 60));
        for (double y : new double[] {0, 20, 40, 60}) rules.add(new Ruling(0, y, 330, y));
        List<TextChunk> words = new ArrayList<>(List.of(
                ocr("Residence", 10, 5, 80, 15), ocr("60", 220, 5, 235, 15), ocr("27.7", 280, 5, 305, 15),
                ocr("Other", 10, 25, 50, 35), ocr("15 6.9", 220, 25, 305, 35),
                ocr("Total", 10, 45, 50, 55), ocr("75", 220, 45, 235, 55), ocr("34.6", 280, 45, 305, 55)));
        Page p = new Page(1, 612, 792, 0, words, rules, PageMethod.OCR, "ocr", "pt");
        TestContext ctx = new TestContext();
        List<Table> tables = new AutoTabulator().tabulate(p, ctx);
        assertEquals(1, tables.size());
        String[] row = tables.get(0).grid()[1];
        assertEquals("15", row[1]);
        assertEquals("6.9", row[2]);
        assertTrue(ctx.findings.stream().anyMatch(f -> f.code().equals("ocr-word-split")));
    }
}
