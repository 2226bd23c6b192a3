package org.sinpdf.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpecksTest {
    private static TesseractEngine.Word w(String text, int left, int top, int width, int height) {
        return new TesseractEngine.Word(text, left, top, left + width, top + height, 81f, "spa");
    }

    @Test void aTwoPixelDotBeforeAWordIsASpeck() {
        // capitales-estatales at 200 dpi: a 2x2 speck before "Oaxaca" read as "." at 81
        TesseractEngine.Word speck = w(".", 385, 2615, 2, 2), oaxaca = w("Oaxaca", 415, 2592, 129, 29);
        Specks.Result r = Specks.drop(List.of(speck, oaxaca), 28);
        assertEquals(List.of(oaxaca), r.kept());
        assertEquals(List.of(speck), r.dropped());
    }

    @Test void printedMarksAndSmallLettersStay() {
        List<TesseractEngine.Word> words = List.of(
                w(".", 10, 10, 5, 5),        // a full stop of 28-pixel text is about 5 pixels wide
                w("i", 20, 10, 3, 3),        // a letter, however small, is not noise
                w("-", 30, 10, 9, 2),        // a dash is wider than a speck
                w("1.5", 40, 10, 3, 3));     // a number
        Specks.Result r = Specks.drop(words, 28);
        assertSame(words, r.kept());
        assertEquals(List.of(), r.dropped());
    }

    @Test void theLimitFollowsTheTextHeight() {
        TesseractEngine.Word dot = w(".", 10, 10, 3, 3);
        assertEquals(1, Specks.drop(List.of(dot), 28).dropped().size());
        assertEquals(0, Specks.drop(List.of(dot), 17).dropped().size(), "small print: a 3-pixel dot may be its full stop");
    }

    /** "62" as two 10x28 blocks, then a dot of {@code dot} pixels a side at the baseline. */
    private static org.sinpdf.extract.image.GreyImage figureWithDot(int dot) {
        int w = 120, h = 60;
        byte[] px = new byte[w * h];
        java.util.Arrays.fill(px, (byte) 255);
        for (int[] b : new int[][] {{20, 16, 34, 44}, {40, 16, 54, 44}, {60, 44 - dot, 60 + dot, 44}}) {
            for (int y = b[1]; y < b[3]; y++) for (int x = b[0]; x < b[2]; x++) px[y * w + x] = 0;
        }
        return new org.sinpdf.extract.image.GreyImage(w, h, px, 300);
    }

    @Test void aSpeckReadAsAFullStopAfterAWordIsTrimmed() {
        TesseractEngine.Word figure = new TesseractEngine.Word("62.", 20, 16, 63, 44, 90f, "spa");
        Specks.Trimmed speck = Specks.trimTrailing(figureWithDot(2), List.of(figure), List.of(), 28);
        assertEquals("62", speck.words().get(0).text());
        assertEquals(List.of("'62.' \u2192 '62'"), speck.trimmed());
        TesseractEngine.Word stop = new TesseractEngine.Word("62.", 20, 16, 65, 44, 90f, "spa");
        Specks.Trimmed printed = Specks.trimTrailing(figureWithDot(5), List.of(stop), List.of(), 28);
        assertEquals("62.", printed.words().get(0).text(), "a 5-pixel full stop of 28-pixel text is printed");
        assertEquals(List.of(), printed.trimmed());
    }

    @Test void aSpeckReadAsAnInvertedExclamationIsDropped() {
        TesseractEngine.Word mark = w("\u00A1", 10, 10, 2, 3);
        assertEquals(List.of(mark), Specks.drop(List.of(mark), 28).dropped());
        assertEquals(List.of(), Specks.drop(List.of(w("\u00A1", 10, 10, 4, 18)), 28).dropped(), "a printed ¡ stays");
    }
}
