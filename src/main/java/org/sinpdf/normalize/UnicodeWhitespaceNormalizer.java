package org.sinpdf.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sinpdf.model.Table;
import org.sinpdf.spi.StageContext;

/**
 * Stage {@code unicode-whitespace}: Unicode normalization (NFC by default) and whitespace clean-up of
 * every cell value. Unicode spaces (NBSP, thin, narrow) and tabs become one ASCII space, runs collapse,
 * lines are stripped and empty lines dropped; zero-width characters, BOMs and control characters go;
 * a soft hyphen survives only at a line end (where {@code join-wrapped} needs it); Latin ligature
 * characters (U+FB00–FB06: ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ), which text layers carry when a font drew a ligature glyph,
 * become their letters ({@code foldLigatures}, default true). Line breaks are
 * kept by default so that {@code join-wrapped} can de-hyphenate. {@code raw} is never touched.
 */
public final class UnicodeWhitespaceNormalizer implements org.sinpdf.spi.Normalizer {
    public static final String ID = "unicode-whitespace";

    /**
     * @param form           "NFC" (default) or "NFKC". NFKC also folds superscripts (¹ → 1) and
     *                       ligatures: run {@code footnotes} first if you choose it.
     * @param keepLineBreaks keep line breaks inside cells for {@code join-wrapped} (default true);
     *                       false joins lines with a space here
     * @param foldLigatures  ﬁ → fi and the other Latin ligatures (default true)
     */
    public record Options(String form, boolean keepLineBreaks, boolean foldLigatures) {
        public static final Options DEFAULTS = new Options("NFC", true, true);

        public Options {
            form = form == null ? "NFC" : form.toUpperCase(Locale.ROOT);
            if (!form.equals("NFC") && !form.equals("NFKC")) {
                throw new IllegalArgumentException(ID + ": form must be NFC or NFKC, not " + form);
            }
        }
    }

    private static final java.util.regex.Pattern SPACE_RUN = java.util.regex.Pattern.compile(" {2,}");
    private final Normalizer.Form form;
    private final boolean keepLineBreaks;
    private final boolean foldLigatures;

    public UnicodeWhitespaceNormalizer(Options o) {
        this.form = o.form().equals("NFKC") ? Normalizer.Form.NFKC : Normalizer.Form.NFC;
        this.keepLineBreaks = o.keepLineBreaks();
        this.foldLigatures = o.foldLigatures();
    }

    @Override public String id() { return ID; }

    @Override
    public Table normalize(Table table, StageContext ctx) {
        Table out = TableEdit.mapCells(table, c -> {
            String v = clean(c.value());
            return v.equals(c.value()) ? c : c.withValue(v);
        });
        // column names are text too (line breaks kept like the cells', for join-wrapped)
        return out.withColumns(out.columns().stream().map(col -> col.withName(clean(col.name()))).toList());
    }

    String clean(String s) {
        String n = Normalizer.normalize(s, form);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                if (i < n.length() && n.charAt(i) == '\n') i++;
                sb.append('\n');
            } else if (cp == '\n' || cp == '\u2028' || cp == '\u2029' || cp == '\u0085' || cp == '\u000B' || cp == '\f') {
                sb.append('\n');
            } else if (foldLigatures && cp >= 0xFB00 && cp <= 0xFB06) {
                sb.append(Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC));
            } else if (Texts.isSpace(cp)) {
                sb.append(' ');
            } else if (cp == '\u200B' || cp == '\u200C' || cp == '\u200D' || cp == '\u2060' || cp == '\uFEFF'
                    || (Character.getType(cp) == Character.CONTROL)) {
                // invisible: dropped
            } else {
                sb.appendCodePoint(cp);
            }
        }
        List<String> lines = new ArrayList<>();
        for (String line : sb.toString().split("\n", -1)) {
            String l = line.indexOf("  ") >= 0 ? SPACE_RUN.matcher(line).replaceAll(" ").strip() : line.strip();
            if (!l.isEmpty()) lines.add(l);
        }
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            boolean last = i == lines.size() - 1;
            // a soft hyphen is invisible except as a hyphenation point at a line end
            String body = l.endsWith("\u00AD") && !last ? l.substring(0, l.length() - 1).replace("\u00AD", "") + "\u00AD"
                    : l.replace("\u00AD", "");
            lines.set(i, body);
        }
        return String.join(keepLineBreaks ? "\n" : " ", lines);
    }
}
