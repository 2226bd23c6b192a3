package org.sinpdf.extract.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sinpdf.extract.image.GreyImage;
import org.sinpdf.model.Ruling;

/**
 * Tesseract's LSTM recogniser sometimes reads one printed letter twice, once in each case: "C)" comes
 * out as "Cc)", "VW" as "VwW" (the recogniser's "diplopia", tesseract-ocr/tesseract#884, #1060). A
 * second reading does not help: the crop of "C)" alone has no line to tell a capital from a small
 * letter by, and is read "Cc)" or "c)". The image does tell:
 * <ol>
 * <li>the word's glyphs are counted in the image (pieces of ink at least {@link #GLYPH} of the tallest
 *     one high, so dots, accents, commas and hyphens do not count). When there is exactly one glyph fewer
 *     than the text has letters, digits and brackets for each such pair, each pair is one printed letter;</li>
 * <li>its case is read from its height against the line's capital and small-letter heights, measured on
 *     the glyphs of the word and of its neighbours on the line whose text matches their glyphs one to one
 *     (capitals, digits and ascender letters against x-height letters). A glyph the line cannot place
 *     leaves the word as read.</li>
 * </ol>
 * Only pairs of letters whose two cases have the same shape (c, o, s, u, v, w, x, z) are looked at; the
 * caller records what was changed. Stateless.
 */
final class Diplopia {
    private Diplopia() {}

    /** Letters whose capital is the small letter enlarged: the pairs the recogniser doubles. */
    static final String SAME_SHAPE = "cosuvwxz";
    /** A piece of ink at least this share of the word's tallest piece high is a glyph. */
    static final double GLYPH = 0.35;
    /** Characters that are one glyph each ("i" and "j": their stem; the dot is too small to count). */
    private static final String ONE_GLYPH = "()[]{}/\\|$&#@!?";
    /** Characters too small to count as a glyph. */
    private static final String SMALL = ".,:;'\"`´‘’“”-–—_·=~^*°º";
    /** Glyphs of capital height: capitals (Q and J may descend), digits, ascender letters. */
    private static final String TALL = "ABCDEFGHIKLMNOPRSTUVWXYZ0123456789bdfhkl";
    /** Glyphs of x-height. */
    private static final String SHORT = "acemnorsuvwxz";
    /** A glyph this share of the capital height or taller is a capital. */
    static final double CAPITAL = 0.87;
    /** Words on the line looked at for the capital and x-heights, on each side. */
    static final int NEIGHBOURS = 4;

    /** The words after the fix, and what was changed ("'Cc)' → 'C)'"). */
    record Result(List<TesseractEngine.Word> words, List<String> fixed) {}

