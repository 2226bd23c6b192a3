package org.sinpdf.extract.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GreyImageUpscaleTest {

    /** A white image with a black rectangle [x0, x1) x [y0, y1). */
    private static GreyImage box(int w, int h, int x0, int y0, int x1, int y1, double dpi) {
        byte[] p = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) p[y * w + x] = (byte) (x >= x0 && x < x1 && y >= y0 && y < y1 ? 0 : 255);
        }
        return new GreyImage(w, h, p, dpi);
    }

    @Test void factorOneOrLessReturnsTheSameImage() {
        GreyImage img = box(20, 10, 5, 2, 10, 8, 150);
        assertSame(img, img.upscale(1));
        assertSame(img, img.upscale(0.5));
    }

    @Test void sizeAndResolutionGrowByTheFactor() {
        GreyImage big = box(100, 40, 10, 10, 20, 20, 144).upscale(2.0833);
        assertEquals(208, big.width());
        assertEquals(83, big.height());
        assertEquals(144 * 208 / 100.0, big.dpi(), 1e-9);
    }

    @Test void aBlackBoxStaysWhereItWasScaledAndKeepsItsInkAndWhite() {
        GreyImage big = box(40, 30, 10, 6, 22, 18, 100).upscale(3);
        assertEquals(120, big.width());
        // the box covered source pixels 10..21: its scaled edges are at 30 and 66, each within a pixel
        int y = 36; // middle row of the box
        assertEquals(255, big.at(28, y));
        assertTrue(big.at(29, y) > 128 && big.at(30, y) < 128, big.at(29, y) + " " + big.at(30, y));
        assertTrue(big.at(65, y) < 128 && big.at(66, y) > 128, big.at(65, y) + " " + big.at(66, y));
        assertEquals(0, big.at(45, y));
        assertEquals(255, big.at(100, y));
        assertEquals(255, big.at(45, 5));
        // the fraction of ink is kept
        assertEquals(box(40, 30, 10, 6, 22, 18, 100).darkFraction(), big.darkFraction(), 0.01);
    }

    @Test void aOnePixelImageBecomesAnEvenPatch() {
        GreyImage one = new GreyImage(1, 1, new byte[] {(byte) 77}, 100);
        GreyImage big = one.upscale(3);
        assertEquals(3, big.width());
        for (int y = 0; y < 3; y++) for (int x = 0; x < 3; x++) assertEquals(77, big.at(x, y));
    }

    @Test void edgesAreSmoothNotRepeatedPixels() {
        // one black column at x = 5: bilinear gives grey neighbours, where pixel repetition gives none
        GreyImage big = box(11, 3, 5, 0, 6, 3, 100).upscale(4);
        int greys = 0;
        for (int x = 0; x < big.width(); x++) {
            int v = big.at(x, 6);
            if (v > 0 && v < 255) greys++;
        }
        assertTrue(greys >= 4, "grey pixels beside the line: " + greys);
    }
}
