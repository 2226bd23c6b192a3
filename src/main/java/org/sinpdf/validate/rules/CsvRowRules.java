package org.sinpdf.validate.rules;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sinpdf.model.Severity;
import org.sinpdf.validate.Reporter;
import org.sinpdf.validate.Rules;

/** The CSV row rules (structure and content), in the order they see each row. */
public final class CsvRowRules {
    private CsvRowRules() {}

    /** Every row rule; the header, title-row, quoting and delimiter rules live in {@link CsvChecker}. */
    public static final List<CsvRule> ALL = List.of(new RaggedRow(), new BlankRow(), new MergedCells(), new TotalRow(),
            new NumberFormat(), new DateFormat(), new MixedTypes(), new InegiCode(), new DuplicateRow());

    abstract static class Base implements CsvRule {
        final Rules.Def def;

        Base(Rules.Def def) { this.def = def; }

        @Override public String id() { return def.id(); }
        @Override public Severity defaultSeverity() { return def.defaultSeverity(); }
        @Override public String description() { return def.description(); }
    }

    static final class RaggedRow extends Base {
        RaggedRow() { super(Rules.CSV_RAGGED_ROW); }

        @Override
        public Check start(CsvHeader header, Reporter r) {
            int width = header.size();
            return row -> {
                if (row.size() == width || row.nonBlankCount() == 0) return;
                int col = Math.min(row.size(), width) + 1;
                String excerpt = row.size() > width ? row.field(width) : row.field(row.size() - 1);
                r.report(def, row.line(), col, "row has " + row.size() + " fields, the header has " + width
                        + (row.size() > width ? ": remove the extra fields or quote values that contain commas"
                        : ": add the missing (empty) fields"), excerpt);
            };
        }
    }

    static final class BlankRow extends Base {
        BlankRow() { super(Rules.CSV_BLANK_ROW); }

        @Override
        public Check start(CsvHeader header, Reporter r) {
            return row -> {
                if (row.nonBlankCount() == 0) {
                    r.report(def, row.line(), 1, "blank row: remove blank separator rows", "");
                }
            };
        }
    }

    static final class MergedCells extends Base {
        MergedCells() { super(Rules.CSV_MERGED_CELLS); }

        @Override
        public Check start(CsvHeader header, Reporter r) {
            int width = header.size();
            return new Check() {
                private boolean previousFirstFilled;
                private String previousFirst = "";
                private boolean inRun;

                @Override
                public void row(CsvRow row) {
                    int n = row.size();
                    int nonBlank = row.nonBlankCount();
                    if (nonBlank == 0) return;
                    if (width >= 3 && n >= 3 && nonBlank == 1 && !row.blank(0) && row.kind(0) == CellKind.TEXT) {
                        r.report(def, row.line(), 1, "row holds a single value, like a group label on merged cells: "
                                + "put the group in its own column on every row", row.field(0));
                        inRun = false;
                        previousFirstFilled = false;
                        return;
                    }
                    boolean firstBlank = row.blank(0);
                    if (width >= 3 && n >= 3 && firstBlank && !row.blank(1)) {
                        if (previousFirstFilled && !inRun) {
                            r.report(def, row.line(), 1, "first column " + header.label(0) + " is blank under '"
                                    + Reporter_excerpt(previousFirst) + "', like a vertically merged cell: repeat the value "
                                    + "on every row", "");
                            inRun = true;
                        }
                        return;
                    }
                    inRun = false;
                    previousFirstFilled = !firstBlank;
                    if (previousFirstFilled) previousFirst = row.field(0);
                }
            };
        }

        private static String Reporter_excerpt(String s) { return s.length() > 30 ? s.substring(0, 30) + "…" : s.strip(); }
    }

    static final class TotalRow extends Base {
        private static final Set<String> WORDS = Set.of("total", "totales", "subtotal", "subtotales", "suma", "sumas",
                "sum", "grand");

        TotalRow() { super(Rules.TOTAL_ROW); }

        @Override
        public Check start(CsvHeader header, Reporter r) {
            return row -> {
                int n = Math.min(row.size(), 3);
                for (int i = 0; i < n; i++) {
                    if (row.blank(i) || row.kind(i) != CellKind.TEXT) continue;
                    if (isTotal(row.field(i))) {
                        r.report(def, row.line(), i + 1, "total row: totals are derived data; remove the row "
                                + "(users compute totals themselves)", row.field(i));
                    }
                    return; // only the first text cell names the row
                }
            };
        }

