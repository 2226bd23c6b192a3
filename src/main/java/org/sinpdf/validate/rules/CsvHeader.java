package org.sinpdf.validate.rules;

import java.util.List;

/**
 * The header the CSV rules work with: the column names (synthetic "column N" when the file has
 * no header row), and the line of the header (0 when there is none).
 */
public record CsvHeader(List<String> names, long line) {
    public CsvHeader { names = List.copyOf(names); }

    public int size() { return names.size(); }

    public boolean present() { return line > 0; }

    /** A column's name for messages: 'name' (column N). */
    public String label(int i) {
        if (i >= names.size()) return "column " + (i + 1);
        return "'" + names.get(i) + "' (column " + (i + 1) + ")";
    }
}
