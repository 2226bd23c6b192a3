package org.sinpdf.extract.pdf;

import java.io.IOException;
import java.util.Optional;
import org.apache.fontbox.afm.FontMetrics;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * A {@link PDFRenderer} that places the glyphs of non-embedded standard fonts without widths by
 * their Adobe metrics ({@link StandardFontMetrics}), as viewers and printers do. PDFBox's own
 * renderer advances them by the widths of the system font that stands in, so on a machine without
 * metric-compatible fonts a line of Helvetica or Times runs long and overprints the next piece of
 * text ("words that" drawn as one blot), and OCR of the rendered page reads garbage. Used wherever
 * sinpdf renders a PDF page to read it (OCR of pages without a usable text layer) or to make a
 * scanned rendition of it. Same thread-safety as {@link PDFRenderer}: one document, one thread.
 */
public final class FaithfulRenderer extends PDFRenderer {
    public FaithfulRenderer(PDDocument document) {
        super(document);
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
        return new Drawer(parameters);
    }

    private static final class Drawer extends PageDrawer {
        private PDFont metricsFont;
        private Optional<FontMetrics> metrics = Optional.empty();

        Drawer(PageDrawerParameters parameters) throws IOException {
            super(parameters);
        }

        @Override
        protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
            super.showGlyph(textRenderingMatrix, font, code, displacement);
            if (font != metricsFont) {
                metricsFont = font;
                metrics = StandardFontMetrics.of(font);
            }
            if (metrics.isEmpty()) return;
            double delta = StandardFontMetrics.advance(metrics.get(), font, code, displacement.getX()) - displacement.getX();
            if (Math.abs(delta) > 1e-6) { // the engine advances by the given displacement next: move by the difference
                PDTextState ts = getGraphicsState().getTextState();
                getGraphicsState().getTextMatrix().translate((float) (delta * ts.getFontSize() * ts.getHorizontalScaling() / 100.0), 0);
            }
        }
    }
}
