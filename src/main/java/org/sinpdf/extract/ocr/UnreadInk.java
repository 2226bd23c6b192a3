package org.sinpdf.extract.ocr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sinpdf.extract.image.GreyImage;
import org.sinpdf.model.Ruling;

/**
 * Tesseract's page layout analysis drops small isolated text as noise: a lone digit in a ruled cell
 * ("7" alone in its box), a short code far from other words. This finds ink the page reading left
 * unread (dark pixels outside every word box and away from every ruling), groups it into blobs of
 * text size, and reads each blob alone as one text line (PSM 7) from a crop in which rulings and
 * the words already read are whitened. Only confident readings holding a letter or digit are kept.
 * Stateless.
 */
final class UnreadInk {
    private UnreadInk() {}

    /** At most this many blobs are read again per page (each costs a small recognition, ~10–30 ms). */
    static final int MAX_BLOBS = 24;
    /** Unread ink closer than this many text heights to a word on its line is taken for a piece of that word. */
    static final double WORD_GAP = 0.6;
    /** A blob's reading is kept at or above this Tesseract confidence (0..100). */
    static final float MIN_CONFIDENCE = 60f;
    /** Page segmentation mode for a blob: one text line. */
    static final int PSM_LINE = 7;

    /** A group of unread ink, pixel box (right/bottom exclusive) and its dark pixel count. */
    record Blob(int left, int top, int right, int bottom, int ink) {
        int width() { return right - left; }
        int height() { return bottom - top; }
    }

    /**
     * Words for the unread ink of {@code page} (binary, as recognised), to be added to {@code words};
     * empty when there is none.
     */
    static List<TesseractEngine.Word> recover(OcrEngine engine, GreyImage page, List<TesseractEngine.Word> words,
                                              List<Ruling> rulings, int timeoutMillis) throws TesseractEngine.TesseractFailure {
        int textHeight = textHeight(words, page.dpi());
        List<Blob> blobs = find(page, words, rulings, textHeight);
        List<TesseractEngine.Word> found = new ArrayList<>();
        int border = Math.max(4, textHeight / 2);
        for (Blob b : blobs) {
            Crop c = crop(page, b, border, rulings, words);
            for (TesseractEngine.Word w : engine.recognizeAs(c.image(), PSM_LINE, timeoutMillis)) {
                if (w.confidence() < MIN_CONFIDENCE || w.text().codePoints().noneMatch(Character::isLetterOrDigit)) continue;
                found.add(new TesseractEngine.Word(w.text(), w.left() + c.dx(), w.top() + c.dy(), w.right() + c.dx(),
                        w.bottom() + c.dy(), w.confidence()));
            }
        }
        return found;
    }

    /** Words under this confidence (0..100) are read again alone, from a crop with rulings whitened. */
    static final float REREAD_BELOW = 70f;
    /** At most this many words are read again per page (least confident first). */
    static final int MAX_REREADS = 24;
    /** A second reading replaces the first only when it is this much more confident (0..100). */
    static final float REREAD_MARGIN = 15f;

