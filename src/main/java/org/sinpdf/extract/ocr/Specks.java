package org.sinpdf.extract.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Specks of scanning noise that survive despeckling (a 2×2 dot is over its 3-pixel limit) and that
 * Tesseract reads as a word of punctuation: a "." before "Oaxaca" in its cell, published as
 * ". Oaxaca". A word made only of marks that a speck can pass for ({@link #MARKS}) whose box is at
 * most {@link #MAX_SIZE} of the page's text height on both sides is far smaller than any printed
 * full stop of that text (about a fifth of the height), so it is dropped; the caller records what
 * was dropped. Stateless.
 */
final class Specks {
    private Specks() {}

    /** The marks a lone speck is read as. */
    static final String MARKS = ".,·'`´‘’\"“”:;-_~*°º";
    /** A speck is at most this fraction of the page's text height wide and tall. */
    static final double MAX_SIZE = 1.0 / 8;

    /** The words kept and those dropped as specks. */
    record Result(List<TesseractEngine.Word> kept, List<TesseractEngine.Word> dropped) {}

    /** {@code words} without the specks among them, given the page's text height in pixels. */
    static Result drop(List<TesseractEngine.Word> words, int textHeight) {
        int max = (int) Math.floor(textHeight * MAX_SIZE);
        List<TesseractEngine.Word> kept = new ArrayList<>(words.size()), dropped = new ArrayList<>();
        for (TesseractEngine.Word w : words) {
            if (isSpeck(w, max)) dropped.add(w);
            else kept.add(w);
        }
        return dropped.isEmpty() ? new Result(words, List.of()) : new Result(kept, dropped);
    }

    static boolean isSpeck(TesseractEngine.Word w, int maxSide) {
        if (w.right() - w.left() > maxSide || w.bottom() - w.top() > maxSide) return false;
        return !w.text().isEmpty() && w.text().codePoints().allMatch(cp -> MARKS.indexOf(cp) >= 0);
    }
}
