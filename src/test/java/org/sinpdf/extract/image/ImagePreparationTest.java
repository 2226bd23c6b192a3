package org.sinpdf.extract.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sinpdf.model.Ruling;

/** Preparation steps on synthetic pages: blocks of "words" on lines, drawn ruling lines, dots. */
class ImagePreparationTest {
    private static final int DPI = 200;

    /** A letter-size-ish page at 200 dpi with 30 lines of word-like blocks (deterministic). */
    static GreyImage textLikePage() {
        int w = 1200, h = 1600;
        byte[] p = new byte[w * h];
        java.util.Arrays.fill(p, (byte) 250);
        Random rnd = new Random(3);
        for (int line = 0; line < 30; line++) {
            int y = 120 + line * 45;
            int x = 100;
            while (x < w - 150) {
                int len = 20 + rnd.nextInt(90);
                fill(p, w, x, y, Math.min(w - 100, x + len), y + 18, 20);
                x += len + 14;
            }
        }
        return new GreyImage(w, h, p, DPI);
    }

    static void fill(byte[] p, int w, int x0, int y0, int x1, int y1, int v) {
        for (int y = y0; y < y1; y++) for (int x = x0; x < x1; x++) p[y * w + x] = (byte) v;
    }

    @Test void skewIsMeasuredWithinATenthOfADegree() {
        GreyImage page = textLikePage();
        for (double angle : new double[] {2.5, -4.0, 0.8}) {
            double measured = new SkewDetector(10).measure(Rotation.byAngle(page, angle));
            assertEquals(angle, measured, 0.1, "page turned " + angle + "°");
        }
        assertEquals(0.0, new SkewDetector(10).measure(page), 1e-9, "a straight page is left alone");
        assertEquals(0.0, new SkewDetector(10).measure(GreyImage.blank(400, 400, DPI)), 1e-9, "a blank page is left alone");
    }

    @Test void skewOfAWidePageBetweenCoarseStepsIsNotMistakenForTheOppositeSign() {
        // eu-016 p3 of the scanned ICDAR set: +1.47° was measured as -1.98° with 1° coarse steps
        GreyImage page = textLikePage();
        for (double angle : new double[] {1.47, -1.53, 0.55, -2.45}) {
            double measured = new SkewDetector(10).measure(Rotation.byAngle(page, angle));
            assertEquals(angle, measured, 0.1, "page turned " + angle + "°");
        }
    }

    @Test void deskewingStraightensLines() {
        GreyImage page = textLikePage();
        GreyImage skewed = Rotation.byAngle(page, 3);
        double skew = new SkewDetector(10).measure(skewed);
        GreyImage fixed = Rotation.byAngle(skewed, -skew);
        assertEquals(0.0, new SkewDetector(10).measure(fixed), 1e-9);
    }

    @Test void quarterTurnsComposeToIdentity() {
        GreyImage page = textLikePage().downscale(4);
        GreyImage turned = Rotation.quarterTurns(Rotation.quarterTurns(page, 90), 270);
        assertTrue(java.util.Arrays.equals(page.copyPixels(), turned.copyPixels()));
        GreyImage r90 = Rotation.quarterTurns(page, 90);
        assertEquals(page.height(), r90.width());
        // top-left pixel goes to the top-right corner when turned clockwise
        assertEquals(page.at(0, 0), r90.at(r90.width() - 1, 0));
        assertEquals(page.at(5, 0), r90.at(r90.width() - 1, 5));
    }

