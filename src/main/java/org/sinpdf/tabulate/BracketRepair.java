package org.sinpdf.tabulate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sinpdf.model.Cell;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Severity;
import org.sinpdf.model.Table;

/**
 * Bracketed codes that OCR read broken, restored from the same code read whole elsewhere in the
 * document. Tables repeat short bracketed codes in many cells ("Spelling (WJIII)", "Monto (MDP)");
 * Tesseract often reads a final "I)" as one "D" ("(WJIID"), loses or swaps one of a run of upright
 * strokes ("(WJID", "(WJUD", "(WJIIT)"), or takes the bracket for another glyph ("(SEP]"). A word is
 * restored only when all of these hold:
 * <ul>
 * <li>it is an OCR word of letters (no digits: a number is never changed) that opens a bracket;</li>
 * <li>the same document has cells holding a bracketed code read whole, in brackets, letters only
 *     ("(WJIII)"), verbatim at least once;</li>
 * <li>the word is that code read with its closing bracket broken (no closing bracket follows in its
 *     cell; its last glyph is "D" for "I)", or "J", "]", "}", "|" for ")"), read that way it is the code
 *     exactly, or differs from it in one upright-stroke glyph (I, l, 1, |, i, T, U, J, !) added, dropped
 *     or swapped, the code then having a support of at least {@value #MIN_SUPPORT} (its verbatim
 *     readings plus the broken ones that read as exactly it);</li>
 * <li>or the word closes its bracket but differs from the code by one stroke swapped for another, the
 *     code has at least {@value #MIN_SWAP_LENGTH} letters and at least three times the word's support
 *     (and {@value #MIN_SUPPORT}): "(WJIIT)" once against "(WJIII)" 24 times; short codes ("(II)",
 *     "(IT)", roman numerals) are never swapped;</li>
 * <li>exactly one code fits (else the word is left alone).</li>
 * </ul>
 * A restored cell keeps its position and confidence, gets the flag {@value #FLAG}, and its table a
 * WARNING finding listing what was read and what it became, so the change can be reviewed and undone.
 * Cells of the text layer (confidence 1) are never touched.
 */
final class BracketRepair {
    static final String FLAG = "ocr-bracket-repaired";

    /** Glyphs made of one upright stroke, which OCR confuses with one another. */
    private static final String STROKES = "Il1|iTUJ!";
    private static final Pattern WHOLE = Pattern.compile("\\((\\p{L}[\\p{L}.&/-]*)\\)([.,;:]?)");
    private static final Pattern OPEN = Pattern.compile("\\((\\p{L}[\\p{L}.&/-]*)([\\]}|]?)([.,;:]?)");

    /** Least support (readings anywhere in the document) of a code a word differing by a stroke is restored to. */
    static final int MIN_SUPPORT = 3;
    /** A word that closes its bracket is restored only when its code has at least this many letters. */
    static final int MIN_SWAP_LENGTH = 4;

    private BracketRepair() {}

    /** The tables with broken bracketed codes restored (the same list when nothing changed). */
    static List<Table> repair(List<Table> tables) {
        Map<String, Integer> codes = new HashMap<>(); // inner text of whole codes -> verbatim count
        for (Table t : tables) {
            for (Cell c : t.cells()) {
                if (!ocr(c)) continue;
                for (String w : c.raw().split("\\s+")) {
                    Matcher m = WHOLE.matcher(w);
                    if (m.matches()) codes.merge(m.group(1), 1, Integer::sum);
                }
            }
        }
        if (codes.isEmpty()) return tables;
        // a code's support: its verbatim readings, and the broken ones that read as exactly it
        Map<String, Integer> support = new HashMap<>(codes);
        for (Table t : tables) {
            for (Cell c : t.cells()) {
                if (!ocr(c)) continue;
                String[] words = c.raw().split(" ", -1);
                for (int i = 0; i < words.length; i++) {
                    if (!words[i].startsWith("(") || closedLater(words, i)) continue;
                    for (String r : readings(words[i])) if (codes.containsKey(r)) support.merge(r, 1, Integer::sum);
                }
            }
        }
        List<Table> out = new ArrayList<>(tables.size());
        boolean changed = false;
        for (Table t : tables) {
            Map<String, Integer> done = new LinkedHashMap<>();
            List<Cell> cells = new ArrayList<>(t.cells().size());
            int n = 0;
            for (Cell c : t.cells()) {
                String fixed = ocr(c) ? repairCell(c.raw(), support, done) : c.raw();
                if (fixed.equals(c.raw())) {
                    cells.add(c);
                } else {
                    n++;
                    String value = c.value().equals(c.raw()) ? fixed : c.value();
                    cells.add(new Cell(c.row(), c.col(), c.rowSpan(), c.colSpan(), fixed, value, c.confidence(),
                            c.box(), c.page(), c.flags()).withFlag(FLAG));
                }
            }
            if (n == 0) {
                out.add(t);
                continue;
            }
            changed = true;
            List<String> what = new ArrayList<>();
            done.forEach((k, v) -> what.add(k + (v > 1 ? " ×" + v : "")));
            out.add(t.withCells(cells).plusFinding(new Finding(Severity.WARNING, FLAG, String.format(Locale.ROOT,
                    "%d cell(s) had a bracketed code OCR read broken, restored from the same code read whole elsewhere "
                            + "in the document (flagged %s): %s", n, FLAG, String.join(", ", what)),
                    "auto", 0, t.id(), 0, 0, "")));
        }
        return changed ? out : tables;
    }

