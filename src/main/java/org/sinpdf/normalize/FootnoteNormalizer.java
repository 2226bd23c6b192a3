package org.sinpdf.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sinpdf.model.Finding;
import org.sinpdf.model.Severity;
import org.sinpdf.model.Table;
import org.sinpdf.spi.Normalizer;
import org.sinpdf.spi.StageContext;

/**
 * Stage {@code footnotes}: splits footnote markers from the end of cell values ("1,234.5¹" → "1,234.5",
 * "123 a/" → "123", "Total 1/" → "Total", "45*" → "45") and records each as an INFO finding
 * {@code footnote-marker} whose text is the marker. Markers: superscript digits (not ² ³ after m, as in
 * km²), asterisks, and — after a space — a letter or one/two digits followed by "/" (the "a/", "1/",
 * "p/", "e/" of Mexican statistics). A cell that would be left empty keeps its text.
 *
 * <p>OCR reads a superscript one after a figure as "!" ("$40,536,400,000.00¹" as
 * "$40,536,400,000.00!"); an exclamation mark right after a digit, in a cell without an opening
 * "¡", is taken as such a marker with the superscripts (its finding says so). An exclamation after a
 * figure is not something a table states.
 */
public final class FootnoteNormalizer implements Normalizer {
    public static final String ID = "footnotes";

    public record Options(boolean superscripts, boolean asterisks, boolean slashMarkers) {
        public static final Options DEFAULTS = new Options(true, true, true);
    }

    private static final Pattern SUPERSCRIPT = Pattern.compile("(?<!m)[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+$|(?<=m)[\u00B9\u2070\u2074-\u2079]+$");
    private static final Pattern ASTERISK = Pattern.compile("\\*+$");
    /** "!" right after a digit: how OCR reads a superscript "¹" after a figure. */
    private static final Pattern EXCLAMATION = Pattern.compile("(?<=\\d)!$");
    private static final Pattern SLASH = Pattern.compile("(?<=\\s)(?:\\p{L}|\\d{1,2})/$");

    private final Options options;

    public FootnoteNormalizer(Options o) { this.options = o; }

    @Override public String id() { return ID; }

    @Override
    public Table normalize(Table table, StageContext ctx) {
        List<Finding> findings = new ArrayList<>();
        Table out = TableEdit.mapCells(table, c -> {
            String v = c.value();
            if (v.isEmpty() || !maybeMarker(v.charAt(v.length() - 1)) || (v.endsWith("!") && v.indexOf('\u00A1') >= 0)) return c;
            List<String> markers = new ArrayList<>();
            for (boolean changed = true; changed; ) {
                changed = false;
                for (Pattern p : patterns()) {
                    Matcher m = p.matcher(v);
                    if (m.find()) {
                        String rest = v.substring(0, m.start()).strip();
                        if (rest.isEmpty()) continue;
                        markers.add(0, m.group());
                        v = rest;
                        changed = true;
                    }
                }
            }
            if (markers.isEmpty()) return c;
            for (String mk : markers) {
                findings.add(TableEdit.cellFinding(Severity.INFO, "footnote-marker",
                        "footnote marker '" + mk + "' split from '" + c.value() + "'"
                                + (mk.equals("!") ? " (a superscript read as '!')" : ""), ID, table, c, mk));
            }
            return c.withValue(v);
        });
        return TableEdit.plus(out, findings);
    }

    private static boolean maybeMarker(char last) {
        return last == '*' || last == '/' || last == '!' || last == '\u00B9' || last == '\u00B2' || last == '\u00B3'
                || last == '\u2070' || (last >= '\u2074' && last <= '\u2079');
    }

    private List<Pattern> patterns() {
        List<Pattern> ps = new ArrayList<>(3);
        if (options.superscripts()) {
            ps.add(SUPERSCRIPT);
            ps.add(EXCLAMATION);
        }
        if (options.asterisks()) ps.add(ASTERISK);
        if (options.slashMarkers()) ps.add(SLASH);
        return ps;
    }
}
