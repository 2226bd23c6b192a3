package org.sinpdf.extract.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Page;
import org.sinpdf.model.Source;
import org.sinpdf.model.TextChunk;
import org.sinpdf.spi.StageContext;

/** Test pages made on the fly: PDFs written with PDFBox (standard fonts), rendered to images. */
final class OcrTestPages {
    private OcrTestPages() {}

    static final List<String> SPANISH = List.of(
            "Secretaría de Salud del Estado de Oaxaca",
            "Informe trimestral de atención médica",
            "El año pasado se registraron 1,234 consultas",
            "en el municipio de San Pedro Pochutla.",
            "Número de camas disponibles: 57");

    static final List<String> HEADER = List.of("Municipio", "Clínicas", "Población");
    static final List<List<String>> ROWS = List.of(
            List.of("Oaxaca", "12", "270,955"),
            List.of("Juchitán", "7", "113,570"),
            List.of("Tuxtepec", "9", "159,452"),
            List.of("Huajuapan", "5", "78,313"));

    /** Writes a PDF with one page per entry of {@code pages}: 14 pt Helvetica lines from the top. */
    static Path textPdf(Path file, List<List<String>> pages, PDRectangle size) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage(size);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = size.getHeight() - 72;
                    for (String line : lines) {
                        cs.beginText();
                        cs.setFont(font, 14);
                        cs.newLineAtOffset(60, y);
                        cs.showText(line);
                        cs.endText();
                        y -= 24;
                    }
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A PDF page with a fully ruled 3-column table (header + {@link #ROWS}) and a title. */
    static Path tablePdf(Path file) throws IOException {
        PDRectangle size = new PDRectangle(612, 460);
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage page = new PDPage(size);
            doc.addPage(page);
            float[] xs = {60, 230, 350, 540};
            float rowH = 30, top = size.getHeight() - 110;
            int rows = ROWS.size() + 1;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 14);
                cs.newLineAtOffset(60, size.getHeight() - 72);
                cs.showText("Clínicas por municipio, 2024");
                cs.endText();
                cs.setLineWidth(1f);
                for (int r = 0; r <= rows; r++) {
                    cs.moveTo(xs[0], top - r * rowH);
                    cs.lineTo(xs[3], top - r * rowH);
                }
                for (float x : xs) {
                    cs.moveTo(x, top);
                    cs.lineTo(x, top - rows * rowH);
                }
                cs.stroke();
                for (int r = 0; r < rows; r++) {
                    List<String> cells = r == 0 ? HEADER : ROWS.get(r - 1);
                    for (int c = 0; c < 3; c++) {
                        cs.beginText();
                        cs.setFont(font, 12);
                        cs.newLineAtOffset(xs[c] + 8, top - r * rowH - 20);
                        cs.showText(cells.get(c));
                        cs.endText();
                    }
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** Renders page {@code index} (0-based) grey at {@code dpi}. */
    static BufferedImage render(Path pdf, int index, int dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFRenderer(doc).renderImageWithDPI(index, dpi, ImageType.GRAY);
        }
    }

    static Source source(Path file, String mediaType) throws IOException {
        String name = file.getFileName().toString();
        return new Source(file, new DocumentInfo(name.replaceFirst("\\.[^.]*$", ""), name, "", mediaType, Files.size(file)));
    }

    /** The words of a page in Tesseract's reading order, joined with single spaces. */
    static String text(Page page) {
        List<String> words = new ArrayList<>();
        for (TextChunk c : page.chunks()) words.add(c.text());
        return String.join(" ", words);
    }

    /** Character error rate: edit distance over the expected length (whitespace runs count as one space). */
    static double cer(String expected, String actual) {
        String e = expected.strip().replaceAll("\\s+", " ");
        String a = actual.strip().replaceAll("\\s+", " ");
        int[] prev = new int[a.length() + 1], cur = new int[a.length() + 1];
        for (int j = 0; j <= a.length(); j++) prev[j] = j;
        for (int i = 1; i <= e.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= a.length(); j++) {
                int sub = prev[j - 1] + (e.charAt(i - 1) == a.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return (double) prev[a.length()] / Math.max(1, e.length());
    }

    /** A context that records findings. */
    static final class Ctx implements StageContext {
        final List<Finding> findings = new CopyOnWriteArrayList<>();
        @Override public DocumentInfo document() { return new DocumentInfo("test", "test", "", "application/pdf", 0); }
        @Override public void report(Finding finding) { findings.add(finding); }
        @Override public boolean raw() { return false; }
    }
}
