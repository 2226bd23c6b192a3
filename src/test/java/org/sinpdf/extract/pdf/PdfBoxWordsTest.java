package org.sinpdf.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Finding;
import org.sinpdf.model.TextChunk;
import org.sinpdf.spi.ExtractedDocument;
import org.sinpdf.spi.PageResult;
import org.sinpdf.spi.StageContext;

/**
 * Words that {@code pdfbox-text} used to split, re-case or repeat on real ICDAR 2013 documents
 * (issue #8: the text should hold the words {@code pdftotext} finds).
 */
class PdfBoxWordsTest {
    private static final StageContext CTX = new StageContext() {
        @Override public DocumentInfo document() { return new DocumentInfo("t", "t.pdf", "", "application/pdf", 0); }
        @Override public void report(Finding finding) {}
        @Override public boolean raw() { return false; }
    };

    private static List<String> words(String name, int page) throws Exception {
        Path pdf = Path.of(System.getProperty("sinpdf.corpus"), "icdar2013", name + ".pdf");
        List<String> out = new ArrayList<>();
        try (ExtractedDocument doc = new PdfBoxTextExtractor().open(
                new org.sinpdf.model.Source(pdf, new DocumentInfo(name, name + ".pdf", "", "application/pdf", 0)), CTX)) {
            PageResult r = doc.page(page, CTX);
            for (TextChunk c : r.page().orElseThrow().chunks()) out.add(c.text());
        }
        return out;
    }

    /** Times-Roman, not embedded, no /Widths: PDFBox measured it with a sans-serif stand-in ("mercur y"). */
    @Test
    void standardFontWithoutWidthsKeepsWordsWhole() throws Exception {
        List<String> w = words("us-040", 1);
        assertTrue(w.contains("mercury"), "mercury is one word: " + w.subList(0, 40));
        assertFalse(w.contains("mercur"), "no word cut before its last letter");
        assertFalse(w.contains("y"), "no stray last letter");
    }

    /** A ToUnicode map that lower-cases some capitals, and an f_i ligature glyph it leaves out. */
    @Test
    void drawnCapitalsAndLigatureNamesAreRead() throws Exception {
        List<String> w = words("eu-019", 3);
        assertTrue(w.contains("Italy"), "Italy as drawn: " + w);
        assertFalse(w.contains("italy"));
        List<String> first = words("eu-019", 1);
        assertTrue(first.contains("Confirmed"), "the f_i glyph is read as fi: " + first);
        assertFalse(first.contains("Con"));
    }

    /** A running head drawn twice at the same place is one set of words. */
    @Test
    void textDrawnTwiceOverItselfIsKeptOnce() throws Exception {
        List<String> w = words("us-020", 1);
        long highlights = w.stream().filter("HIGHLIGHTS"::equals).count();
        assertEquals(1, highlights, "one running head: " + w.subList(0, Math.min(20, w.size())));
    }

    /** TeX draws an umlaut as a spacing accent over the letter. */
    @Test
    void spacingAccentJoinsItsLetter() throws Exception {
        List<String> all = new ArrayList<>();
        for (int p = 1; p <= 2; p++) all.addAll(words("eu-026", p));
        assertTrue(all.stream().anyMatch(s -> s.startsWith("Börsch")), "Börsch-Supan in one word");
        assertFalse(all.stream().anyMatch(s -> s.contains("¨")), "no spacing diaeresis left");
    }

    @Test
    void accentOverTheNextLetterBecomesCombining() {
        Glyph b = glyph("B", 0, 7), accent = glyph("\u00A8", 7, 12), o = glyph("o", 7, 12), r = glyph("r", 12, 16);
        List<TextChunk> words = WordBuilder.build(List.of(b, accent, o, r), 0.2);
        assertEquals(1, words.size());
        assertEquals("Bör", words.get(0).text());
    }

    @Test
    void aRepeatFarAwayIsAnotherWord() {
        Glyph a = glyph("7", 0, 5), again = glyph("7", 0.3, 5.3), elsewhere = glyph("7", 100, 105);
        List<TextChunk> words = WordBuilder.build(List.of(a, glyph(" ", 5, 8), again, glyph(" ", 5.3, 8), elsewhere), 0.2);
        assertEquals(List.of("7", "7"), words.stream().map(TextChunk::text).toList());
    }

    private static Glyph glyph(String text, double x0, double x1) {
        return new Glyph(text, x0, 100, x1, 100, 0, -1, 10, "F", false, false);
    }
}
