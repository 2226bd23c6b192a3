package org.sinpdf.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinpdf.model.Ruling;

class RuleBarsTest {
    private static TesseractEngine.Word word(String t, int left, int right) {
        return new TesseractEngine.Word(t, left, 100, right, 130, 80f);
    }

    @Test
    void wordCrossedByRulesIsSplitAtTheBars() {
        // "|PBUK|1996|" over x 100..210: bars at characters 0, 5, 10
        List<Ruling> rulings = List.of(new Ruling(104, 50, 104, 300), new Ruling(152, 50, 152, 300), new Ruling(208, 50, 208, 300));
        List<TesseractEngine.Word> parts = RuleBars.split(word("|PBUK|1996|", 100, 210), rulings);
        assertEquals(List.of("PBUK", "1996"), parts.stream().map(TesseractEngine.Word::text).toList());
        assertEquals(110, parts.get(0).left());
        assertEquals(150, parts.get(0).right());
        assertEquals(160, parts.get(1).left());
        assertEquals(80f, parts.get(1).confidence());
    }

    @Test
    void barsWithoutARuleAreKept() {
        List<TesseractEngine.Word> parts = RuleBars.split(word("a|b", 100, 130), List.of(new Ruling(400, 50, 400, 300)));
        assertEquals(List.of("a|b"), parts.stream().map(TesseractEngine.Word::text).toList());
    }

    @Test
    void edgeBarsOfNumbersAndEnclosedWordsAreTrimmedWithoutARule() {
        List<Ruling> none = List.of();
        assertEquals(List.of("0.3"), RuleBars.split(word("0.3|", 100, 140), none).stream().map(TesseractEngine.Word::text).toList());
        TesseractEngine.Word oxirm = RuleBars.split(word("|OXIRM|", 100, 170), none).get(0);
        assertEquals("OXIRM", oxirm.text());
        assertEquals(110, oxirm.left());
        assertEquals(160, oxirm.right());
        assertEquals(List.of("|Total"), RuleBars.split(word("|Total", 100, 160), none).stream().map(TesseractEngine.Word::text).toList(),
                "a bar on one side of a word may be meant");
        assertEquals(List.of("|"), RuleBars.split(word("|", 100, 104), none).stream().map(TesseractEngine.Word::text).toList());
    }

    @Test
    void wordsWithoutBarsAreUntouched() {
        TesseractEngine.Word w = word("1996", 100, 140);
        assertEquals(List.of(w), RuleBars.split(w, List.of(new Ruling(120, 50, 120, 300))));
    }

    @Test
    void bracketGluedToANumberAtARuleIsDropped() {
        // us-035a: the column rule right after "3,223,816" read as "]"
        List<Ruling> rule = List.of(new Ruling(945, 50, 945, 3000));
        TesseractEngine.Word w = RuleBars.split(word("816]", 870, 950), rule).get(0);
        assertEquals("816", w.text());
        assertEquals(870, w.left());
        assertEquals(930, w.right());
        // without a rule, or when not a number, or enclosed, the brackets stay
        assertEquals("816]", RuleBars.split(word("816]", 870, 950), List.of()).get(0).text());
        assertEquals("[ee]", RuleBars.split(word("[ee]", 870, 950), rule).get(0).text());
        assertEquals("[1]", RuleBars.split(word("[1]", 900, 950), rule).get(0).text());
    }

    @Test
    void bracketAFewPixelsBeforeTheRuleIsDroppedToo() {
        // the rule detected 15 px right of the "]" ink (half a line height): still the rule
        List<Ruling> rule = List.of(new Ruling(1504, 50, 1504, 3000));
        assertEquals("2,375,849", RuleBars.split(word("2,375,849]", 1293, 1489), rule).get(0).text());
    }

    @Test
    void boxReachingOverARuleIsStoppedAtIt() {
        List<Ruling> rule = List.of(new Ruling(1504, 50, 1504, 3000));
        TesseractEngine.Word w = RuleBars.clip(word("1,371,235", 1295, 1515), rule);
        assertEquals("1,371,235", w.text());
        assertEquals(1295, w.left());
        assertEquals(1503, w.right());
        // a rule through the middle of a word is not its edge; a rule that ends above the word does not count
        TesseractEngine.Word middle = word("Total", 1400, 1600);
        assertEquals(middle, RuleBars.clip(middle, rule));
        TesseractEngine.Word below = new TesseractEngine.Word("1,371,235", 1295, 3100, 1515, 3130, 80f);
        assertEquals(below, RuleBars.clip(below, rule));
        // at the left edge
        assertEquals(1505, RuleBars.clip(word("40", 1500, 1540), rule).left());
    }
}
