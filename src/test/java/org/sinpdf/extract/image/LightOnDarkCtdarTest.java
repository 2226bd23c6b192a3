package org.sinpdf.extract.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The real scans of cTDaR 2019 (modern) whose tables light-on-dark recovery once wrecked, read from the corpus
 * ({@code sinpdf.corpus}): what passed for reverse video there and must not, and the caption bars that are reverse
 * video and must keep their rim. The synthetic reproductions are in {@link LightOnDarkBandsTest}.
 */
class LightOnDarkCtdarTest {
    private static final Path IMAGES = Path.of(System.getProperty("sinpdf.corpus", "../shared/corpus"), "ctdar2019-modern", "images");

    /** The image, at the resolution image OCR assumes for a file that declares none (as these do). */
    private static GreyImage image(String name) throws IOException {
        Path file = IMAGES.resolve(name + ".jpg");
        assertTrue(Files.isRegularFile(file), "corpus image not found: " + file.toAbsolutePath() + " (set -Dsinpdf.corpus)");
        BufferedImage bi = ImageIO.read(file.toFile());
        double longSide = Math.max(bi.getWidth(), bi.getHeight()), dpi = 300;
        if (longSide / 300 < 5 || longSide / 300 > 17) dpi = Math.max(100, Math.min(600, longSide / 11.0));
        return GreyImage.of(bi, dpi);
    }

    private static List<LightOnDark.Band> reverse(GreyImage g) {
        return LightOnDark.bands(g.pixels(), g.width(), g.height(), g.dpi()).stream().filter(LightOnDark.Band::reverse).toList();
    }

    /** t10058: the grey "Annexes" thumb tab at the page's top-left edge; t10080: a night photograph bled off the page. */
    @Test void aThumbTabAndABledPhotographAreNoBands() throws IOException {
        for (String name : List.of("cTDaR_t10058", "cTDaR_t10080", "cTDaR_t10032")) {
            GreyImage g = image(name);
            assertEquals(List.of(), reverse(g), name + ": judged reverse video");
            byte[] bin = new Binarizer(Binarizer.Method.SAUVOLA).apply(g).copyPixels();
            assertEquals(0, LightOnDark.apply(g.pixels(), bin, g.width(), g.height(), g.dpi()), name + ": pixels changed");
        }
    }

    /** t10068 (about 100 dpi): two dark caption bars with white words are recovered, each keeping its rim as a rule. */
    @Test void captionBarsAreRecoveredAndKeepTheirRim() throws IOException {
        GreyImage g = image("cTDaR_t10068");
        List<LightOnDark.Band> bars = reverse(g);
        assertEquals(2, bars.size(), "caption bars: " + bars);
        byte[] plain = new Binarizer(Binarizer.Method.SAUVOLA).apply(g).copyPixels();
        byte[] bin = plain.clone();
        assertTrue(LightOnDark.apply(g.pixels(), bin, g.width(), g.height(), g.dpi()) > 0);
        int w = g.width();
        for (LightOnDark.Band b : bars) {
            // a row in the bar's upper half or just above, and one in its lower half or just below, hold a rule across
            // the bar's width, broken where the heading under it touches it (recovered without its rim, the bar left no trace)
            int mid = (b.y0() + b.y1()) / 2;
            for (int[] range : new int[][] {{b.y0() - 12, mid}, {mid, b.y1() + 12}}) {
                int best = 0;
                for (int y = Math.max(0, range[0]); y < Math.min(g.height(), range[1]); y++) {
                    int ink = 0;
                    for (int x = b.x0(); x < b.x1(); x++) if (bin[y * w + x] == 0) ink++;
                    best = Math.max(best, ink);
                }
                assertTrue(best > 0.6 * (b.x1() - b.x0()), "a rule along the bar " + b + " near rows " + range[0] + ".." + range[1]
                        + ": " + best + " of " + (b.x1() - b.x0()));
            }
            // the bar's middle is mostly paper now (it was a black block)
            int ym = (b.y0() + b.y1()) / 2, inkBefore = 0, inkAfter = 0;
            for (int x = b.x0(); x < b.x1(); x++) {
                if (plain[ym * w + x] == 0) inkBefore++;
                if (bin[ym * w + x] == 0) inkAfter++;
            }
            assertFalse(inkAfter > 0.5 * (b.x1() - b.x0()), "the bar's ground stays ink: " + inkAfter + " (before " + inkBefore + ")");
        }
    }
}
