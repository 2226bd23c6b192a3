package org.sinpdf.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * ASCII identifiers for column headers, safe as XML element names, CSVW column names and KML
 * {@code SimpleField} names. Rules, applied in order:
 * <ol>
 *   <li>accents are removed (NFD, combining marks dropped: "Año" → "ano", "Ñ" → "n"), lower case;</li>
 *   <li>"%" becomes "pct"; every run of other characters outside {@code [a-z0-9]} becomes one "_";
 *       leading/trailing "_" are trimmed;</li>
 *   <li>an empty result becomes {@code columna_N} (N = 1-based column);</li>
 *   <li>a name starting with a digit, or with "xml" (reserved in XML), gets the prefix "c_";</li>
 *   <li>duplicates get "_2", "_3", ... in column order.</li>
 * </ol>
 * The result matches {@code [a-z][a-z0-9_]*}, never starts with "xml" and is unique.
 */
final class FieldNames {
    private FieldNames() {}

    static List<String> of(List<String> headers) {
        List<String> out = new ArrayList<>(headers.size());
        Set<String> used = new HashSet<>();
        for (int i = 0; i < headers.size(); i++) {
            String base = one(headers.get(i), i + 1);
            String name = base;
            for (int n = 2; !used.add(name); n++) name = base + "_" + n;
            out.add(name);
        }
        return List.copyOf(out);
    }

    static String one(String header, int oneBasedColumn) {
        String s = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace("%", "_pct_");
        StringBuilder b = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
                if (gap && b.length() > 0) b.append('_');
                b.append(ch);
                gap = false;
            } else {
                gap = true;
            }
        }
        String name = b.length() == 0 ? "columna_" + oneBasedColumn : b.toString();
        if (Character.isDigit(name.charAt(0)) || name.startsWith("xml")) name = "c_" + name;
        return name;
    }
}
