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
 * digits or the sign of the two readings differ, the word's confidence is lowered to
 * {@link #DISAGREEMENT_CONFIDENCE}, under any review threshold, so the cell carrying it gets
 * {@code ocr-low-confidence}, and a third reading picks the text shown for review: the crop with its
 * strokes thickened by the configured languages (with one language, whose second reading was that
 * already: the grey crop before binarization). The reading it agrees with is kept; when it agrees with
 * neither, the more confident of the two (on "-2.7%" the Spanish model reads "-2.1%" at 91, the English
 * one "-2.7%" at 83, the thickened crop "-2.7%" at 90). When the two differ in the sign and the image
 * shows whether a minus is printed ({@link Dashes#leadingSign}), the reading that agrees with the image
 * is kept instead. Readings that agree, or a second reading with
 * no digit at all (nothing to compare), leave the word as it was.
 *
 * <p>A leading minus is first looked for in the image ({@link Dashes#leadingSign}): when nothing but
 * specks lies before the number's first glyph, the minus is a speck of noise read as a sign and is
 * dropped from the text, and the word is flagged the same way. Stateless.
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
    static Result check(OcrEngine engine, GreyImage page, GreyImage grey, List<TesseractEngine.Word> words, List<Ruling> rulings,
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
            // the image is asked about a sign only when one is read (here) or disputed (below)
            boolean minus = LEADING_MINUS.matcher(w.text()).find();
            Dashes.SignInk ink = minus ? Dashes.leadingSign(c.image()) : null;
            if (ink == Dashes.SignInk.ABSENT) {
                String unsigned = LEADING_MINUS.matcher(w.text()).replaceFirst("");
                out.set(i, lowered(w, unsigned, w.confidence()));
                disagreements.add("'" + w.text() + "' (" + Math.round(w.confidence()) + "): no minus in the image before the"
                        + " number (only specks), read as '" + unsigned + "'");
                continue;
            }
            String other = otherLanguage(languages, w.language());
            UnreadInk.Reading reading = UnreadInk.readLine(engine, c.image(), other, true, timeoutMillis);
            if (reading == UnreadInk.Reading.NONE) continue;
            String second = reading.text();
            float conf = reading.confidence();
            if (!hasDigit(second) || sameFigure(second, w.text())) continue;
            // a third reading decides which of the two is shown (the cell is flagged either way): the crop with its
            // strokes thickened by the configured languages, or (when the second reading was that already) the grey
            // crop before binarization
            UnreadInk.Reading third = other.isEmpty()
                    ? UnreadInk.readLine(engine, UnreadInk.wordCrop(grey, words, i, rulings, true).image(), "", false, timeoutMillis)
                    : UnreadInk.readLine(engine, c.image(), "", true, timeoutMillis);
            if (ink == null) ink = signed(second) != signed(w.text()) ? Dashes.leadingSign(c.image()) : Dashes.SignInk.UNKNOWN;
            boolean secondWins = secondWins(w.text(), w.confidence(), second, conf, third.text(), ink);
            out.set(i, lowered(w, secondWins ? second : w.text(), Math.min(conf, w.confidence())));
            disagreements.add("'" + w.text() + "' (" + Math.round(w.confidence()) + ") / '" + second + "' ("
                    + Math.round(conf) + ") / '" + third.text() + "' (" + Math.round(third.confidence()) + ")");
        }
        return new Result(out, todo.size(), disagreements);
    }

    /**
     * Whether the second reading of a word is shown instead of the page's when the two disagree: the one
     * that agrees with the image on the sign when they differ in it and the image says ({@code ink}), else
     * the one the third reading agrees with, else the more confident.
     */
    static boolean secondWins(String page, float pageConfidence, String second, float secondConfidence, String third,
                              Dashes.SignInk ink) {
        if (ink != Dashes.SignInk.UNKNOWN && signed(second) != signed(page)) return signed(second) == (ink == Dashes.SignInk.PRESENT);
        boolean thirdSaysPage = sameFigure(third, page), thirdSaysSecond = sameFigure(third, second);
        return thirdSaysSecond != thirdSaysPage ? thirdSaysSecond : secondConfidence > pageConfidence;
    }

    /** Two readings of the same figure: the same digits in the same order, and both signed or neither. */
    static boolean sameFigure(String a, String b) {
        return hasDigit(a) && digits(a).equals(digits(b)) && signed(a) == signed(b);
    }

    /** {@code w} as {@code text} with a confidence under every review threshold. */
    private static TesseractEngine.Word lowered(TesseractEngine.Word w, String text, float confidence) {
        return w.readAs(text, Math.min(DISAGREEMENT_CONFIDENCE, confidence), w.language());
    }

    /** A minus (hyphen, minus sign or en dash) the text starts with, and a space after it. */
    private static final java.util.regex.Pattern LEADING_MINUS = java.util.regex.Pattern.compile("^[-\u2212\u2013]\\s?(?=[$€]?\\s?\\d)");

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
