package org.sinpdf.extract.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.sinpdf.model.Finding;
import org.sinpdf.model.BoundingBox;
import org.sinpdf.model.Page;
import org.sinpdf.model.PageMethod;
import org.sinpdf.model.Ruling;
import org.sinpdf.model.TextChunk;
import org.sinpdf.spi.ExtractedDocument;
import org.sinpdf.spi.ExtractionException;
import org.sinpdf.spi.PageResult;
import org.sinpdf.spi.StageContext;
import org.sinpdf.spi.StageException;

/** An open PDF. Content parsing holds the document's lock; geometry work runs outside it. */
final class PdfBoxDocument implements ExtractedDocument {
    private final PDDocument doc;
    private final PdfTextOptions options;
    private final int pageCount;

    PdfBoxDocument(PDDocument doc, PdfTextOptions options) {
        this.doc = doc;
        this.options = options;
        this.pageCount = doc.getNumberOfPages();
    }

    @Override public int pageCount() { return pageCount; }

    @Override public PageResult page(int number, StageContext ctx) throws StageException {
        if (number < 1 || number > pageCount) throw new IllegalArgumentException("no page " + number);
        UprightFrame frame;
        List<Glyph> glyphs;
        List<Ruling> rawRulings;
        int unmapped;
        double imageArea;
        List<double[]> figureBoxes;
        synchronized (doc) {
            try {
                PDPage page = doc.getPage(number - 1);
                PDRectangle crop = page.getCropBox();
                frame = new UprightFrame(crop.getWidth(), crop.getHeight(), page.getRotation());
                PageScanner scanner = new PageScanner(page, frame);
                scanner.processPage(page);
                glyphs = scanner.glyphs();
                unmapped = scanner.unmapped();
                rawRulings = scanner.segments();
                imageArea = scanner.largestImageArea();
                figureBoxes = scanner.figures();
            } catch (IOException | RuntimeException e) {
                throw new ExtractionException("page " + number + ": " + PdfBoxTextExtractor.oneLine(e), e);
            }
        }
        return route(number, frame, glyphs, rawRulings, unmapped, imageArea, figureBoxes, ctx);
    }

    private PageResult route(int number, UprightFrame frame, List<Glyph> glyphs, List<Ruling> rawRulings,
                             int unmapped, double imageArea, List<double[]> figureBoxes, StageContext ctx) {
        int total = unmapped, bad = unmapped, invisible = 0;
        for (Glyph g : glyphs) {
            if (g.text().isBlank()) continue;
            total++;
            if (garbage(g.text())) bad++;
            if (g.invisible()) invisible++;
        }
        if (total == 0) return PageResult.declined("no text layer");
        double ratio = bad / (double) total;
        if (ratio > options.garbageThreshold()) {
            return PageResult.declined(String.format(Locale.ROOT,
                    "text layer is garbage: %.0f%% of %d glyphs without usable Unicode", ratio * 100, total));
        }
        double pageArea = frame.width() * frame.height();
        int visible = total - unmapped - invisible;
        if (pageArea > 0 && imageArea >= options.minScannedImageShare() * pageArea
                && total < options.maxScannedPageGlyphs()) {
            return PageResult.declined(String.format(Locale.ROOT,
                    "scanned page: an image covers %.0f%% of it and the text layer has only %d characters",
                    Math.min(100, imageArea / pageArea * 100), total));
        }
        String reason = "text layer";
        List<Glyph> kept = glyphs;
        if (invisible > 0 && invisible >= 0.9 * (total - unmapped)) {
            if (options.ocrLayer().equals("redo")) {
                return PageResult.declined("invisible OCR text layer (ocrLayer=redo)");
            }
            reason = "invisible OCR text layer kept";
        } else if (invisible > 0) {
            kept = new ArrayList<>(glyphs.size());
            for (Glyph g : glyphs) if (!g.invisible()) kept.add(g);
            ctx.report(Finding.info("invisible-text-ignored", invisible + " invisible characters ignored beside "
                    + visible + " visible ones").atPage(number).inStage(PdfBoxTextExtractor.ID));
        }
        List<TextChunk> words = WordBuilder.build(kept, options.wordGapRatio());
        List<Ruling> rulings = Segments.merge(rawRulings, frame.width(), frame.height(), 2.0);
        Page page = new Page(number, frame.width(), frame.height(), frame.rotation, words, rulings,
                PageMethod.TEXT_LAYER, reason, "pt", figures(figureBoxes, frame));
        return PageResult.of(page);
    }

    /** Figure boxes clipped to the page; ones outside it or degenerate are dropped. */
    private static List<BoundingBox> figures(List<double[]> boxes, UprightFrame frame) {
        List<BoundingBox> out = new ArrayList<>(boxes.size());
        for (double[] b : boxes) {
            double l = Math.max(0, b[0]), t = Math.max(0, b[1]);
            double r = Math.min(frame.width(), b[2]), bottom = Math.min(frame.height(), b[3]);
            if (r >= l && bottom >= t && (r - l) + (bottom - t) > 0.5) out.add(new BoundingBox(l, t, r, bottom));
        }
        return out;
    }

    static boolean garbage(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0xFFFD || Character.isISOControl(cp)) return true;
            int type = Character.getType(cp);
            if (type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.SURROGATE) return true;
        }
        return false;
    }

    @Override public void close() throws IOException {
        synchronized (doc) {
            doc.close();
        }
    }
}
