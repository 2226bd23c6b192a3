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
}