        static boolean isTotal(String s) {
            String t = s.strip().toLowerCase(Locale.ROOT);
            if (t.length() > 40) return false;
            int end = 0;
            while (end < t.length() && (Character.isLetter(t.charAt(end)) || t.charAt(end) == '-')) end++;
            String word = t.substring(0, end).replace("-", "");
            if (word.equals("gran") || word.equals("grand")) return t.contains("total");
            return WORDS.contains(word) && !word.equals("grand");
        }
    }

    static final class NumberFormat extends Base {
        NumberFormat() { super(Rules.NUMBER_FORMAT); }

        @Override
        public Check start(CsvHeader header, Reporter r) {
            return row -> {
                for (int i = 0; i < row.size(); i++) {
                    if (row.kind(i) == CellKind.FORMATTED_NUMBER) {
                        r.report(def, row.line(), i + 1, header.label(i) + ": " + CellKind.numberAdvice(row.field(i)),
                                row.field(i));
                    }
                }
            };
        }
    }

    static final class DateFormat extends Base {
        DateFormat() { super(Rules.DATE_FORMAT); }

        @Override
        public Check start(CsvHeader header, Reporter r) {
            return row -> {
                for (int i = 0; i < row.size(); i++) {
                    if (row.kind(i) == CellKind.OTHER_DATE) {
                        r.report(def, row.line(), i + 1, header.label(i) + ": " + CellKind.dateAdvice(row.field(i)),
                                row.field(i));
                    }
                }
            };
        }
    }

    /**
     * A column is numeric or date when most of its non-blank cells are; its cells of another
     * family are then reported (first line of each, and how many). Text columns may hold digits.
     */
    static final class MixedTypes extends Base {
        MixedTypes() { super(Rules.MIXED_TYPES); }

        @Override
        public Check start(CsvHeader header, Reporter r) {
            int width = header.size();
            long[][] count = new long[width][3];
            long[] yearLike = new long[width];
            long[][] firstLine = new long[width][3];
            String[][] firstValue = new String[width][3];
            return new Check() {
                @Override
                public void row(CsvRow row) {
                    int n = Math.min(width, row.size());
                    for (int i = 0; i < n; i++) {
                        byte k = row.kind(i);
                        if (k == CellKind.BLANK) continue;
                        int f = CellKind.family(k);
                        if (count[i][f]++ == 0) {
                            firstLine[i][f] = row.line();
                            firstValue[i][f] = row.field(i);
                        }
                        if (k == CellKind.INTEGER && isYear(row.field(i))) yearLike[i]++;
                    }
                }

                @Override
                public void end() {
                    for (int i = 0; i < width; i++) {
                        long[] c = count[i].clone();
                        if (c[CellKind.FAMILY_DATE] > 0) { // a year is an ISO 8601 date when dates are around
                            c[CellKind.FAMILY_NUMBER] -= yearLike[i];
                            c[CellKind.FAMILY_DATE] += yearLike[i];
                        }
                        int major = c[CellKind.FAMILY_NUMBER] >= c[CellKind.FAMILY_DATE] ? CellKind.FAMILY_NUMBER
                                : CellKind.FAMILY_DATE;
                        long others = c[0] + c[1] + c[2] - c[major];
                        if (c[major] <= c[CellKind.FAMILY_TEXT] || others == 0) continue;
                        for (int f = 0; f < 3; f++) {
                            if (f == major || c[f] == 0) continue;
                            r.report(def, firstLine[i][f], i + 1, header.label(i) + " holds " + CellKind.familyName(major)
                                    + " but " + c[f] + " cell(s) hold " + CellKind.familyName(f) + " (first shown): one type "
                                    + "per column; leave missing values empty instead of writing a placeholder",
                                    firstValue[i][f]);
                        }
                    }
                }
            };
        }

        private static boolean isYear(String s) {
            String t = s.strip();
            return t.length() == 4 && (t.charAt(0) == '1' || t.charAt(0) == '2');
        }
    }

    /** Columns named like INEGI keys (cve_ent, clave_municipio, cvegeo, ...) must keep their leading zeros. */
    static final class InegiCode extends Base {
        InegiCode() { super(Rules.INEGI_CODE); }