    private static boolean ocr(Cell c) { return c.confidence().value() < 1.0; }

    /** {@code text} with each broken code restored; {@code done} counts "'read' → 'restored'". */
    static String repairCell(String text, Map<String, Integer> codes, Map<String, Integer> done) {
        String[] words = text.split(" ", -1);
        boolean any = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (!w.startsWith("(") || w.chars().anyMatch(Character::isDigit)) continue;
            String code = restore(w, closedLater(words, i), codes);
            if (code == null) continue;
            done.merge("'" + w + "' → '" + code + "'", 1, Integer::sum);
            words[i] = code;
            any = true;
        }
        return any ? String.join(" ", words) : text;
    }

    private static boolean closedLater(String[] words, int i) {
        for (int k = i + 1; k < words.length; k++) if (words[k].indexOf(')') >= 0) return true;
        return false;
    }

    /** The whole code {@code word} is a broken reading of, or null. */
    static String restore(String word, boolean closedLater, Map<String, Integer> codes) {
        Matcher whole = WHOLE.matcher(word);
        if (whole.matches()) {
            String inner = whole.group(1);
            int seen = codes.getOrDefault(inner, 0);
            if (inner.length() < MIN_SWAP_LENGTH) return null;
            String best = null;
            for (Map.Entry<String, Integer> e : codes.entrySet()) {
                String k = e.getKey();
                if (k.equals(inner) || k.length() != inner.length() || e.getValue() < Math.max(MIN_SUPPORT, 3 * seen)
                        || !oneStroke(inner, k)) {
                    continue;
                }
                if (best != null) return null; // ambiguous
                best = k;
            }
            return best == null ? null : "(" + best + ")" + whole.group(2);
        }
        if (closedLater) return null;
        Matcher open = OPEN.matcher(word);
        if (!open.matches()) return null;
        String tail = open.group(3);
        List<String> readings = readings(word);
        String best = null;
        for (String r : readings) {
            if (codes.containsKey(r)) return "(" + r + ")" + tail;
            for (Map.Entry<String, Integer> e : codes.entrySet()) {
                String k = e.getKey();
                if (e.getValue() < MIN_SUPPORT || !oneStroke(r, k)) continue;
                if (best != null && !best.equals(k)) return null; // ambiguous
                best = k;
            }
        }
        return best == null ? null : "(" + best + ")" + tail;
    }

    /** What an unclosed bracketed word may have read: its letters with the closing bracket put back. */
    static List<String> readings(String word) {
        Matcher open = OPEN.matcher(word);
        if (!open.matches()) return List.of();
        String inner = open.group(1), glyph = open.group(2);
        if (!glyph.isEmpty()) return List.of(inner); // "(SEP]": the bracket read as another glyph
        if (inner.length() >= 2 && inner.endsWith("D")) {
            return List.of(inner.substring(0, inner.length() - 1) + "I"); // "I)" read as "D"
        }
        if (inner.length() >= 3 && inner.endsWith("J")) return List.of(inner.substring(0, inner.length() - 1)); // ")" as "J"
        return List.of();
    }

    /**
     * Whether {@code a} and {@code b} differ by exactly one upright-stroke glyph added, dropped or
     * swapped for another (both strokes), everything else identical.
     */
    static boolean oneStroke(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) return false;
        int p = 0;
        while (p < a.length() && p < b.length() && a.charAt(p) == b.charAt(p)) p++;
        if (a.length() == b.length()) {
            return stroke(a.charAt(p)) && stroke(b.charAt(p)) && a.substring(p + 1).equals(b.substring(p + 1));
        }
        String longer = a.length() > b.length() ? a : b, shorter = longer == a ? b : a;
        // the extra glyph may sit anywhere in a run of equal glyphs; p is its first possible place
        return stroke(longer.charAt(p)) && longer.substring(p + 1).equals(shorter.substring(p));
    }

    private static boolean stroke(char c) { return STROKES.indexOf(c) >= 0; }
}
