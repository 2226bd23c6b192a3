package org.sinpdf.tabulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sinpdf.model.BoundingBox;
import org.sinpdf.model.Confidence;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Origin;
import org.sinpdf.model.Page;
import org.sinpdf.model.PageMethod;
import org.sinpdf.model.Table;
import org.sinpdf.model.TextChunk;

/**
 * Scanned typewritten pages: every character (the space too) takes one cell of the same width, so a
 * space between words is a whole cell, wider than an em of OCR ink; columns may stand one space
 * apart; leader dots between a label and its value come out of OCR as flat junk words.
 */
class TypewriterTabulationTest {
    /** Courier at 12 pt: 10 characters an inch. */
    static final double PITCH = 7.2;
    /** The blank at each side of a glyph in its cell. */
    static final double SIDE = 0.85;

    private final AutoTabulator auto = new AutoTabulator();
    private final TestContext ctx = new TestContext();

    private static final Pattern TOKEN = Pattern.compile("\\.{3,}|\\S+");

    /**
     * The OCR words of a typed line: {@code text} set on the character grid from {@code x0}, its
     * baseline at {@code baseline}. Ink hugs the glyphs: 8.4 high for capitals, digits and
     * ascenders, 6 for x-height words, 2.1 more below the baseline for descenders and commas. A run
     * of three dots or more is a leader, which OCR reads as a flat junk word.
     */
    static void typed(List<TextChunk> out, String text, double x0, double baseline) {
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            double l = x0 + m.start() * PITCH + SIDE, r = x0 + m.end() * PITCH - SIDE;
            if (t.startsWith("...")) {
                out.add(new TextChunk("Lecce", new BoundingBox(l, baseline - 1.9, r, baseline), Origin.OCR,
                        new Confidence(0.15), "", 1.9, false));
                continue;
            }
            double top = baseline - (t.matches(".*[A-Z0-9bdfhklt(].*") ? 8.4 : 6.0);
            double bottom = baseline + (t.matches(".*[gjpqy,].*") ? 2.1 : 0);
            out.add(new TextChunk(t, new BoundingBox(l, top, r, bottom), Origin.OCR, new Confidence(0.95), "",
                    bottom - top, false));
        }
    }

    private static Page ocrPage(List<TextChunk> words) {
        return new Page(1, 612, 792, 0, words, List.of(), PageMethod.OCR, "ocr", "pt");
    }

    private static List<Line> lines(List<TextChunk> chunks) {
        List<Line> lines = Line.group(chunks.stream().map(Word::new).toList());
        for (Line l : lines) l.split(1.0);
        return lines;
    }

    /** Running text of a typed report, a dozen lines (enough words to measure the pitch by). */
    private static void typedParagraph(List<TextChunk> out, double baseline) {
        String[] text = {
            "Sample sizes were computed for the proportions shown in the",
            "table below, for several values of the design effect of the",
            "survey. Larger design effects call for proportionally larger",
            "samples; the smallest sizes apply to simple random samples.",
        };
        for (String s : text) {
            typed(out, s, 72, baseline);
            baseline += 12.7;
        }
    }

    @Test
    void thePitchOfATypewrittenPageIsMeasuredFromItsWords() {
        List<TextChunk> words = new ArrayList<>();
        typedParagraph(words, 100);
        Pitch p = Pitch.of(lines(words));
        assertTrue(p.monospaced());
        assertEquals(PITCH, p.pitch(), 0.05);
        assertEquals(2 * SIDE, p.sideBlank(), 0.1);
        assertEquals(PITCH + 2 * SIDE, p.gap(1), 0.15);
    }

    @Test
    void proportionalTextIsNotMonospaced() {
        // widths by letter as in a proportional font, a space about half an average letter
        List<TextChunk> words = new ArrayList<>();
        String[] text = {"Sample sizes were computed for the proportions shown in the",
            "table below, for several values of the design effect of the",
            "survey. Larger design effects call for proportionally larger"};
        double top = 100;
        for (String s : text) {
            double x = 72;
            for (String w : s.split(" ")) {
                double width = 0;
                for (char ch : w.toCharArray()) width += "il.,;:tfjr".indexOf(ch) >= 0 ? 2.8 : "mwMW".indexOf(ch) >= 0 ? 9 : 5.6;
                words.add(new TextChunk(w, new BoundingBox(x, top, x + width, top + 8.4), Origin.OCR, new Confidence(0.95), "", 8.4, false));
                x += width + 3;
            }
            top += 12.7;
        }
        assertFalse(Pitch.of(lines(words)).monospaced());
        auto.tabulate(ocrPage(words), ctx);
        assertTrue(ctx.findings.stream().noneMatch(x -> x.code().equals("ocr-typewritten-page")));
    }

    @Test
    void evenWidthsWithSpacesNarrowerThanACellAreNotATypewriter() {
        // figures are one width in most fonts; and a space narrower than a character is no typewriter's
        List<TextChunk> words = new ArrayList<>();
        double top = 100;
        for (int line = 0; line < 6; line++) {
            double x = 60;
            for (String w : "Cases Charged under Sections cited above".split(" ")) {
                words.add(new TextChunk(w, new BoundingBox(x, top, x + 5 * w.length(), top + 7.5), Origin.OCR,
                        new Confidence(0.9), "", 7.5, false));
                x += 5 * w.length() + 3;
            }
            top += 14;
        }
        assertFalse(Pitch.of(lines(words)).monospaced());
    }

    @Test
    void aSpaceOnATypewrittenPageDoesNotPartPhrases() {
        List<TextChunk> words = new ArrayList<>();
        typedParagraph(words, 100);
        List<Line> lines = lines(words);
        Pitch p = Pitch.of(lines);
        assertTrue(p.monospaced());
        // one space is a whole cell plus the glyphs' side blanks: more than the em of OCR ink
        assertTrue(PITCH + 2 * SIDE > 8.4);
        for (Line l : lines) {
            l.split(1.0, p.gap(l, 1.5));
            assertEquals(1, l.phrases.size(), "one phrase: " + l.words.stream().map(w -> w.text).toList());
        }
        // a paragraph of running text makes no table
        assertTrue(auto.tabulate(ocrPage(words), ctx).isEmpty());
    }

    /** us-034's layout: proportions with leader dots, then design-effect columns one space apart where 1,040 stands. */
    private static final String[] SAMPLE_SIZES = {
        "                              Design effect",
        "  Proportion      1.0   1.1   1.2   1.3   1.4   1.5",
        "0.99 ..........   800   880   960 1,040 1,120 1,200",
        "0.95 ..........   160   176   192   208   224   240",
        "0.90 ..........    80    88    96   104   112   120",
        "0.85 ..........    53    59    64    69    75    80",
        "0.80 ..........    40    44    48    52    56    60",
        "0.75 ..........    32    35    38    42    45    48",
        "0.56-0.74 .....    30    33    36    39    42    45",
        "0.50 ..........    30    33    36    39    42    45",
        "0.01 ..........   800   880   960 1,040 1,120 1,200",
    };

    private List<Table> sampleSizes() {
        List<TextChunk> words = new ArrayList<>();
        typed(words, "Table 1. Recommended sample sizes for analyses of complex survey", 72, 80);
        typed(words, "data, by design effect and specified proportion", 72, 92.7);
        double baseline = 130;
        for (String s : SAMPLE_SIZES) {
            typed(words, s, 72, baseline);
            baseline += 12.7;
        }
        typedParagraph(words, baseline + 30);
        return auto.tabulate(ocrPage(words), ctx);
    }

    @Test
    void leaderDotsAreLeftOutWithAFinding() {
        List<Table> tables = sampleSizes();
        assertEquals(1, tables.size());
        Table t = tables.get(0);
        for (String[] row : t.grid()) {
            for (String cell : row) assertFalse(cell.contains("Lecce"), "leader junk in a cell: " + Arrays.toString(row));
        }
        Finding f = ctx.findings.stream().filter(x -> x.code().equals("ocr-leader-dots-dropped")).findFirst().orElseThrow();
        assertEquals(1, f.page());
        assertTrue(f.message().startsWith(SAMPLE_SIZES.length - 2 + " OCR words"), f.message());
        assertTrue(f.message().contains("Lecce"), f.message());
        Finding typewritten = ctx.findings.stream().filter(x -> x.code().equals("ocr-typewritten-page")).findFirst().orElseThrow();
        assertTrue(typewritten.message().contains("pitch 7.20 pt"), typewritten.message());
    }

    @Test
    void columnsOneSpaceApartBesideRaggedFiguresAreSeparated() {
        Table t = sampleSizes().get(0);
        assertEquals(7, t.columnCount(), "proportion and six design effects");
        String[][] g = t.grid();
        assertArrayEquals(new String[] {"0.99", "800", "880", "960", "1,040", "1,120", "1,200"}, g[g.length - 9]);
        assertArrayEquals(new String[] {"0.01", "800", "880", "960", "1,040", "1,120", "1,200"}, g[g.length - 1]);
        assertArrayEquals(new String[] {"Proportion", "1.0", "1.1", "1.2", "1.3", "1.4", "1.5"}, g[g.length - 10]);
    }

    @Test
    void aSpaceAtTheSamePlaceOnEveryLineIsNoColumnGap() {
        // "01 Aguascalientes" … "09 Chihuahua": the space falls in the same cell on every line, one space wide throughout
        String[] states = {"Aguascalientes", "Baja California", "Baja California Sur", "Campeche", "Coahuila", "Colima",
            "Chiapas", "Chihuahua"};
        List<TextChunk> words = new ArrayList<>();
        typed(words, "Entidad                    Poblacion", 72, 100);
        for (int i = 0; i < states.length; i++) {
            String label = String.format("%02d %s", i + 1, states[i]);
            typed(words, label + " ".repeat(27 - label.length()) + (700_000 + 137_911 * i), 72, 112 + 12 * i);
        }
        typedParagraph(words, 260);
        List<Table> tables = auto.tabulate(ocrPage(words), ctx);
        assertEquals(1, tables.size());
        Table t = tables.get(0);
        assertEquals(2, t.columnCount());
        assertArrayEquals(new String[] {"01 Aguascalientes", "700000"}, t.grid()[1]);
        assertArrayEquals(new String[] {"08 Chihuahua", "1665377"}, t.grid()[8]);
    }

    @Test
    void aSpaceInsideOneLongLabelIsNoColumnGap() {
        // us-035a's Table A.3: only one label is long enough to reach the spot
        List<TextChunk> words = new ArrayList<>();
        String[] rows = {
            "Status                      Sample   Percent     Weighted",
            "                              size                Percent",
            "Total                        39695     100.0        100.0",
            "Not interviewed               5701      14.4         18.2",
            "Interviewed, not examined     2683       6.8          7.5",
            "MEC examined                 30818      77.6         73.4",
            "Home examined                  493       1.2          0.8",
        };
        double baseline = 100;
        for (String s : rows) {
            typed(words, s, 72, baseline);
            baseline += 14;
        }
        typedParagraph(words, 260);
        Table t = auto.tabulate(ocrPage(words), ctx).get(0);
        assertEquals(4, t.columnCount());
        assertArrayEquals(new String[] {"Interviewed, not examined", "2683", "6.8", "7.5"}, t.grid()[t.rowCount() - 3]);
    }

    @Test
    void aJustifiedLineUnderATypewrittenTableStaysOut() {
        List<TextChunk> words = new ArrayList<>();
        double baseline = 100;
        for (String s : new String[] {"Under 1 year     0.0156     3,533,692", "1 - 2 years      0.0287     6,493,373",
            "3 - 5 years      0.0419     9,483,880", "6 - 11 years     0.0920    20,834,439"}) {
            typed(words, s, 72, baseline);
            baseline += 15;
        }
        // spaces widened to two here and there to reach the right margin
        typed(words, "Source:  1980 civilian  noninstitutionalized  population of the", 72, baseline + 12);
        typedParagraph(words, baseline + 60);
        Table t = auto.tabulate(ocrPage(words), ctx).get(0);
        assertEquals(4, t.rowCount());
        assertArrayEquals(new String[] {"6 - 11 years", "0.0920", "20,834,439"}, t.grid()[3]);
    }

    @Test
    void aFlatDashAndDotsRunIntoAValueAreText() {
        List<TextChunk> words = new ArrayList<>();
        typed(words, "Under 1 year   0.0156", 72, 100);
        // "1 - 2": OCR's box of the dash is flat and sits at mid-height
        typed(words, "1", 72, 115);
        words.add(new TextChunk("-", new BoundingBox(72 + 2 * PITCH + 1, 115 - 4, 72 + 3 * PITCH - 1, 115 - 2.8),
                Origin.OCR, new Confidence(0.4), "", 1.2, false));
        typed(words, "    2 years   0.0287", 72, 115);
        // dots read together with the value they lead to
        words.add(new TextChunk("..........0.006", new BoundingBox(72 + 12 * PITCH, 130 - 1.2, 72 + 28 * PITCH, 130),
                Origin.OCR, new Confidence(0.1), "", 1.2, false));
        typed(words, "Total", 72, 130);
        typed(words, "                              0.0419", 72, 130);
        List<Word> ws = words.stream().map(Word::new).toList();
        assertTrue(Leaders.find(ws, AutoTabulator.typicalSize(ws)).isEmpty());
    }

    @Test
    void tallJunkBesideLeaderRunsGoesWithThem() {
        // Tesseract's second reading of a line gives part of the dots a box as tall as the line
        List<TextChunk> words = new ArrayList<>();
        double baseline = 100;
        for (String s : new String[] {"0.99 ..........   800   880", "0.95 ..........   160   176",
            "0.90               80    88", "0.85 ..........    53    59"}) {
            typed(words, s, 72, baseline);
            baseline += 12.7;
        }
        TextChunk tall = new TextChunk("c..oooo", new BoundingBox(72 + 5 * PITCH, 125.4 - 11.5, 72 + 15 * PITCH, 125.4 + 1),
                Origin.OCR, new Confidence(0.0), "", 12.5, false);
        words.add(tall);
        List<Word> ws = words.stream().map(Word::new).toList();
        var found = Leaders.find(ws, AutoTabulator.typicalSize(ws));
        assertEquals(4, found.size());
        assertTrue(found.stream().anyMatch(w -> w.chunk == tall));
        // a confident word there would stay
        List<TextChunk> sure = new ArrayList<>(words);
        sure.remove(tall);
        sure.add(new TextChunk("approx", tall.box(), Origin.OCR, new Confidence(0.9), "", 12.5, false));
        List<Word> ws2 = sure.stream().map(Word::new).toList();
        assertEquals(3, Leaders.find(ws2, AutoTabulator.typicalSize(ws2)).size());
    }

    @Test
    void leaderDotsOnATextLayerAreLeftAlone() {
        List<TextChunk> words = new ArrayList<>();
        typed(words, "0.99 ..........   800   880", 72, 100);
        List<TextChunk> layer = words.stream().map(c -> new TextChunk(c.text(), c.box(), Origin.TEXT_LAYER,
                Confidence.CERTAIN, "Courier", 12, false)).toList();
        List<Word> ws = layer.stream().map(Word::new).toList();
        assertTrue(Leaders.find(ws, 8.4).isEmpty());
    }
}
