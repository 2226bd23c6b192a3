package org.sinpdf.model;

import java.util.Objects;

/**
 * One word of positioned text (no spaces inside) as the text layer or OCR gives it.
 *
 * @param text       the word, never empty
 * @param box        where it sits on the upright page
 * @param origin     text layer or OCR
 * @param confidence 1.0 for the text layer; the OCR word confidence otherwise
 * @param font       font name (text layer) or "" when unknown
 * @param fontSize   font size in points, or the glyph height when unknown
 * @param bold       whether the font looks bold
 */
public record TextChunk(String text, BoundingBox box, Origin origin, Confidence confidence,
                        String font, double fontSize, boolean bold) {
    public TextChunk {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(confidence, "confidence");
        font = font == null ? "" : font;
    }

    /** A text-layer word with no font information, handy in tests. */
    public static TextChunk of(String text, double left, double top, double right, double bottom) {
        return new TextChunk(text, new BoundingBox(left, top, right, bottom), Origin.TEXT_LAYER,
                Confidence.CERTAIN, "", bottom - top, false);
    }
}
