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

    /** Writes frames as one TIFF, each with its compression ("CCITT T.6", "LZW", ...), declaring {@code dpi}. */
    static Path tiff(Path file, List<BufferedImage> frames, List<String> compressions, double dpi) throws IOException {
        javax.imageio.ImageWriter writer = javax.imageio.ImageIO.getImageWritersByFormatName("tiff").next();
        try (javax.imageio.stream.ImageOutputStream out = javax.imageio.ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < frames.size(); i++) {
                BufferedImage img = frames.get(i);
                javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType(compressions.get(i));
                javax.imageio.metadata.IIOMetadata meta = writer.getDefaultImageMetadata(
                        javax.imageio.ImageTypeSpecifier.createFromRenderedImage(img), param);
                // native TIFF fields: TwelveMonkeys 3.12 writes the standard HorizontalPixelSize 100x too small
                String fmt = meta.getNativeMetadataFormatName();
                javax.imageio.metadata.IIOMetadataNode root = new javax.imageio.metadata.IIOMetadataNode(fmt);
                javax.imageio.metadata.IIOMetadataNode ifd = new javax.imageio.metadata.IIOMetadataNode("TIFFIFD");
                root.appendChild(ifd);
                for (int tag : new int[] {282, 283}) {
                    ifd.appendChild(field(tag, "TIFFRationals", "TIFFRational", Math.round(dpi * 100) + "/100"));
                }
                ifd.appendChild(field(296, "TIFFShorts", "TIFFShort", "2"));
                meta.mergeTree(fmt, root);
                writer.writeToSequence(new javax.imageio.IIOImage(img, null, meta), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return file;
    }

    private static javax.imageio.metadata.IIOMetadataNode field(int tag, String array, String item, String value) {
        javax.imageio.metadata.IIOMetadataNode f = new javax.imageio.metadata.IIOMetadataNode("TIFFField");
        f.setAttribute("number", Integer.toString(tag));
        javax.imageio.metadata.IIOMetadataNode a = new javax.imageio.metadata.IIOMetadataNode(array);
        javax.imageio.metadata.IIOMetadataNode v = new javax.imageio.metadata.IIOMetadataNode(item);
        v.setAttribute("value", value);
        a.appendChild(v);
        f.appendChild(a);
        return f;
    }

    /** A 1-bit copy (threshold 128). */
    static BufferedImage bilevel(BufferedImage grey) {
        BufferedImage out = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        java.awt.image.WritableRaster r = out.getRaster();
        java.awt.image.Raster g = grey.getRaster();
        for (int y = 0; y < grey.getHeight(); y++) {
            for (int x = 0; x < grey.getWidth(); x++) r.setSample(x, y, 0, g.getSample(x, y, 0) < 128 ? 0 : 1);
        }
        return out;
    }

    /** A colour (RGB) copy. */
    static BufferedImage colour(BufferedImage grey) {
        BufferedImage out = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = out.createGraphics();
        g.drawImage(grey, 0, 0, null);
        g.dispose();
        return out;
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
        return (double) org.sinpdf.eval.CellTextErrors.levenshtein(e, a) / Math.max(1, e.length());
    }

    /** A context that records findings. */
    static final class Ctx implements StageContext {
        final List<Finding> findings = new CopyOnWriteArrayList<>();
        @Override public DocumentInfo document() { return new DocumentInfo("test", "test", "", "application/pdf", 0); }
        @Override public void report(Finding finding) { findings.add(finding); }
        @Override public boolean raw() { return false; }
    }
}
