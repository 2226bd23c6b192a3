package org.sinpdf.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.junit.jupiter.api.Test;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Source;
import org.sinpdf.model.TextChunk;
import org.sinpdf.spi.ExtractedDocument;
import org.sinpdf.spi.StageContext;

/**
 * Pages drawn for OCR (and for scanned renditions) put the glyphs of non-embedded standard fonts
 * without widths where the text layer says they are. us-016 sets its table in Times-Roman with a
 * custom encoding and no /Widths; PDFBox's own renderer advanced it by the stand-in font's widths
 * (LiberationSans where no Times-compatible font is installed), so "words that" was drawn as one blot
 * and OCR read "wasdhat".
 */
class FaithfulRendererTest {
    private static final StageContext CTX = new StageContext() {
        @Override public DocumentInfo document() { return new DocumentInfo("t", "t.pdf", "", "application/pdf", 0); }
        @Override public void report(Finding finding) {}
        @Override public boolean raw() { return false; }
    };

    @Test
    void gapsBetweenWordsStayBlankWhenDrawn() throws Exception {
        assertGapsBlank();
    }

    /** As on a machine without Times-compatible fonts: a sans-serif stands in for every non-embedded font. */
    @Test
    void gapsStayBlankWhateverFontStandsIn() throws Exception {
        FontMapper system = FontMappers.instance();
        FontMapping<TrueTypeFont> sans = system.getTrueTypeFont("Helvetica", null);
        FontMappers.set(new FontMapper() {
            @Override public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor d) { return sans; }
            @Override public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor d) {
                return new FontMapping<>(sans.getFont(), true);
            }
            @Override public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor d, PDCIDSystemInfo info) {
                return system.getCIDFont(baseFont, d, info);
            }
        });
        try {
            assertGapsBlank();
        } finally {
            FontMappers.set(system);
        }
    }

    private static void assertGapsBlank() throws Exception {
        Path pdf = Path.of(System.getProperty("sinpdf.corpus"), "icdar2013", "us-016.pdf");
        List<TextChunk> words;
        try (ExtractedDocument doc = new PdfBoxTextExtractor().open(
                new Source(pdf, new DocumentInfo("us-016", "us-016.pdf", "", "application/pdf", 0)), CTX)) {
            words = new ArrayList<>(doc.page(2, CTX).page().orElseThrow().chunks());
        }
        BufferedImage image;
        double scale = 150 / 72.0;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            image = new FaithfulRenderer(doc).renderImageWithDPI(1, 150, ImageType.GRAY);
        }
        int gaps = 0, inked = 0;
        List<String> examples = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            TextChunk a = words.get(i - 1), b = words.get(i);
            boolean sameLine = Math.abs(a.box().top() - b.box().top()) < 1 && Math.abs(a.box().bottom() - b.box().bottom()) < 1;
            double from = a.box().right() + 0.6, to = b.box().left() - 0.6;
            if (!sameLine || to - from < 0.8) continue;
            gaps++;
            if (ink(image, from * scale, to * scale, (a.box().top() + 1) * scale, (a.box().bottom() - 1) * scale)) {
                inked++;
                if (examples.size() < 5) examples.add(a.text() + "|" + b.text());
            }
        }
        assertTrue(gaps > 300, "the page's table has hundreds of word gaps: " + gaps);
        assertTrue(inked <= gaps / 50, inked + " of " + gaps + " gaps between words are drawn over, e.g. " + examples);
    }

    private static boolean ink(BufferedImage image, double x0, double x1, double y0, double y1) {
        for (int y = (int) Math.ceil(y0); y <= (int) Math.floor(y1) && y < image.getHeight(); y++) {
            for (int x = (int) Math.ceil(x0); x <= (int) Math.floor(x1) && x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xff) < 128) return true;
            }
        }
        return false;
    }
}
