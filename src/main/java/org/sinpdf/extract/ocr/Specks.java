package org.sinpdf.extract.ocr;

import java.util.ArrayList;
import java.util.List;
import org.sinpdf.extract.image.GreyImage;
import org.sinpdf.model.Ruling;

/**
 * Specks of scanning noise that survive despeckling (a 2×2 dot is over its 3-pixel limit) and that
 * Tesseract reads as a word of punctuation: a "." before "Oaxaca" in its cell, published as
 * ". Oaxaca". A word made only of marks that a speck can pass for ({@link #MARKS}) whose box is at
 * most {@link #MAX_SIZE} of the page's text height on both sides is far smaller than any printed
 * full stop of that text (about a fifth of the height), so it is dropped; the caller records what
 * was dropped. A speck read as a full stop or comma at the end of a word ("62.") is trimmed the same
 * way ({@link #trimTrailing}). Stateless.
 */
final class Specks {
    private Specks() {}

    /** The marks a lone speck is read as. */
    static final String MARKS = ".,·'`´‘’\"“”:;-_~*°º¡!|";
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

    /** Marks a speck after a word is read as: "62." and "PC." from a dot of noise after "62" and "PC". */
    static final String TRAILING = ".,'`´‘’";

    /** The words with a trailing speck trimmed, and what was trimmed ("'62.' → '62'"). */
    record Trimmed(List<TesseractEngine.Word> words, List<String> trimmed) {}

    /**
     * {@code words} with a last character from {@link #TRAILING} taken off where its ink in the image is a
     * speck: the word's rightmost piece of ink (in its crop, rulings and other words whitened) is at most
     * {@link #MAX_SIZE} of the text height (or of the word's own height, if smaller) on both sides, as a
     * speck read alone would be, and stands apart
     * from the glyph before it. A printed full stop is bigger (about a fifth of the height) and stays.
     */
    static Trimmed trimTrailing(GreyImage page, List<TesseractEngine.Word> words, List<Ruling> rulings, int textHeight) {
        List<TesseractEngine.Word> out = null;
        List<String> trimmed = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            TesseractEngine.Word w = words.get(i);
            String t = w.text();
            if (t.length() < 2 || TRAILING.indexOf(t.charAt(t.length() - 1)) < 0 || w.right() <= w.left()) continue;
            if (TRAILING.indexOf(t.charAt(t.length() - 2)) >= 0 || Character.isWhitespace(t.charAt(t.length() - 2))) continue;
            // small print on a page of larger text has small full stops: its own height is the measure then
            int max = (int) Math.floor(Math.min(textHeight, w.bottom() - w.top()) * MAX_SIZE);
            GreyImage crop = UnreadInk.wordCrop(page, words, i, rulings).image();
            List<int[]> pieces = Dashes.components(crop, 0, 0, crop.width(), crop.height());
            int[] last = null;
            for (int[] p : pieces) if (last == null || p[2] > last[2]) last = p;
            if (last == null || last[2] - last[0] > max || last[3] - last[1] > max) continue;
            int glyphsRight = Integer.MIN_VALUE;
            for (int[] p : pieces) if (p != last && p[3] - p[1] > max) glyphsRight = Math.max(glyphsRight, p[2]);
            if (glyphsRight == Integer.MIN_VALUE || last[0] <= glyphsRight) continue; // not after the word's glyphs
            String kept = t.substring(0, t.length() - 1);
            if (out == null) out = new ArrayList<>(words);
            out.set(i, w.withText(kept));
            trimmed.add("'" + t + "' \u2192 '" + kept + "'");
        }
        return new Trimmed(out == null ? words : out, trimmed);
    }

    static boolean isSpeck(TesseractEngine.Word w, int maxSide) {
        if (w.right() - w.left() > maxSide || w.bottom() - w.top() > maxSide) return false;
        return !w.text().isEmpty() && w.text().codePoints().allMatch(cp -> MARKS.indexOf(cp) >= 0);
    }
}