    /**
     * {@code words} with its unsure words beside rulings read again (a lone digit in a ruled box read
     * as "[ee]" or "El"): each such word under {@link #REREAD_BELOW} is cropped
     * (rulings and the other words whitened, so a rule beside a lone digit is not read as "[" or "|")
     * and read as one line; the new reading replaces the old one, in the old box, when it holds a
     * letter or digit and is at least {@link #REREAD_MARGIN} more confident.
     */
    static List<TesseractEngine.Word> reread(OcrEngine engine, GreyImage page, List<TesseractEngine.Word> words,
                                             List<Ruling> rulings, int timeoutMillis) throws TesseractEngine.TesseractFailure {
        List<Integer> unsure = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            TesseractEngine.Word w = words.get(i);
            if (w.confidence() < REREAD_BELOW && w.right() > w.left() && w.bottom() > w.top() && nearRuling(w, rulings)) unsure.add(i);
        }
        if (unsure.isEmpty()) return words;
        unsure.sort(Comparator.comparingDouble(i -> words.get(i).confidence()));
        List<TesseractEngine.Word> out = new ArrayList<>(words);
        for (int i : unsure.subList(0, Math.min(MAX_REREADS, unsure.size()))) {
            TesseractEngine.Word w = words.get(i);
            Crop c = wordCrop(page, words, i, rulings);
            List<TesseractEngine.Word> again = engine.recognizeAs(c.image(), PSM_LINE, timeoutMillis);
            if (again.isEmpty()) continue;
            Reading r = Reading.of(again);
            if (r.confidence() >= w.confidence() + REREAD_MARGIN && r.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
                out.set(i, w.readAs(r.text(), r.confidence(), ""));
            }
        }
        return out;
    }

    /** A ruling runs through the word's box or within half its height of it (a cell border beside it). */
    static boolean nearRuling(TesseractEngine.Word w, List<Ruling> rulings) {
        double m = (w.bottom() - w.top()) / 2.0;
        for (Ruling r : rulings) {
            if (r.right() >= w.left() - m && r.left() <= w.right() + m && r.bottom() >= w.top() - m && r.top() <= w.bottom() + m) {
                return true;
            }
        }
        return false;
    }

    /** Median height of confident words, or a 10-point line at the page's resolution when there are none. */
    static int textHeight(List<TesseractEngine.Word> words, double dpi) {
        int[] h = words.stream().filter(w -> w.confidence() >= 60 && w.text().length() >= 2)
                .mapToInt(w -> w.bottom() - w.top()).sorted().toArray();
        return h.length == 0 ? (int) Math.max(8, Math.round(dpi * 10 / 72 * 0.7)) : Math.max(6, h[h.length / 2]);
    }

    /** Blobs of unread ink of text size, largest ink first, at most {@link #MAX_BLOBS}. */
    static List<Blob> find(GreyImage page, List<TesseractEngine.Word> words, List<Ruling> rulings, int textHeight) {
        int w = page.width(), h = page.height();
        int cell = (int) Math.max(2, Math.round(page.dpi() / 100));
        int gw = (w + cell - 1) / cell, gh = (h + cell - 1) / cell;
        boolean[] masked = new boolean[gw * gh];
        for (TesseractEngine.Word x : words) maskPixels(masked, gw, gh, cell, x.left() - 2, x.top() - 2, x.right() + 2, x.bottom() + 2);
        int band = band(page.dpi());
        for (Ruling r : rulings) {
            maskPixels(masked, gw, gh, cell, (int) Math.floor(r.left()) - band, (int) Math.floor(r.top()) - band,
                    (int) Math.ceil(r.right()) + band + 1, (int) Math.ceil(r.bottom()) + band + 1);
        }
        int[] dark = new int[gw * gh];
        for (int y = 0; y < h; y++) {
            int row = (y / cell) * gw;
            for (int x = 0; x < w; x++) {
                if (page.at(x, y) < 128) {
                    int k = row + x / cell;
                    if (!masked[k]) dark[k]++;
                }
            }
        }
        int minDark = Math.max(2, cell * cell / 4);
        boolean[] seen = new boolean[gw * gh];
        List<Blob> out = new ArrayList<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        int gapX = Math.max(1, (int) Math.round(textHeight * 0.3 / cell)), gapY = 1;
        int minStroke = Math.max(2, cell);
        for (int start = 0; start < dark.length; start++) {
            if (seen[start] || dark[start] < minDark) continue;
            int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1, ink = 0;
            boolean tooBig = false;
            seen[start] = true;
            queue.add(start);
            while (!queue.isEmpty()) {
                int k = queue.poll();
                int gx = k % gw, gy = k / gw;
                x0 = Math.min(x0, gx); x1 = Math.max(x1, gx); y0 = Math.min(y0, gy); y1 = Math.max(y1, gy);
                ink += dark[k];
                if ((y1 - y0 + 1) * cell > 3 * textHeight || (x1 - x0 + 1) * cell > 20 * textHeight) tooBig = true;
                for (int dy = -gapY; dy <= gapY; dy++) {
                    int ny = gy + dy;
                    if (ny < 0 || ny >= gh) continue;
                    for (int dx = -gapX; dx <= gapX; dx++) {
                        int nx = gx + dx;
                        if (nx < 0 || nx >= gw) continue;
                        int n = ny * gw + nx;
                        if (!seen[n] && dark[n] >= minDark) {
                            seen[n] = true;
                            queue.add(n);
                        }
                    }
                }
            }
            if (tooBig) continue;
            Blob b = new Blob(x0 * cell, y0 * cell, Math.min(w, (x1 + 1) * cell), Math.min(h, (y1 + 1) * cell), ink);
            if (b.height() < textHeight / 2 || b.height() > textHeight * 2) continue; // specks, rules' ends, pictures
            if (b.width() > 12 * textHeight) continue;                               // long lines are not missed words
            if (ink < b.height() * minStroke) continue;                               // thinner than a stroke: noise
            if (besideAWord(b, words, textHeight)) continue;                          // a piece of a word read already
            out.add(b);
        }
        out.sort(Comparator.comparingInt(Blob::ink).reversed());
        return out.size() > MAX_BLOBS ? List.copyOf(out.subList(0, MAX_BLOBS)) : out;
    }

    /**
     * A word on the same line lies closer than {@link #WORD_GAP} text heights: the ink is most likely
     * a piece of that word left outside its box (reading it alone would add a stray letter).
     */
    static boolean besideAWord(Blob b, List<TesseractEngine.Word> words, int textHeight) {
        double gap = WORD_GAP * textHeight;
        for (TesseractEngine.Word w : words) {
            boolean sameLine = w.top() < b.bottom() && w.bottom() > b.top();
            boolean near = w.left() - gap < b.right() && w.right() + gap > b.left();
            if (sameLine && near) return true;
        }
        return false;
    }

    /** Pixels on either side of a ruling's centre line that belong to the rule (a thick scanned rule). */
    static int band(double dpi) { return (int) Math.max(2, Math.round(dpi / 60)); }

    private static void maskPixels(boolean[] masked, int gw, int gh, int cell, int left, int top, int right, int bottom) {
        int gx0 = Math.max(0, left / cell), gy0 = Math.max(0, top / cell);
        int gx1 = Math.min(gw - 1, (right - 1) / cell), gy1 = Math.min(gh - 1, (bottom - 1) / cell);
        for (int y = gy0; y <= gy1; y++) for (int x = gx0; x <= gx1; x++) masked[y * gw + x] = true;
    }

    /** A crop and where its origin lies on the page. */
    record Crop(GreyImage image, int dx, int dy) {}

    /** Word {@code i} alone, for a second reading: the other words and the rulings whitened around it. */
    static Crop wordCrop(GreyImage page, List<TesseractEngine.Word> words, int i, List<Ruling> rulings) {
        return wordCrop(page, words, i, rulings, false);
    }

    /** As {@link #wordCrop(GreyImage, List, int, List)}, from the grey page before binarization when {@code keepGrey}. */
    static Crop wordCrop(GreyImage page, List<TesseractEngine.Word> words, int i, List<Ruling> rulings, boolean keepGrey) {
        TesseractEngine.Word w = words.get(i);
        List<TesseractEngine.Word> others = new ArrayList<>(words);
        others.remove(i);
        int h = w.bottom() - w.top();
        return crop(page, new Blob(w.left(), w.top(), w.right(), w.bottom(), 0), Math.max(4, h / 2), rulings, others, keepGrey);
    }

    /**
     * Reads one crop as one text line (PSM 7): with {@code language} alone when given, else with the
     * configured languages (the crop's strokes thickened first when {@code thicken}). {@link Reading#NONE}
     * when nothing was read. The second readings of {@link DigitCheck} and {@link WordCheck} go through here.
     */
    static Reading readLine(OcrEngine engine, GreyImage crop, String language, boolean thicken, int timeoutMillis)
            throws TesseractEngine.TesseractFailure {
        List<TesseractEngine.Word> again;
        try {
            again = language.isEmpty() ? engine.recognizeAs(thicken ? DigitCheck.thicken(crop) : crop, PSM_LINE, timeoutMillis)
                    : engine.recognizeIn(language, crop, PSM_LINE, timeoutMillis);
        } catch (OcrEngineUnavailableException e) { // the page reading itself loaded the language: not expected
            throw new TesseractEngine.TesseractFailure(e.getMessage());
        }
        return again.isEmpty() ? Reading.NONE : Reading.of(again);
    }

    /** What a second reading of one crop said: its words joined by spaces, and the least confidence among them. */
    record Reading(String text, float confidence) {
        /** Nothing read. */
        static final Reading NONE = new Reading("", 0f);

        static Reading of(List<TesseractEngine.Word> again) {
            StringBuilder text = new StringBuilder();
            float conf = 100f;
            for (TesseractEngine.Word a : again) {
                if (text.length() > 0) text.append(' ');
                text.append(a.text());
                conf = Math.min(conf, a.confidence());
            }
            return new Reading(text.toString(), conf);
        }
    }

    /**
     * The blob with a margin of {@code border} white pixels on every side; rulings and words already
     * read are whitened, so neither a rule nor a neighbour's text is read into the blob.
     */
    static Crop crop(GreyImage page, Blob b, int border, List<Ruling> rulings, List<TesseractEngine.Word> words) {
        return crop(page, b, border, rulings, words, false);
    }

    /**
     * As {@link #crop(GreyImage, Blob, int, List, List)}; with {@code keepGrey} the pixels keep their grey
     * level (for a crop of the page before binarization) instead of being made black or white at 128.
     */
    static Crop crop(GreyImage page, Blob b, int border, List<Ruling> rulings, List<TesseractEngine.Word> words,
                     boolean keepGrey) {
        int pad = Math.max(2, b.height() / 4);
        int x0 = Math.max(0, b.left() - pad), y0 = Math.max(0, b.top() - pad);
        int x1 = Math.min(page.width(), b.right() + pad), y1 = Math.min(page.height(), b.bottom() + pad);
        int cw = x1 - x0 + 2 * border, ch = y1 - y0 + 2 * border;
        byte[] px = new byte[cw * ch];
        java.util.Arrays.fill(px, (byte) 255);
        int band = band(page.dpi());
        List<Ruling> near = new ArrayList<>();
        for (Ruling r : rulings) {
            if (r.right() + band >= x0 && r.left() - band < x1 && r.bottom() + band >= y0 && r.top() - band < y1) near.add(r);
        }
        List<TesseractEngine.Word> beside = new ArrayList<>();
        for (TesseractEngine.Word w : words) if (w.right() > x0 && w.left() < x1 && w.bottom() > y0 && w.top() < y1) beside.add(w);
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int v = page.at(x, y);
                if ((!keepGrey && v >= 128) || onRuling(x, y, near, band) || inWord(x, y, beside)) continue;
                px[(y - y0 + border) * cw + (x - x0 + border)] = (byte) (keepGrey ? v : 0);
            }
        }
        return new Crop(new GreyImage(cw, ch, px, page.dpi()), x0 - border, y0 - border);
    }

    private static boolean onRuling(int x, int y, List<Ruling> rulings, int band) {
        for (Ruling r : rulings) {
            if (x >= r.left() - band && x <= r.right() + band && y >= r.top() - band && y <= r.bottom() + band) return true;
        }
        return false;
    }

    private static boolean inWord(int x, int y, List<TesseractEngine.Word> words) {
        for (TesseractEngine.Word w : words) {
            if (x >= w.left() && x < w.right() && y >= w.top() && y < w.bottom()) return true;
        }
        return false;
    }
}