    @Test void binarizersSeparateInkFromPaperUnderUnevenLight() {
        int w = 600, h = 400;
        byte[] p = new byte[w * h];
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) p[y * w + x] = (byte) (250 - x / 4); // light falls off to the right
        fill(p, w, 50, 50, 100, 60, 30);      // ink on bright paper
        fill(p, w, 500, 50, 550, 60, 60);     // ink on dim paper (paper ~ 125 there)
        GreyImage img = new GreyImage(w, h, p, DPI);
        for (Binarizer.Method m : Binarizer.Method.values()) {
            GreyImage b = new Binarizer(m).apply(img);
            assertEquals(0, b.at(75, 55), m + " ink left");
            assertEquals(0, b.at(525, 55), m + " ink right");
            assertEquals(255, b.at(75, 200), m + " paper left");
        }
        GreyImage sauvola = new Binarizer(Binarizer.Method.SAUVOLA).apply(img);
        assertEquals(255, sauvola.at(560, 300), "Sauvola keeps dim paper white");
    }

    @Test void despecklingRemovesSpecksButKeepsFullStops() {
        GreyImage blank = GreyImage.blank(300, 300, 300);
        byte[] p = blank.copyPixels();
        p[50 * 300 + 50] = 0;                       // one-pixel speck
        p[80 * 300 + 80] = 0; p[80 * 300 + 81] = 0; // two-pixel speck
        fill(p, 300, 150, 150, 154, 154, 0);        // a 4x4 full stop at 300 dpi
        GreyImage out = Despeckler.forDpi(300).apply(new GreyImage(300, 300, p, 300));
        assertEquals(255, out.at(50, 50));
        assertEquals(255, out.at(80, 80));
        assertEquals(0, out.at(151, 151));
        assertEquals(0, out.at(153, 153));
    }

    @Test void rulingsAreFoundAndTextIsNot() {
        GreyImage page = textLikePage();
        byte[] p = page.copyPixels();
        int w = page.width();
        fill(p, w, 100, 60, 1100, 63, 0);      // horizontal rule, 3 px thick, y 60..63
        fill(p, w, 100, 1500, 600, 1502, 0);   // shorter one
        fill(p, w, 1100, 60, 1102, 1502, 0);   // vertical, x 1100..1102
        GreyImage ruled = new Binarizer(Binarizer.Method.OTSU).apply(new GreyImage(w, page.height(), p, DPI));
        List<Ruling> rulings = new RulingDetector(0.04).detect(ruled);
        List<Ruling> h = rulings.stream().filter(Ruling::horizontal).toList();
        List<Ruling> v = rulings.stream().filter(Ruling::vertical).toList();
        assertEquals(2, h.size(), h.toString());
        assertEquals(1, v.size(), v.toString());
        assertEquals(61.5, h.get(0).y1(), 0.01);
        assertEquals(100, h.get(0).left(), 1);
        assertEquals(1102, h.get(0).right(), 1);
        assertEquals(1101, v.get(0).x1(), 0.01);
        assertEquals(60, v.get(0).top(), 1);
        assertEquals(1502, v.get(0).bottom(), 1);
    }

    @Test void brokenAndSlightlySkewedRulingIsOneLine() {
        int w = 1000, h = 200;
        byte[] p = new byte[w * h];
        java.util.Arrays.fill(p, (byte) 255);
        for (int x = 50; x < 950; x++) {
            if (x % 150 < 3) continue;               // dropouts of 3 px
            int y = 100 + (x - 50) / 300;             // drifts 3 px over the line
            p[y * w + x] = 0;
            p[(y + 1) * w + x] = 0;
        }
        List<Ruling> r = new RulingDetector(0.04).detect(new GreyImage(w, h, p, DPI));
        assertEquals(1, r.size(), r.toString());
        assertTrue(r.get(0).horizontal() || Math.abs(r.get(0).y2() - r.get(0).y1()) < 3);
        assertEquals(50, r.get(0).left(), 1);
        assertEquals(950, r.get(0).right(), 1);
    }

    @Test void bilevelPageIsRecognisedAndPreparedWithoutTouchingTheCallersPixels() {
        byte[] p = new byte[300 * 200];
        java.util.Arrays.fill(p, (byte) 255);
        fill(p, 300, 20, 50, 280, 53, 0); // a ruling
        fill(p, 300, 40, 100, 44, 104, 0); // a dot, 4x4: not a speck
        p[150 * 300 + 150] = 0; // a speck
        GreyImage page = new GreyImage(300, 200, p.clone(), 300);
        org.junit.jupiter.api.Assertions.assertTrue(page.isBinary());
        PagePreparation.Prepared out = new PagePreparation(new PagePreparation.Steps(false, true, true, false,
                Binarizer.Method.SAUVOLA, 10, 0.04)).prepare(page, 0);
        org.junit.jupiter.api.Assertions.assertEquals(255, out.image().at(150, 150), "speck removed");
        org.junit.jupiter.api.Assertions.assertEquals(0, out.image().at(42, 102), "dot kept");
        org.junit.jupiter.api.Assertions.assertEquals(0, out.image().at(100, 51), "ruling kept");
        org.junit.jupiter.api.Assertions.assertEquals(0, page.at(150, 150), "the caller's page is unchanged");
        p[0] = 17;
        org.junit.jupiter.api.Assertions.assertFalse(new GreyImage(300, 200, p, 300).isBinary());
    }
}