        @Override
        public Check start(CsvHeader header, Reporter r) {
            int width = header.size();
            int[] digits = new int[width];
            boolean any = false;
            for (int i = 0; i < width; i++) {
                digits[i] = expectedDigits(header.names().get(i));
                any |= digits[i] != 0;
            }
            if (!any) return row -> {};
            return row -> {
                int n = Math.min(width, row.size());
                for (int i = 0; i < n; i++) {
                    if (digits[i] == 0 || row.blank(i)) continue;
                    String v = row.field(i).strip();
                    boolean allDigits = true;
                    for (int k = 0; k < v.length() && allDigits; k++) allDigits = v.charAt(k) >= '0' && v.charAt(k) <= '9';
                    int want = digits[i];
                    boolean ok = allDigits && (v.length() == want || (want == 5 && v.length() == 9));
                    if (ok) continue;
                    String msg;
                    if (allDigits && v.length() < want || (want == 5 && allDigits && v.length() == 8)) {
                        int pad = want == 5 && v.length() > 5 ? 9 : want;
                        msg = header.label(i) + ": INEGI code lost its leading zeros: write "
                                + "0".repeat(pad - v.length()) + v + " (" + pad + " digits) and keep the column as text";
                    } else {
                        msg = header.label(i) + ": malformed INEGI code: expected " + (want == 5 ? "5 or 9" : want)
                                + " digits";
                    }
                    r.report(def, row.line(), i + 1, msg, v);
                }
            };
        }

        /** 2 state, 3 municipality, 4 locality, 5 (or 9) cvegeo, 0 not an INEGI key column. */
        static int expectedDigits(String name) {
            String n = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
            if (n.equals("cvegeo") || n.equals("cve_geo") || n.equals("clave_geoestadistica")) return 5;
            boolean key = n.startsWith("cve_") || n.startsWith("clave_") || n.startsWith("cve") && n.length() <= 8;
            if (!key) return 0;
            String rest = n.replaceFirst("^(cve|clave)_?(inegi_)?(de_(la_)?|del_)?", "");
            if (rest.matches("ent|edo|entidad|entidad_federativa|estado")) return 2;
            if (rest.matches("mun|mpio|municipio|municipal")) return 3;
            if (rest.matches("loc|localidad")) return 4;
            return 0;
        }
    }

    /**
     * Exact-duplicate data rows, by a 64-bit hash of the row in a primitive open-addressing set
     * ({@link LongHashSet}, 8 bytes a slot, no boxing) capped by {@code duplicateRowMemoryMb}. Past
     * the cap the rule stops tracking new rows and says so. Two different rows share a hash with
     * probability about n²/2⁶⁵ (≈ 3·10⁻⁶ for 10 million rows).
     */
    static final class DuplicateRow extends Base {
        DuplicateRow() { super(Rules.DUPLICATE_ROW); }

        @Override
        public Check start(CsvHeader header, Reporter r) {
            LongHashSet seen = new LongHashSet(r.config().duplicateRowMemoryBytes());
            return new Check() {
                private boolean full;

                @Override
                public void row(CsvRow row) {
                    if (row.nonBlankCount() == 0) return;
                    long h = hash(row);
                    if (full) {
                        if (seen.contains(h)) report(row);
                        return;
                    }
                    int added = seen.add(h);
                    if (added == 0) report(row);
                    else if (added < 0) {
                        full = true;
                        r.report(def, row.line(), 0, "duplicate-row check stopped tracking new rows here: the hash set "
                                + "reached its memory cap (" + (seen.capacityBytes() >> 20) + " MB); raise "
                                + "duplicateRowMemoryMb in config/eida.yaml to check the whole file", "");
                    }
                }

                private void report(CsvRow row) {
                    r.report(def, row.line(), 1, "duplicate row: the same values appear on an earlier row; remove it",
                            row.size() > 0 ? String.join(",", row.copyFields()) : "");
                }
            };
        }

        static long hash(CsvRow row) {
            long h = 0x9E3779B97F4A7C15L ^ row.size();
            for (int i = 0; i < row.size(); i++) {
                String s = row.field(i);
                for (int k = 0, n = s.length(); k < n; k++) {
                    h = (h ^ s.charAt(k)) * 0x100000001B3L;
                }
                h = (h ^ 0x1F) * 0xff51afd7ed558ccdL;
                h ^= h >>> 29;
            }
            h ^= h >>> 33;
            h *= 0xc4ceb9fe1a85ec53L;
            h ^= h >>> 33;
            return h;
        }
    }
}
