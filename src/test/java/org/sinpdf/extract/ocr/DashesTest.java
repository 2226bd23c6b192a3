package org.sinpdf.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sinpdf.extract.image.GreyImage;

class DashesTest {
    /**
     * "3-8" drawn as blocks: two 28-px-tall digits (cap height 0.7 em, so an em of 40 px) and a
     * 3-px-thick dash of {@code dashLength} pixels between them at mid height.
     */
    private static GreyImage range(int dashLength) {
        int w = 200, h = 60;
        byte[] px = new byte[w * h];
        Arrays.fill(px, (byte) 255);
        fill(px, w, 10, 16, 26, 44);                    // first digit
        fill(px, w, 32, 28, 32 + dashLength, 31);       // the dash
        fill(px, w, 40 + dashLength, 16, 56 + dashLength, 44); // second digit
        return new GreyImage(w, h, px, 300);
    }

    private static void fill(byte[] px, int w, int x0, int y0, int x1, int y1) {
        for (int y = y0; y < y1; y++) for (int x = x0; x < x1; x++) px[y * w + x] = 0;
    }

    private static String read(int dashLength, String text) {
        return Dashes.refine(new TesseractEngine.Word(text, 8, 14, 60 + dashLength, 46, 90f), range(dashLength)).text();
    }

    @Test void theDashIsToldByItsLength() {
        assertEquals("3-8", read(12, "3-8"), "0.3 em: a hyphen");
        assertEquals("3\u20138", read(21, "3-8"), "0.5 em: an en dash");
        assertEquals("3\u20148", read(40, "3-8"), "1 em: an em dash");
        assertEquals("3-8", read(12, "3\u20148"), "an em dash read where a hyphen is printed");
    }

    @Test void wordsWhoseDashesAreNotFoundStayAsRead() {
        TesseractEngine.Word twoDashes = new TesseractEngine.Word("3--8", 8, 14, 81, 46, 90f);
        assertSame(twoDashes, Dashes.refine(twoDashes, range(21)), "one dash in the image, two in the text");
        TesseractEngine.Word none = new TesseractEngine.Word("38", 8, 14, 81, 46, 90f);
        assertSame(none, Dashes.refine(none, range(21)));
    }

    /** "-38" or ".38" alone in a crop: two 28-px-tall digits, and before them {@code sign} (x0, y0, x1, y1) when given. */
    private static GreyImage signed(int... sign) {
        int w = 120, h = 60;
        byte[] px = new byte[w * h];
        Arrays.fill(px, (byte) 255);
        if (sign.length == 4) fill(px, w, sign[0], sign[1], sign[2], sign[3]);
        fill(px, w, 40, 16, 58, 44);
        fill(px, w, 62, 16, 80, 44);
        return new GreyImage(w, h, px, 300);
    }

    @Test void aMinusIsLookedForBeforeTheFirstGlyph() {
        assertEquals(Dashes.SignInk.PRESENT, Dashes.leadingSign(signed(20, 28, 32, 31)), "a 12-px dash: 0.3 em");
        assertEquals(Dashes.SignInk.ABSENT, Dashes.leadingSign(signed(30, 40, 32, 42)), "a 2x2 speck");
        assertEquals(Dashes.SignInk.ABSENT, Dashes.leadingSign(signed()), "nothing before the digits");
        assertEquals(Dashes.SignInk.UNKNOWN, Dashes.leadingSign(signed(30, 30, 33, 38)), "a narrow mark a fifth of an em high: not a speck");
        assertEquals(Dashes.SignInk.UNKNOWN, Dashes.leadingSign(signed(22, 28, 41, 31)), "a minus touching the digit");
    }
}
