package org.sinpdf.extract.ocr;

import java.util.ArrayList;
import java.util.List;
import org.sinpdf.extract.image.GreyImage;
import org.sinpdf.model.Ruling;

/**
 * An "í" read as "i": the one accent a recogniser can miss with the ink in plain view, since an "i" has
 * a mark above it anyway ("San Luis Potosí" read "Potosi" at 96 from a clean binarized page). The mark
 * tells them apart: a dot is a round blob about a stem wide; an acute accent is a stroke rising to the
 * right, wider or taller than the stem. For each "i" of a word whose glyphs match its text one to one
 * (as {@link Diplopia} counts them), the ink above the stem is measured; when it is an acute, the word
 * is read again alone by the accent language's model from the grey crop, and
 * <ul>
 * <li>if that reading is the word with the accent (and nothing else changed), it is taken, with the
 *     lower of the two confidences;</li>
 * <li>otherwise the "í" the image shows is written and the word's confidence drops to
 *     {@link DigitCheck#DISAGREEMENT_CONFIDENCE}, so its cell is flagged for review.</li>
 * </ul>
 * Only on pages {@link Accents} treats as written in the accent language. Stateless.
 */
final class AcuteI {
    private AcuteI() {}

    /** The mark's top half lies at least this share of its height further right than its bottom half: rising to the right. */
    static final double SLANT = 0.2;
    /** A mark this many stem widths wide, or {@link #TALL} high, is bigger than a dot. */
    static final double WIDE = 1.35;
    static final double TALL = 1.5;
    /** At most this many words are looked at per page. */
    static final int MAX_WORDS = 400;

    /** The words after the check, with what was written ("'Potosi' → 'Potosí' (read again)"). */
    record Result(List<TesseractEngine.Word> words, List<String> changed) {}

    static Result check(OcrEngine engine, GreyImage page, GreyImage grey, List<TesseractEngine.Word> words,
                        List<Ruling> rulings, String language, int timeoutMillis)
            throws TesseractEngine.TesseractFailure, OcrEngineUnavailableException {
        List<TesseractEngine.Word> out = null;
        List<String> changed = new ArrayList<>();
        int looked = 0;
        for (int i = 0; i < words.size() && looked < MAX_WORDS; i++) {
            TesseractEngine.Word w = words.get(i);
            if (w.text().indexOf('i') < 0 || w.right() <= w.left() || w.bottom() <= w.top()) continue;
            String counted = Diplopia.countedChars(w.text());
            if (counted == null) continue;
            looked++;
            GreyImage crop = UnreadInk.wordCrop(page, words, i, rulings).image();
            String accented = accented(crop, w.text(), counted);
            if (accented == null) continue;
            List<TesseractEngine.Word> again = engine.recognizeIn(language,
                    UnreadInk.wordCrop(grey, words, i, rulings, true).image(), UnreadInk.PSM_LINE, timeoutMillis);
            boolean confirmed = again.size() == 1 && again.get(0).text().equals(accented);
            float conf = confirmed ? Math.min(w.confidence(), again.get(0).confidence())
                    : Math.min(w.confidence(), DigitCheck.DISAGREEMENT_CONFIDENCE);
            if (out == null) out = new ArrayList<>(words);
            out.set(i, new TesseractEngine.Word(accented, w.left(), w.top(), w.right(), w.bottom(), conf, w.language(), w.rival()));
            changed.add("'" + w.text() + "' \u2192 '" + accented + "'" + (confirmed ? " (read so again)" : " (for review)"));
        }
        return new Result(out == null ? words : out, changed);
    }

    /** {@code text} with each "i" whose mark in {@code crop} is an acute accent written "í"; null when there is none. */
    static String accented(GreyImage crop, String text, String counted) {
        List<int[]> glyphs = Diplopia.glyphs(crop);
        if (glyphs.size() != counted.length()) return null;
        List<int[]> pieces = Dashes.components(crop, 0, 0, crop.width(), crop.height());
        StringBuilder out = new StringBuilder(text);
        boolean any = false;
        int g = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Diplopia.countedChars(String.valueOf(c)).isEmpty()) continue;
            if (c == 'i' && isAcute(crop, glyphs.get(g), pieces)) {
                out.setCharAt(k, '\u00ED');
                any = true;
            }
            g++;
        }
        return any ? out.toString() : null;
    }

    /** Whether the ink above {@code stem} (an "i" without its dot) is an acute accent rather than a dot. */
    static boolean isAcute(GreyImage crop, int[] stem, List<int[]> pieces) {
        int sw = Math.max(1, stem[2] - stem[0]), sh = stem[3] - stem[1];
        int l = Integer.MAX_VALUE, t = Integer.MAX_VALUE, r = Integer.MIN_VALUE, b = Integer.MIN_VALUE;
        for (int[] p : pieces) {
            if (p == stem || p[3] > stem[1] + 1 || p[3] < stem[1] - sh) continue; // not above the stem
            if (p[2] <= stem[0] - sw || p[0] >= stem[2] + sw) continue; // not over it
            l = Math.min(l, p[0]); t = Math.min(t, p[1]); r = Math.max(r, p[2]); b = Math.max(b, p[3]);
        }
        if (r == Integer.MIN_VALUE) return false;
        int mw = r - l, mh = b - t;
        if (mh < 3 || (mw < WIDE * sw && mh < TALL * sw)) return false;
        // mean x of the ink in the mark's top half and in its bottom half
        double topX = 0, bottomX = 0;
        int top = 0, bottom = 0, mid = t + mh / 2;
        for (int y = t; y < b; y++) {
            for (int x = l; x < r; x++) {
                if (crop.at(x, y) >= 128) continue;
                if (y < mid) { topX += x; top++; } else { bottomX += x; bottom++; }
            }
        }
        if (top == 0 || bottom == 0) return false;
        return topX / top - bottomX / bottom >= SLANT * mh;
    }
}
