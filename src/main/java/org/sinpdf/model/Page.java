package org.sinpdf.model;

import java.util.List;
import java.util.Objects;

/**
 * One page, upright, with its words and ruling lines.
 *
 * @param number   1-based page number in the source
 * @param width    width of the upright page (points for PDFs, pixels for images)
 * @param height   height of the upright page
 * @param rotation the rotation that was applied to make the page upright (0, 90, 180, 270)
 * @param chunks   the words, in no guaranteed order
 * @param rulings  ruling lines
 * @param method   text layer or OCR
 * @param reason   why that method was chosen (for the manifest), e.g. "text layer present"
 * @param unit     "pt" or "px"
 * @param figures  areas covered by pictures and by drawings that are not ruling lines (images,
 *                 curves, slanted strokes, filled shapes other than rectangles), one box per painted
 *                 path or image; evidence that text there belongs to a chart or figure. Empty when the
 *                 extractor does not measure it (e.g. OCR pages).
 */
public record Page(int number, double width, double height, int rotation, List<TextChunk> chunks,
                   List<Ruling> rulings, PageMethod method, String reason, String unit, List<BoundingBox> figures) {
    public Page {
        figures = figures == null ? List.of() : List.copyOf(figures);
        if (number < 1) throw new IllegalArgumentException("page numbers start at 1: " + number);
        chunks = List.copyOf(chunks);
        rulings = List.copyOf(rulings);
        Objects.requireNonNull(method, "method");
        reason = reason == null ? "" : reason;
        unit = unit == null ? "pt" : unit;
    }

    /** A page without figure areas. */
    public Page(int number, double width, double height, int rotation, List<TextChunk> chunks,
                List<Ruling> rulings, PageMethod method, String reason, String unit) {
        this(number, width, height, rotation, chunks, rulings, method, reason, unit, List.of());
    }

    /** A text-layer page in points, handy for tests. */
    public static Page of(int number, double width, double height, List<TextChunk> chunks, List<Ruling> rulings) {
        return new Page(number, width, height, 0, chunks, rulings, PageMethod.TEXT_LAYER, "text layer", "pt");
    }

    public Page withChunks(List<TextChunk> newChunks) {
        return new Page(number, width, height, rotation, newChunks, rulings, method, reason, unit, figures);
    }
}
