package org.sinpdf.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Word boxes as Tesseract gives them at 300 dpi (pixels), modelled on the scanned ICDAR 2013 pages
 * us-034 (monospaced "1,(gap)200" between right-aligned columns) and us-035a (letter-spaced
 * "3, 223, 816" and "0. 0156").
 */
class SplitNumbersTest {
    /** A word on the line of digit height 36 px (top 1000). */
    private static TesseractEngine.Word w(String t, int left, int right, float conf) {
        boolean descender = t.endsWith(",");
        return new TesseractEngine.Word(t, left, 1000, right, descender ? 1042 : 1036, conf);
    }

    private static TesseractEngine.Word w(String t, int left, int right) { return w(t, left, right, 90f); }

    private static List<String> texts(List<TesseractEngine.Word> ws) {
        return ws.stream().map(TesseractEngine.Word::text).toList();
    }

    @Test void numberSplitAfterTheThousandsCommaIsJoinedWithTheLowerConfidence() {
        // us-034: "1,040 1,120 1, 200 1, 280" — column gaps of 37 px, splits of 22-25 px
        List<TesseractEngine.Word> line = List.of(w("1,040", 1533, 1675), w("1,120", 1712, 1854),
                w("1,", 1892, 1929, 88f), w("200", 1954, 2033, 95f), w("1,", 2075, 2108), w("280", 2133, 2217));
        List<TesseractEngine.Word> out = SplitNumbers.join(line);
        assertEquals(List.of("1,040", "1,120", "1,200", "1,280"), texts(out));
        TesseractEngine.Word joined = out.get(2);
        assertEquals(1892, joined.left());
        assertEquals(2033, joined.right());
        assertEquals(1042, joined.bottom());
        assertEquals(88f, joined.confidence());
    }

    @Test void numberSplitAtEverySeparatorIsJoinedWhole() {
        // us-035a: "3, 223, 816" after a label, gaps of 19-24 px
        List<TesseractEngine.Word> line = List.of(w("2", 312, 329), w("years", 354, 458), w("3,", 733, 762),
                w("223,", 787, 850), w("816", 871, 933), w("42", 975, 1016));
        assertEquals(List.of("2", "years", "3,223,816", "42"), texts(SplitNumbers.join(line)));
    }

    @Test void decimalSplitAfterThePointIsJoined() {
        List<TesseractEngine.Word> line = List.of(w("year", 487, 566), w("0.", 820, 851), w("0156", 880, 1000),
                w("3,", 1530, 1560), w("533,", 1590, 1660), w("692", 1690, 1760));
        assertEquals(List.of("year", "0.0156", "3,533,692"), texts(SplitNumbers.join(line)));
    }

    @Test void separatorReadAsAWordOfItsOwnIsJoined() {
        assertEquals(List.of("1.5"), texts(SplitNumbers.join(List.of(w("1", 100, 118), w(".", 126, 132), w("5", 140, 160)))));
        assertEquals(List.of("1,200"), texts(SplitNumbers.join(List.of(w("1", 100, 118), w(",200", 130, 220)))));
    }

    @Test void listsAreNotJoined() {
        List<TesseractEngine.Word> list = List.of(w("1,", 100, 125), w("2,", 145, 170), w("3", 190, 208));
        assertEquals(List.of("1,", "2,", "3"), texts(SplitNumbers.join(list)));
        List<TesseractEngine.Word> years = List.of(w("1995,", 100, 200), w("1996.", 215, 320));
        assertEquals(List.of("1995,", "1996."), texts(SplitNumbers.join(years)));
    }

    @Test void numberFollowedByTextIsNotJoined() {
        // "1. 200 people", "in 2010. 5 of": prose or a label, not a figure
        List<TesseractEngine.Word> prose = List.of(w("1.", 100, 125), w("200", 140, 210), w("people", 228, 360));
        assertEquals(List.of("1.", "200", "people"), texts(SplitNumbers.join(prose)));
    }

    @Test void columnGapAfterASeparatorIsNotJoined() {
        // a cell ending in "1," and the next column's "200" one and a half digit heights away
        List<TesseractEngine.Word> line = List.of(w("1,", 100, 125), w("200", 180, 250));
        List<TesseractEngine.Word> in = new ArrayList<>(line);
        assertSame(in, SplitNumbers.join(in));
    }

    @Test void wordsOnAnotherLineAreNotJoined() {
        TesseractEngine.Word above = new TesseractEngine.Word("1,", 100, 900, 125, 942, 90f);
        List<TesseractEngine.Word> ws = List.of(above, w("200", 140, 210));
        assertEquals(List.of("1,", "200"), texts(SplitNumbers.join(ws)));
    }

    @Test void twoColumnsOfWholeNumbersStayApart() {
        // no separator at the gap: "12" and "3,456" close together are two cells
        List<TesseractEngine.Word> line = List.of(w("12", 100, 140), w("3,456", 160, 280));
        assertEquals(List.of("12", "3,456"), texts(SplitNumbers.join(line)));
    }

    @Test void spacesInsideAReadingOfANumberAreTakenOut() {
        TesseractEngine.Word spaced = w("1, 904, 641", 100, 300);
        assertEquals("1,904,641", SplitNumbers.collapse(spaced).text());
        assertEquals("1,904,641", SplitNumbers.join(List.of(spaced)).get(0).text());
        TesseractEngine.Word letters = w("O. 01", 100, 200);
        assertSame(letters, SplitNumbers.collapse(letters));
        TesseractEngine.Word list = w("1, 2", 100, 200);
        assertSame(list, SplitNumbers.collapse(list));
    }

    @Test void wellFormedNumbers() {
        for (String s : List.of("1,200", "3,223,816", "1,200.50", "0.0156", "(1,200)", "-0.5", "$1,200", "12.5%")) {
            assertEquals(true, SplitNumbers.wellFormed(s), s);
        }
        for (String s : List.of("1,2", "1995,1996.", "1,20", "12,3456", "1.2.3", "2010.5", "1,", "200")) {
            assertEquals(false, SplitNumbers.wellFormed(s), s);
        }
    }
}
