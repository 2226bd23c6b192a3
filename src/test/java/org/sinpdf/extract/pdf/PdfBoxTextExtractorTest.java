package org.sinpdf.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Page;
import org.sinpdf.model.PageMethod;
import org.sinpdf.model.Ruling;
import org.sinpdf.model.Source;
import org.sinpdf.model.TextChunk;
import org.sinpdf.spi.EncryptedDocumentException;
import org.sinpdf.spi.ExtractedDocument;
import org.sinpdf.spi.PageResult;
import org.sinpdf.spi.StageContext;
import org.sinpdf.spi.StageException;
import org.sinpdf.spi.UnsupportedDocumentException;

class PdfBoxTextExtractorTest {
    @TempDir Path dir;

    private static final StageContext CTX = new StageContext() {
        @Override public DocumentInfo document() { return new DocumentInfo("t", "t.pdf", "", "application/pdf", 0); }
        @Override public void report(Finding finding) {}
        @Override public boolean raw() { return false; }
    };

    private static Source source(Path p) {
        return new Source(p, new DocumentInfo("t", p.getFileName().toString(), "", "application/pdf", 0));
    }

    private interface Painter { void paint(PDPageContentStream cs, PDType1Font font) throws IOException; }

    private Path pdf(String name, int rotation, Painter painter) throws IOException {
        Path out = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            page.setRotation(rotation);
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                painter.paint(cs, font);
            }
            doc.save(out.toFile());
        }
        return out;
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, 10);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    private Page extract(Path file, PdfTextOptions options) throws StageException, IOException {
        try (ExtractedDocument doc = new PdfBoxTextExtractor(options).open(source(file), CTX)) {
            assertEquals(1, doc.pageCount());
            PageResult r = doc.page(1, CTX);
            assertFalse(r.declined(), r.reason());
            return r.page().orElseThrow();
        }
    }

    @Test
    void wordsInTheUprightFrameWithFontAndRulings() throws Exception {
        Path f = pdf("words.pdf", 0, (cs, font) -> {
            text(cs, font, 100, 700, "Clave    INEGI 01");
            cs.moveTo(100, 690);
            cs.lineTo(300, 690);
            cs.lineTo(300, 600);
            cs.stroke();
            cs.addRect(100, 500, 200, 1); // thin filled rectangle: a rule
            cs.fill();
        });
        Page p = extract(f, PdfTextOptions.DEFAULTS);
        assertEquals(612, p.width(), 0.01);
        assertEquals(792, p.height(), 0.01);
        assertEquals(PageMethod.TEXT_LAYER, p.method());
        assertEquals(List.of("Clave", "INEGI", "01"), p.chunks().stream().map(TextChunk::text).toList());
        TextChunk clave = p.chunks().get(0);
        assertEquals(100, clave.box().left(), 0.5);
        assertTrue(clave.box().bottom() > 92 && clave.box().top() < 92, clave.box().toString()); // baseline y = 792 - 700
        assertTrue(clave.bold());
        assertEquals(10, clave.fontSize(), 0.01);
        assertTrue(p.rulings().stream().anyMatch(r -> r.horizontal() && Math.abs(r.y1() - 102) < 0.5 && r.length() > 199));
        assertTrue(p.rulings().stream().anyMatch(r -> r.vertical() && Math.abs(r.x1() - 300) < 0.5 && Math.abs(r.length() - 90) < 0.5));
        assertTrue(p.rulings().stream().anyMatch(r -> r.horizontal() && Math.abs(r.y1() - 291.5) < 0.6));
    }

    @Test
    void drawingsThatAreNotRulingsAreFigures() throws Exception {
        Path f = pdf("figures.pdf", 0, (cs, font) -> {
            text(cs, font, 100, 700, "Ventas");
            cs.moveTo(100, 690); // a ruling: not a figure
            cs.lineTo(300, 690);
            cs.stroke();
            cs.moveTo(100, 400); // a chart line with slanted segments
            cs.lineTo(150, 450);
            cs.lineTo(200, 420);
            cs.stroke();
            cs.moveTo(400, 300); // a curve
            cs.curveTo(420, 340, 460, 340, 480, 300);
            cs.fill();
        });
        Page p = extract(f, PdfTextOptions.DEFAULTS);
        assertEquals(2, p.figures().size(), p.figures().toString());
        assertTrue(p.figures().stream().anyMatch(b -> Math.abs(b.left() - 100) < 0.5 && Math.abs(b.top() - 342) < 0.5
                && Math.abs(b.right() - 200) < 0.5 && Math.abs(b.bottom() - 392) < 0.5), p.figures().toString());
        assertTrue(p.figures().stream().anyMatch(b -> Math.abs(b.left() - 400) < 0.5 && Math.abs(b.bottom() - 492) < 0.5));
    }

    @Test
    void rotatedPageIsMadeUpright() throws Exception {
        Path f = pdf("rotated.pdf", 90, (cs, font) -> {
            text(cs, font, 100, 700, "Norte");
            cs.moveTo(50, 100);
            cs.lineTo(50, 400);
            cs.stroke();
        });
        Page p = extract(f, PdfTextOptions.DEFAULTS);
        assertEquals(90, p.rotation());
        assertEquals(792, p.width(), 0.01);
        assertEquals(612, p.height(), 0.01);
        TextChunk w = p.chunks().get(0);
        assertEquals("Norte", w.text());
        // user (100,700) appears at (700, 100) on the page turned clockwise; text now runs downwards
        assertTrue(w.box().contains(700, 110), w.box().toString());
        assertTrue(w.box().height() > w.box().width());
        Ruling r = p.rulings().get(0);
        assertTrue(r.horizontal(), r.toString());
        assertEquals(50, r.y1(), 0.5);
        assertEquals(100, r.left(), 0.5);
        assertEquals(400, r.right(), 0.5);
    }

    @Test
    void pageWithoutTextIsDeclined() throws Exception {
        Path f = pdf("blank.pdf", 0, (cs, font) -> {
            cs.addRect(10, 10, 100, 100);
            cs.stroke();
        });
        try (ExtractedDocument doc = new PdfBoxTextExtractor().open(source(f), CTX)) {
            PageResult r = doc.page(1, CTX);
            assertTrue(r.declined());
            assertEquals("no text layer", r.reason());
        }
    }

    @Test
    void invisibleTextIsKeptOrRedone() throws Exception {
        Path f = pdf("ocr-layer.pdf", 0, (cs, font) -> {
            cs.beginText();
            cs.setRenderingMode(RenderingMode.NEITHER);
            cs.setFont(font, 10);
            cs.newLineAtOffset(100, 700);
            cs.showText("escaneado");
            cs.endText();
        });
        Page kept = extract(f, PdfTextOptions.DEFAULTS);
        assertEquals("invisible OCR text layer kept", kept.reason());
        assertEquals("escaneado", kept.chunks().get(0).text());
        try (ExtractedDocument doc = new PdfBoxTextExtractor(PdfTextOptions.DEFAULTS.withOcrLayer("redo")).open(source(f), CTX)) {
            PageResult r = doc.page(1, CTX);
            assertTrue(r.declined());
            assertTrue(r.reason().contains("invisible"), r.reason());
        }
    }

    @Test
    void passwords() throws Exception {
        Path f = pdf("locked.pdf", 0, (cs, font) -> text(cs, font, 100, 700, "secreto"));
        Path locked = dir.resolve("locked-enc.pdf");
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(f.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "userpass", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(locked.toFile());
        }
        EncryptedDocumentException none = assertThrows(EncryptedDocumentException.class,
                () -> new PdfBoxTextExtractor().open(source(locked), CTX));
        assertEquals("encrypted: needs a password (give it with --password)", none.getMessage());
        EncryptedDocumentException wrong = assertThrows(EncryptedDocumentException.class,
                () -> new PdfBoxTextExtractor(PdfTextOptions.DEFAULTS.withPassword("nope")).open(source(locked), CTX));
        assertEquals("wrong password", wrong.getMessage());
        Page p = extract(locked, PdfTextOptions.DEFAULTS.withPassword("userpass"));
        assertEquals("secreto", p.chunks().get(0).text());
    }

    @Test
    void notAPdf() throws Exception {
        Path f = dir.resolve("fake.pdf");
        Files.writeString(f, "hola, esto no es un PDF\n");
        UnsupportedDocumentException e = assertThrows(UnsupportedDocumentException.class,
                () -> new PdfBoxTextExtractor().open(source(f), CTX));
        assertFalse(e.getMessage().contains("\n"));
        assertTrue(e.getMessage().startsWith("not a readable PDF"), e.getMessage());
    }

    @Test
    void acceptsOnlyPdfs() {
        PdfBoxTextExtractor ex = new PdfBoxTextExtractor();
        assertTrue(ex.accepts(new Source(dir, new DocumentInfo("a", "a.pdf", "", "application/pdf", 0))));
        assertFalse(ex.accepts(new Source(dir, new DocumentInfo("a", "a.png", "", "image/png", 0))));
    }

    @Test
    void garbageTextIsDetected() {
        assertTrue(PdfBoxDocument.garbage("\uFFFD"));
        assertTrue(PdfBoxDocument.garbage("\uE012"));
        assertTrue(PdfBoxDocument.garbage("\u0003"));
        assertFalse(PdfBoxDocument.garbage("Población"));
    }
}
