package org.sinpdf.pipeline;

/**
 * What happened to one page, as written in the manifest.
 *
 * @param method         "text-layer", "ocr", or "none" when no extractor could serve the page
 * @param reason         why that method (or why none)
 * @param meanConfidence mean word confidence (1.0 for the text layer; NaN without words)
 * @param error          "" or the one-line reason the page failed
 */
public record PageSummary(int number, double width, double height, String unit, int rotation, String method,
                          String extractor, String reason, int words, double meanConfidence, int tables,
                          long millis, String error) {
    public boolean failed() { return !error.isEmpty(); }
}
