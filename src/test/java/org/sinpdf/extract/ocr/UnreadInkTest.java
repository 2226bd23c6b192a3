package org.sinpdf.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinpdf.extract.image.GreyImage;
import org.sinpdf.model.Ruling;
import org.sinpdf.model.Table;
import org.sinpdf.pipeline.Pipeline;
import org.sinpdf.pipeline.PipelineConfig;
import org.sinpdf.pipeline.PluginRegistry;
import org.sinpdf.tools.scan.ScanRenditions;

class UnreadInkTest {
    @TempDir Path dir;

    /** A white 300-dpi page with black rectangles. */
    private static GreyImage page(int w, int h, int[]... boxes) {
        byte[] px = new byte[w * h];
        Arrays.fill(px, (byte) 255);
        for (int[] b : boxes) for (int y = b[1]; y < b[3]; y++) for (int x = b[0]; x < b[2]; x++) px[y * w + x] = 0;
        return new GreyImage(w, h, px, 300);
    }

    @Test void findsInkOutsideWordsAndRulingsOnly() {
        int[] rule = {100, 200, 900, 203};          // a horizontal rule
        int[] read = {120, 100, 300, 130};          // ink of a word already read
        int[] lone = {500, 240, 512, 270};          // a lone "1"-like stroke, 30 px tall, below the rule
        int[] speck = {700, 100, 702, 102};         // a speck
        GreyImage img = page(1000, 400, rule, read, lone, speck);
        List<TesseractEngine.Word> words = List.of(new TesseractEngine.Word("Total", 118, 98, 302, 132, 95));
        List<Ruling> rulings = List.of(new Ruling(100, 201.5, 900, 201.5));
        List<UnreadInk.Blob> blobs = UnreadInk.find(img, words, rulings, 30);
        assertEquals(1, blobs.size(), "blobs: " + blobs);
        UnreadInk.Blob b = blobs.get(0);
        assertTrue(b.left() <= 500 && b.right() >= 512 && b.top() <= 240 && b.bottom() >= 270, "blob " + b);
    }

    @Test void inkRightBesideAWordIsTakenForAPieceOfIt() {
        int[] tail = {305, 100, 315, 130};          // a letter's stroke just right of the word's box
        GreyImage img = page(1000, 400, tail);
        List<TesseractEngine.Word> words = List.of(new TesseractEngine.Word("Poder", 118, 98, 302, 132, 95));
        assertEquals(List.of(), UnreadInk.find(img, words, List.of(), 30));
    }

    @Test void aCropWhitensRulingsAndWordsAlreadyRead() {
        int[] rule = {480, 230, 483, 300};           // a vertical rule beside the blob
        int[] lone = {500, 240, 512, 270};
        GreyImage img = page(1000, 400, rule, lone);
        UnreadInk.Blob blob = new UnreadInk.Blob(498, 238, 514, 272, 0);
        UnreadInk.Crop c = UnreadInk.crop(img, blob, 10, List.of(new Ruling(481.5, 230, 481.5, 300)), List.of());
        int dark = 0;
        for (int y = 0; y < c.image().height(); y++) {
            for (int x = 0; x < c.image().width(); x++) {
                if (c.image().at(x, y) < 128) {
                    dark++;
                    assertTrue(x + c.dx() >= 500 && x + c.dx() < 512, "only the blob's ink is kept, not the rule at x " + (x + c.dx()));
                }
            }
        }
        assertEquals(12 * 30, dark);
    }

    /**
     * A ruled table whose first column holds lone digits (as in an evaluation table numbered 1..8): as
     * a 300-dpi scan every digit must come back, none read as a bracket or a bar.
     */
    @Tag("ocr")
    @Test void loneDigitsInRuledCellsSurviveAScan() throws Exception {
        List<List<String>> rows = List.of(List.of("Núm.", "Compromiso", "Avance"),
                List.of("1", "Servidores públicos", "TC"), List.of("2", "Datos abiertos", "PC"),
                List.of("3", "Programas sociales", "TC"), List.of("4", "Empresas", "TC"),
                List.of("5", "Contrataciones", "PC"), List.of("6", "Recursos naturales", "TC"),
                List.of("7", "Salud", "TC"), List.of("8", "Educación", "PC"));
        Path pdf = dir.resolve("lone.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDRectangle size = new PDRectangle(612, 500);
            PDPage page = new PDPage(size);
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            float[] xs = {60, 110, 400, 520};
            float rowH = 36, top = size.getHeight() - 80;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setLineWidth(1.5f);
                for (int r = 0; r <= rows.size(); r++) {
                    cs.moveTo(xs[0], top - r * rowH);
                    cs.lineTo(xs[3], top - r * rowH);
                }
                for (float x : xs) {
                    cs.moveTo(x, top);
                    cs.lineTo(x, top - rows.size() * rowH);
                }
                cs.stroke();
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < 3; c++) {
                        cs.beginText();
                        cs.setFont(font, 11);
                        cs.newLineAtOffset(c == 0 ? xs[0] + 20 : xs[c] + 8, top - r * rowH - 23);
                        cs.showText(rows.get(r).get(c));
                        cs.endText();
                    }
                }
            }
            doc.save(pdf.toFile());
        }
        int dpi = 300;
        GreyImage clean = GreyImage.of(OcrTestPages.render(pdf, 0, dpi), dpi);
        byte[] jpeg = ScanRenditions.scanLike(clean, 0, 1.1, 0.6, 6, 75, 7);
        BufferedImage scan = ScanRenditions.decodeJpeg(jpeg);
        Path scanned = ScanRenditions.writePdf(dir.resolve("lone-scan.pdf"), List.of(scan), List.of(jpeg), dpi);
        try (Pipeline p = Pipeline.build(PluginRegistry.discover(), PipelineConfig.defaults().withSerialize(List.of("csv")))) {
            List<Table> born = p.extractTables(pdf);
            List<Table> read = p.extractTables(scanned);
            assertEquals(1, born.size());
            assertEquals(1, read.size(), "tables in the scan: " + read);
            List<String> expected = firstColumn(born.get(0)), got = firstColumn(read.get(0));
            assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8"), expected.subList(1, expected.size()));
            assertEquals(expected.subList(1, expected.size()), got.subList(1, got.size()), "the lone digits, as scanned");
        }
    }

    private static List<String> firstColumn(Table t) {
        List<String> out = new ArrayList<>();
        for (String[] row : t.grid()) out.add(row[0]);
        return out;
    }
}
