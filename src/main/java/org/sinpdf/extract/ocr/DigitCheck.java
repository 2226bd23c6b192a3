package org.sinpdf.extract.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sinpdf.extract.image.GreyImage;
import org.sinpdf.model.Ruling;

/**
 * A second, independent reading of number-bearing words the page reading was not sure enough of, so
 * that a digit misread with fair confidence ("-2.7%" read as "-2.1%" at 89) is flagged for review
 * instead of published. Each word holding a digit under the threshold is cropped alone (rulings and
 * the other words whitened, as {@link UnreadInk} does) and read again as one text line (PSM 7) by
 * another model: with "spa+eng", a word the Spanish model read is read by the English one and the
 * other way round (the two models misread different digits: on a clean "-2.7%" the Spanish model
 * reads "-2.1%" even from the crop, the English one "-2.7%"). With one language, or a word whose
 * model is unknown, the same model reads the crop with its strokes thickened by one pixel. When the
 * digits of the two readings differ, the more confident reading is kept and its confidence is
 * lowered to {@link #DISAGREEMENT_CONFIDENCE}, under any review threshold, so the cell carrying it
 * gets {@code ocr-low-confidence}. Readings that agree, or a second reading with no digit at all
 * (nothing to compare), leave the word as it was. Stateless.
 */
final class DigitCheck {
    private DigitCheck() {}

    /** Confidence (0..100) given to a word whose two readings disagree on a digit: under every review threshold. */
    static final float DISAGREEMENT_CONFIDENCE = 30f;

    /** What the check did to a page's words. */
    record Result(List<TesseractEngine.Word> words, int checked, List<String> disagreements) {}

    /**
     * {@code words} with every word that holds a digit and is under {@code below} (0..100) read a
     * second time, and every number with a leading minus whatever its confidence (a sign read where
     * there is none, or lost, changes the figure more than any digit); at most {@code max} words a
     * page, least confident first. Readings that differ in a digit or in the sign disagree.
     */
    static Result check(OcrEngine engine, GreyImage page, List<TesseractEngine.Word> words, List<Ruling> rulings,
                        List<String> languages, float below, int max, int timeoutMillis) throws TesseractEngine.TesseractFailure {
        List<Integer> unsure = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            TesseractEngine.Word w = words.get(i);
            if ((w.confidence() < below || signed(w.text())) && w.confidence() >= DISAGREEMENT_CONFIDENCE && hasDigit(w.text())
                    && w.right() > w.left() && w.bottom() > w.top()) {
                unsure.add(i);
            }
        }
        if (unsure.isEmpty() || max <= 0) return new Result(words, 0, List.of());
        unsure.sort(Comparator.comparingDouble(i -> words.get(i).confidence()));
        List<TesseractEngine.Word> out = new ArrayList<>(words);
        List<String> disagreements = new ArrayList<>();
        List<Integer> todo = unsure.subList(0, Math.min(max, unsure.size()));
        for (int i : todo) {
            TesseractEngine.Word w = words.get(i);
            UnreadInk.Crop c = UnreadInk.wordCrop(page, words, i, rulings);
            String other = otherLanguage(languages, w.language());
            UnreadInk.Reading reading = UnreadInk.readLine(engine, c.image(), other, true, timeoutMillis);
            if (reading == UnreadInk.Reading.NONE) continue;
            String second = reading.text();
            float conf = reading.confidence();
            if (!hasDigit(second) || (digits(second).equals(digits(w.text())) && signed(second) == signed(w.text()))) continue;
            boolean secondWins = conf > w.confidence();
            String kept = secondWins ? second : w.text();
            out.set(i, new TesseractEngine.Word(kept, w.left(), w.top(), w.right(), w.bottom(),
                    Math.min(DISAGREEMENT_CONFIDENCE, Math.min(conf, w.confidence()))));
            disagreements.add("'" + w.text() + "' (" + Math.round(w.confidence()) + ") / '" + second + "' ("
                    + Math.round(conf) + ")");
        }
        return new Result(out, todo.size(), disagreements);
    }

    /**
     * The first of the configured {@code languages} that is not the one whose model read the word, or ""
     * when there is none (one language configured, or the word's language unknown).
     */
    static String otherLanguage(List<String> languages, String wordLanguage) {
        if (languages.size() < 2 || wordLanguage.isEmpty() || !languages.contains(wordLanguage)) return "";
        for (String l : languages) if (!l.equals(wordLanguage)) return l;
        return "";
    }

    /** A leading minus (hyphen, minus sign or en dash) before a number, after an opening bracket or not: "-2.7%", "-$1,200", "(−3". */
    private static final java.util.regex.Pattern SIGNED = java.util.regex.Pattern.compile("^\\(?[-\u2212\u2013]\\s?[$€]?\\s?\\d");

    static boolean signed(String s) {
        return SIGNED.matcher(s).find();
    }

    static boolean hasDigit(String s) {
        return s.codePoints().anyMatch(Character::isDigit);
    }

    /** The digits of {@code s} in order (as ASCII), nothing else. */
    static String digits(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(Character::isDigit).forEach(cp -> b.append((char) ('0' + Character.digit(cp, 10))));
        return b.toString();
    }

    /**
     * {@code img} with every dark stroke one pixel thicker (each pixel takes the darkest of its 3×3
     * neighbourhood): a thin stroke the binarization broke (the bar of a "7" read as "1") comes back,
     * and the recogniser sees other pixels than in the page reading.
     */
    static GreyImage thicken(GreyImage img) {
        int w = img.width(), h = img.height();
        byte[] px = new byte[w * h];
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            int m = 255;
            for (int dy = -1; dy <= 1; dy++) for (int dx = -1; dx <= 1; dx++) {
                int xx = x + dx, yy = y + dy;
                if (xx >= 0 && yy >= 0 && xx < w && yy < h) m = Math.min(m, img.at(xx, yy));
            }
            px[y * w + x] = (byte) m;
        }
        return new GreyImage(w, h, px, img.dpi());
    }
}
