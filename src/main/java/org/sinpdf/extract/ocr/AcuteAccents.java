package org.sinpdf.extract.ocr;

import java.util.ArrayList;
import java.util.List;
import org.sinpdf.extract.image.GreyImage;
import org.sinpdf.model.Ruling;

/**
 * Acute accents the recogniser did not read although the ink is in plain view: "San Luis Potosí" read
 * "Potosi" at 96 from a clean binarized page, "Pública" read "Publica" from a 150-dpi scan. An "i" is
 * the usual victim, since it has a mark above it anyway. The mark tells: a dot is a round blob about a
 * stem wide; an acute accent is a stroke rising to the right (and, over an "i", wider or taller than the
 * stem). For each small vowel of a word whose glyphs match its text one to one (as {@link Diplopia}
 * counts them), the ink above the glyph is measured; when it is an acute, the word is read again alone
 * by the accent language's model from the grey crop, and
 * <ul>
 * <li>if that reading is the word with the accents (and nothing else changed), it is taken, with the
 *     lower of the two confidences;</li>
 * <li>otherwise the accented vowels the image shows are written and the word's confidence drops to
 *     {@link DigitCheck#DISAGREEMENT_CONFIDENCE}, so its cell is flagged for review.</li>
 * </ul>
 * Only on pages {@link Accents} treats as written in the accent language (Spanish: acute accents only;
 * "ü" has two dots, no slant). Stateless.
 */
final class AcuteAccents {
    private AcuteAccents() {}

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
            if (w.text().chars().noneMatch(ch -> VOWELS.indexOf(ch) >= 0) || w.right() <= w.left() || w.bottom() <= w.top()) continue;
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
            out.set(i, w.withText(accented).withConfidence(conf));
            changed.add("'" + w.text() + "' \u2192 '" + accented + "'" + (confirmed ? " (read so again)" : " (for review)"));
        }
        return new Result(out == null ? words : out, changed);
    }

    /** {@code text} with each small vowel whose mark in {@code crop} is an acute accent written accented; null when there is none. */
    static String accented(GreyImage crop, String text, String counted) {
        List<int[]> pieces = Dashes.components(crop, 0, 0, crop.width(), crop.height());
        List<int[]> glyphs = Diplopia.glyphs(pieces);
        if (glyphs.size() != counted.length()) return null;
        StringBuilder out = new StringBuilder(text);
        boolean any = false;
        int g = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (!Diplopia.oneGlyph(c)) continue;
            int vowel = VOWELS.indexOf(c);
            if (vowel >= 0 && isAcute(crop, glyphs.get(g), pieces, c == 'i')) {
                out.setCharAt(k, ACCENTED.charAt(vowel));
                any = true;
            }
            g++;
        }
        return any ? out.toString() : null;
    }

    /** Small vowels, and the same with an acute accent. */
    static final String VOWELS = "aeiou", ACCENTED = "\u00E1\u00E9\u00ED\u00F3\u00FA";

    /**
     * Whether the ink above {@code stem} (a small vowel's glyph; for an "i", its stem without the dot) is an
     * acute accent: a stroke rising to the right, and for an "i" bigger than the dot every "i" has.
     */
    static boolean isAcute(GreyImage crop, int[] stem, List<int[]> pieces, boolean dotted) {
        int sw = Math.max(1, stem[2] - stem[0]), sh = stem[3] - stem[1];
        int l = Integer.MAX_VALUE, t = Integer.MAX_VALUE, r = Integer.MIN_VALUE, b = Integer.MIN_VALUE;
        for (int[] p : pieces) {
            if (p == stem || p[3] > stem[1] + 1 || p[3] < stem[1] - sh) continue; // not above the stem
            int reach = dotted ? sw : 0; // an i's stem is narrower than its accent; another vowel's glyph is not
            if (p[2] <= stem[0] - reach || p[0] >= stem[2] + reach) continue; // not over it
            l = Math.min(l, p[0]); t = Math.min(t, p[1]); r = Math.max(r, p[2]); b = Math.max(b, p[3]);
        }
        if (r == Integer.MIN_VALUE) return false;
        int mw = r - l, mh = b - t;
        if (mh < 3 || (dotted && mw < WIDE * sw && mh < TALL * sw)) return false;
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