    static Result fix(GreyImage page, List<TesseractEngine.Word> words, List<Ruling> rulings) {
        List<TesseractEngine.Word> out = null;
        List<String> fixed = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            TesseractEngine.Word w = words.get(i);
            int pair = pairAt(w.text());
            if (pair < 0 || w.right() <= w.left() || w.bottom() <= w.top()) continue;
            String text = fixWord(page, words, i, rulings);
            if (text == null) continue;
            if (out == null) out = new ArrayList<>(words);
            out.set(i, w.withText(text));
            fixed.add("'" + w.text() + "' \u2192 '" + text + "'");
        }
        return new Result(out == null ? words : out, fixed);
    }

    /** The index of the first letter of the first doubled pair in {@code t} ("Cc", "wW"), or -1. */
    static int pairAt(String t) {
        for (int k = 0; k + 1 < t.length(); k++) {
            char a = t.charAt(k), b = t.charAt(k + 1);
            if (a != b && Character.toLowerCase(a) == Character.toLowerCase(b) && SAME_SHAPE.indexOf(Character.toLowerCase(a)) >= 0) {
                return k;
            }
        }
        return -1;
    }

    /** The word's text with each doubled pair made the one letter the image shows, or null when the image does not say. */
    private static String fixWord(GreyImage page, List<TesseractEngine.Word> words, int i, List<Ruling> rulings) {
        String t = words.get(i).text();
        // the text with each pair as one placeholder position, and where the pairs are
        StringBuilder single = new StringBuilder();
        List<Integer> pairs = new ArrayList<>();
        for (int k = 0; k < t.length(); k++) {
            int p = pairAt(t.substring(k, Math.min(t.length(), k + 2)));
            if (p == 0) {
                pairs.add(single.length());
                single.append(Character.toLowerCase(t.charAt(k)));
                k++;
            } else {
                single.append(t.charAt(k));
            }
        }
        List<int[]> glyphs = glyphs(UnreadInk.wordCrop(page, words, i, rulings).image());
        String counted = countedChars(single.toString());
        if (counted == null || glyphs.size() != counted.length()) return null;
        Heights line = lineHeights(page, words, i, rulings);
        line.add(counted, glyphs, pairs, single.toString());
        StringBuilder result = new StringBuilder(single);
        for (int pos : pairs) {
            int glyph = countedIndex(single.toString(), pos);
            Boolean capital = line.capital(glyphs.get(glyph)[3] - glyphs.get(glyph)[1]);
            if (capital == null) return null;
            char c = single.charAt(pos);
            result.setCharAt(pos, capital ? Character.toUpperCase(c) : c);
        }
        return result.toString();
    }

    /** The glyphs of a crop, left to right, as {left, top, right, bottom}. */
    static List<int[]> glyphs(GreyImage crop) {
        return glyphs(Dashes.components(crop, 0, 0, crop.width(), crop.height()));
    }

    /** The glyphs among a crop's pieces of ink ({@link Dashes#components}), left to right. */
    static List<int[]> glyphs(List<int[]> pieces) {
        int tallest = pieces.stream().mapToInt(p -> p[3] - p[1]).max().orElse(0);
        List<int[]> out = new ArrayList<>();
        for (int[] p : pieces) if (p[3] - p[1] >= GLYPH * tallest && tallest >= 5) out.add(p);
        out.sort(Comparator.comparingInt(p -> p[0]));
        return out;
    }

    /** The characters of {@code t} that are one glyph each, in order; null when {@code t} holds one of unknown make-up ("%"). */
    static String countedChars(String t) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (oneGlyph(c)) b.append(c);
            else if (SMALL.indexOf(c) < 0 && !Character.isWhitespace(c)) return null;
        }
        return b.toString();
    }

    /** Whether {@code c} is printed as one glyph (a letter, a digit, a bracket...), which {@link #glyphs} counts. */
    static boolean oneGlyph(char c) {
        return Character.isLetterOrDigit(c) || ONE_GLYPH.indexOf(c) >= 0;
    }

    private static int countedIndex(String t, int pos) {
        String before = countedChars(t.substring(0, pos));
        return before == null ? -1 : before.length();
    }

    /** Capital and x-heights measured on one line. */
    static final class Heights {
        final List<Integer> tall = new ArrayList<>(), small = new ArrayList<>();

        /** Adds the heights of {@code glyphs}, matched one to one with {@code counted}, except those at {@code skip}. */
        void add(String counted, List<int[]> glyphs, List<Integer> skipPositions, String text) {
            List<Integer> skip = new ArrayList<>();
            for (int pos : skipPositions) skip.add(countedIndex(text, pos));
            for (int g = 0; g < glyphs.size(); g++) {
                if (skip.contains(g)) continue;
                char c = counted.charAt(g);
                int h = glyphs.get(g)[3] - glyphs.get(g)[1];
                if (TALL.indexOf(c) >= 0) tall.add(h);
                else if (SHORT.indexOf(c) >= 0) small.add(h);
            }
        }

        /** Whether a glyph {@code h} high is a capital; null when the line gives no height to compare with. */
        Boolean capital(int h) {
            if (!tall.isEmpty() && !small.isEmpty()) return Math.abs(h - median(tall)) < Math.abs(h - median(small));
            if (!tall.isEmpty()) return h >= CAPITAL * median(tall);
            if (!small.isEmpty()) return h >= median(small) / CAPITAL;
            return null;
        }

        private static double median(List<Integer> v) {
            int[] s = v.stream().mapToInt(Integer::intValue).sorted().toArray();
            return s[s.length / 2];
        }
    }

    /** The capital and x-heights of the words beside word {@code i} on its line whose glyphs match their text. */
    private static Heights lineHeights(GreyImage page, List<TesseractEngine.Word> words, int i, List<Ruling> rulings) {
        TesseractEngine.Word w = words.get(i);
        int h = w.bottom() - w.top();
        double mid = (w.top() + w.bottom()) / 2.0;
        List<Integer> beside = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            TesseractEngine.Word o = words.get(k);
            if (k == i || o.bottom() <= o.top() || o.right() <= o.left()) continue;
            double omid = (o.top() + o.bottom()) / 2.0;
            if (Math.abs(omid - mid) > h / 2.0 || Math.abs(o.bottom() - o.top() - h) > h) continue;
            if (gap(w, o) > 20 * h) continue;
            beside.add(k);
        }
        beside.sort(Comparator.comparingInt(k -> gap(w, words.get(k))));
        Heights out = new Heights();
        for (int k : beside.subList(0, Math.min(2 * NEIGHBOURS, beside.size()))) {
            String counted = countedChars(words.get(k).text());
            if (counted == null || counted.isEmpty() || pairAt(words.get(k).text()) >= 0) continue;
            List<int[]> glyphs = glyphs(UnreadInk.wordCrop(page, words, k, rulings).image());
            if (glyphs.size() == counted.length()) out.add(counted, glyphs, List.of(), counted);
        }
        return out;
    }

    private static int gap(TesseractEngine.Word a, TesseractEngine.Word b) {
        return Math.max(0, Math.max(a.left() - b.right(), b.left() - a.right()));
    }
}
