package org.sinpdf.normalize;

import java.util.regex.Pattern;

import org.sinpdf.model.Table;
import org.sinpdf.spi.Normalizer;
import org.sinpdf.spi.StageContext;

/**
 * Stage {@code join-wrapped}: joins the lines of cells whose text was wrapped in print.
 * <ul>
 *   <li>A soft hyphen at a line end: the word is joined and the hyphen dropped.</li>
 *   <li>"Presu-" + "puesto" (letter, hyphen, next line starting lower case): de-hyphenated to
 *       "Presupuesto" when {@code dehyphenate} (default).</li>
 *   <li>"Xalapa-" + "Enríquez" (next line not lower case): joined keeping the hyphen, no space.</li>
 *   <li>"$12,021," + "500.00" (digit and separator, next line a digit): joined without a space.</li>
 *   <li>Otherwise lines are joined with one space.</li>
 * </ul>
 * {@code joinSpacedHyphens} (off by default, it guesses) also turns "presu- puesto" on one line into
 * "presupuesto", for tabulators that already joined lines with a space.
 */
public final class JoinWrappedNormalizer implements Normalizer {
    public static final String ID = "join-wrapped";

    public record Options(boolean dehyphenate, boolean joinSpacedHyphens) {
        public static final Options DEFAULTS = new Options(true, false);
    }

    private static final Pattern SPACED_HYPHEN = Pattern.compile("(?<=\\p{Ll})[-\u2010] (?=\\p{Ll})");
    private final Options options;

    public JoinWrappedNormalizer(Options o) { this.options = o; }

    @Override public String id() { return ID; }

    @Override
    public Table normalize(Table table, StageContext ctx) {
        Table out = TableEdit.mapCells(table, c -> {
            String v = join(c.value());
            return v.equals(c.value()) ? c : c.withValue(v);
        });
        return out.withColumns(out.columns().stream().map(col -> col.withName(join(col.name()))).toList());
    }

    String join(String s) {
        String out = s;
        if (s.indexOf('\n') >= 0) {
            String[] lines = s.split("\n");
            StringBuilder acc = new StringBuilder(lines[0].strip());
            for (int i = 1; i < lines.length; i++) {
                String next = lines[i].strip();
                if (next.isEmpty()) continue;
                int n = acc.length();
                char last = n == 0 ? ' ' : acc.charAt(n - 1);
                char prev = n < 2 ? ' ' : acc.charAt(n - 2);
                int first = next.codePointAt(0);
                if (last == '\u00AD') {
                    acc.setLength(n - 1);
                    acc.append(next);
                } else if ((last == '-' || last == '\u2010') && Character.isLetter(prev)) {
                    if (options.dehyphenate() && Character.isLowerCase(first)) acc.setLength(n - 1);
                    acc.append(next);
                } else if ((last == ',' || last == '.') && Character.isDigit(prev) && Character.isDigit(first)) {
                    acc.append(next);
                } else {
                    if (n > 0) acc.append(' ');
                    acc.append(next);
                }
            }
            out = acc.toString().replace("\u00AD", "");
        }
        if (options.joinSpacedHyphens()) out = SPACED_HYPHEN.matcher(out).replaceAll("");
        return out;
    }
}
