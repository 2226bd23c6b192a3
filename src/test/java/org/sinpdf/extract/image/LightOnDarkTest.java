package org.sinpdf.extract.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.sinpdf.model.Ruling;

/**
 * Light-on-dark recovery on a rendered page: a ruled table whose header row is white text on a dark grey
 * band, with black rules around and across the band, and a light grey row of black text.
 */
class LightOnDarkTest {
    private static final int DPI = 300;
    private static final float[] XS = {60, 230, 350, 540};
    private static final float TOP = 300, ROW = 30;
    private static final List<String> HEADER = List.of("Municipality", "Clinics", "Population");
    private static final List<List<String>> ROWS = List.of(
            List.of("Oaxaca", "12", "270955"), List.of("Tuxtepec", "9", "159452"), List.of("Total", "21", "430407"));

    /** The page, rendered grey at 300 dpi, as a scanner would give it (paper a little darker than white). */
    private static GreyImage page() throws IOException {
        PDRectangle size = new PDRectangle(612, 400);
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage page = new PDPage(size);
            doc.addPage(page);
            int rows = ROWS.size() + 1;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setNonStrokingColor(new Color(235, 235, 235)); // paper
                cs.addRect(0, 0, size.getWidth(), size.getHeight());
                cs.fill();
                cs.setNonStrokingColor(new Color(85, 85, 85));    // the dark header band
                cs.addRect(XS[0], TOP - ROW, XS[3] - XS[0], ROW);
                cs.fill();
                cs.setNonStrokingColor(new Color(190, 190, 190)); // a light grey total row (black text on it)
                cs.addRect(XS[0], TOP - rows * ROW, XS[3] - XS[0], ROW);
                cs.fill();
                cs.setStrokingColor(Color.BLACK);
                cs.setLineWidth(1f);
                for (int r = 0; r <= rows; r++) {
                    cs.moveTo(XS[0], TOP - r * ROW);
                    cs.lineTo(XS[3], TOP - r * ROW);
                }
                for (float x : XS) {
                    cs.moveTo(x, TOP);
                    cs.lineTo(x, TOP - rows * ROW);
                }
                cs.stroke();
                for (int r = 0; r < rows; r++) {
                    List<String> cells = r == 0 ? HEADER : ROWS.get(r - 1);
                    cs.setNonStrokingColor(r == 0 ? new Color(240, 240, 240) : Color.BLACK);
                    for (int c = 0; c < 3; c++) {
                        cs.beginText();
                        cs.setFont(font, 12);
                        cs.newLineAtOffset(XS[c] + 8, TOP - r * ROW - 20);
                        cs.showText(cells.get(c));
                        cs.endText();
                    }
                }
            }
            BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(0, DPI, ImageType.GRAY);
            return GreyImage.of(img, DPI);
        }
    }

    private static double px(double pt) { return pt * DPI / 72.0; }

    /** Image y (pixels, top origin) of the PDF y {@code pt} on the 400 pt page. */
    private static double py(double pt) { return px(400 - pt); }

    /** What the Tesseract command reads on {@code img} (English, 300 dpi), lower case. */
    private static String ocr(GreyImage img) throws IOException, InterruptedException {
        java.nio.file.Path png = java.nio.file.Files.createTempFile("light-on-dark", ".png");
        try {
            javax.imageio.ImageIO.write(img.toBufferedImage(), "png", png.toFile());
            Process p = new ProcessBuilder("tesseract", png.toString(), "stdout", "--dpi", String.valueOf(DPI), "-l", "eng")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), "tesseract exit status");
            return text.toLowerCase(Locale.ROOT);
        } finally {
            java.nio.file.Files.deleteIfExists(png);
        }
    }

    private static PagePreparation.Steps steps(boolean lightOnDark) {
        return new PagePreparation.Steps(false, true, true, true, Binarizer.Method.SAUVOLA, 10, 0.04, lightOnDark);
    }

    @Test void whiteTextOnADarkBandIsInkAfterPreparationAndItsRulesStay() throws IOException {
        GreyImage grey = page();
        PagePreparation.Prepared plain = new PagePreparation(steps(false)).prepare(grey, 0);
        PagePreparation.Prepared recovered = new PagePreparation(steps(true)).prepare(grey, 0);
        GreyImage b = recovered.image();
        // a point on a white glyph stroke of the header: find one (lighter than the band) inside the band
        int bandTop = (int) Math.ceil(py(TOP)) + 8, bandBottom = (int) Math.floor(py(TOP - ROW)) - 8;
        int glyphInk = 0, glyphInkPlain = 0, groundInk = 0, ground = 0;
        for (int y = bandTop; y < bandBottom; y++) {
            for (int x = (int) px(XS[0]) + 8; x < (int) px(XS[3]) - 8; x++) {
                if (Math.abs(x - px(XS[1])) < 8 || Math.abs(x - px(XS[2])) < 8) continue; // the rules across the band
                int v = grey.at(x, y);
                if (v > 200) {
                    if (b.at(x, y) == 0) glyphInk++;
                    if (plain.image().at(x, y) == 0) glyphInkPlain++;
                } else if (Math.abs(v - 85) < 10) {
                    ground++;
                    if (b.at(x, y) == 0) groundInk++;
                }
            }
        }
        assertTrue(glyphInk > 1000, "white glyph pixels on the band become ink: " + glyphInk);
        assertEquals(0, glyphInkPlain, "(without the step they are paper)");
        assertTrue(groundInk < 0.01 * ground, "the band's ground becomes paper: " + groundInk + " of " + ground);
        // the rules: each horizontal rule of the table, the ones bounding the band included, and each vertical
        // rule across the whole table, through the band
        int rows = ROWS.size() + 1;
        for (int r = 0; r <= rows; r++) {
            double y = py(TOP - r * ROW);
            assertTrue(recovered.rulings().stream().anyMatch(l -> l.horizontal() && Math.abs(l.y1() - y) < 6
                    && l.left() < px(XS[0]) + 10 && l.right() > px(XS[3]) - 10), "horizontal rule " + r + " at y " + y);
        }
        for (float xPt : XS) {
            double x = px(xPt);
            assertTrue(recovered.rulings().stream().anyMatch(l -> l.vertical() && Math.abs(l.x1() - x) < 6
                    && l.top() < py(TOP) + 10 && l.bottom() > py(TOP - rows * ROW) - 10), "vertical rule at x " + x);
        }
        assertEquals(rows + 1 + XS.length, recovered.rulings().size(), "no ruling made up: " + recovered.rulings());
    }

    @Test void whiteTextOnADarkBandIsReadByOcr() throws Exception {
        GreyImage grey = page();
        String plain = ocr(new PagePreparation(steps(false)).prepare(grey, 0).image());
        String read = ocr(new PagePreparation(steps(true)).prepare(grey, 0).image());
        for (String word : HEADER) {
            assertTrue(read.contains(word.toLowerCase(Locale.ROOT)), "header \"" + word + "\" read: " + read);
        }
        assertFalse(plain.contains("population"), "(without the step the header is lost: " + plain + ")");
        for (List<String> row : ROWS) {
            for (String cell : row) assertTrue(read.contains(cell.toLowerCase(Locale.ROOT)), "cell \"" + cell + "\" read: " + read);
        }
    }

    @Test void blackTextOnALightGreyRowAndPlainPagesAreLeftAlone() throws IOException {
        GreyImage text = ImagePreparationTest.textLikePage();
        byte[] out = new Binarizer(Binarizer.Method.SAUVOLA).apply(text).copyPixels();
        byte[] before = out.clone();
        assertEquals(0, LightOnDark.apply(text.pixels(), out, text.width(), text.height(), text.dpi()), "black words on paper");
        assertTrue(java.util.Arrays.equals(before, out));
        // the light grey total row of the table holds black text only: the binarizer's reading stays
        GreyImage grey = page();
        GreyImage sauvola = new Binarizer(Binarizer.Method.SAUVOLA).apply(grey);
        byte[] mine = sauvola.copyPixels();
        LightOnDark.apply(grey.pixels(), mine, grey.width(), grey.height(), grey.dpi());
        int rows = ROWS.size() + 1;
        int y0 = (int) py(TOP - (rows - 1) * ROW), y1 = (int) py(TOP - rows * ROW);
        int differ = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = 0; x < grey.width(); x++) if (mine[y * grey.width() + x] != sauvola.pixels()[y * grey.width() + x]) differ++;
        }
        assertEquals(0, differ, "pixels of the light grey row changed");
    }

    /**
     * On by default since the band test leaves real scans' page-edge tabs, photographs and gradients alone (cTDaR 2019:
     * no image loses more than 0.02 with it; scanned ICDAR gains us-010 and us-011a).
     */
    @Test void onByDefault() {
        assertTrue(PagePreparation.Steps.LIGHT_ON_DARK_DEFAULT);
        assertTrue(PagePreparation.Steps.ALL.lightOnDark());
        assertTrue(new PagePreparation.Steps(true, true, true, true, Binarizer.Method.SAUVOLA, 10, 0.04).lightOnDark());
    }
}
