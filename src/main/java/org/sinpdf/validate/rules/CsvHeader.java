package org.sinpdf.validate.rules;

import java.util.List;

/**
 * The header the CSV rules work with: the column names (synthetic "column N" when the file has
 * no header row), the line of the header (0 when there is none), and the datatypes the dataset's
 * CSVW metadata declares for the columns, by position ("" where none is declared).
 */
public record CsvHeader(List<String> names, long line, List<String> declaredTypes) {
    public CsvHeader {
        names = List.copyOf(names);
        declaredTypes = List.copyOf(declaredTypes);
    }

    public CsvHeader(List<String> names, long line) { this(names, line, List.of()); }

    /** The CSVW datatype declared for column {@code i}, or "". */
    public String declaredType(int i) { return i < declaredTypes.size() ? declaredTypes.get(i) : ""; }

    public int size() { return names.size(); }

    public boolean present() { return line > 0; }

    /** A column's name for messages: 'name' (column N). */
    public String label(int i) {
        if (i >= names.size()) return "column " + (i + 1);
        return "'" + names.get(i) + "' (column " + (i + 1) + ")";
    }
}
