package org.sinpdf.normalize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.sinpdf.model.Finding;
import org.sinpdf.model.Severity;
import org.sinpdf.model.Table;
import org.sinpdf.spi.Normalizer;
import org.sinpdf.spi.StageContext;

/**
 * Stage {@code totals}: recognises total and subtotal rows (the first or second text cell of the row
 * starts with one of {@code labels}: "Total", "TOTAL GENERAL", "Subtotal", "Suma", "GMC | Total GMC
 * Enrollment", ...; the row must hold a number, and label rows must not be most of the table), moves
 * them out of the data (an INFO finding {@code total-row-removed} keeps the whole row's text), and
 * checks them: for every column where the printed total is a number, it must equal the sum of the data
 * rows since the previous total, or of all rows since the last grand total, or of the group totals
 * printed since then (a total of subtotals). A difference larger than rounding explains is a WARNING
 * {@code total-mismatch} on that column: a misread or missing row, or a total whose scope is not
 * in the table. A difference rounding can
 * explain is an INFO {@code total-rounding}; a column that cannot be checked (a cell is no number) is an
 * INFO {@code total-unchecked}. Percent columns are not summed. Numbers are read with the column's own
 * separators (see {@code column-types}); run {@code footnotes} first.
 */
public final class TotalsNormalizer implements Normalizer {
    public static final String ID = "totals";

    /**
     * @param labels labels of total rows, compared case- and accent-insensitively as a leading word
     * @param locale default number convention, as in {@code column-types}
     * @param check  compare printed totals with the sums (default true)
     */
    public record Options(List<String> labels, String locale, boolean check) {
        public static final Options DEFAULTS = new Options(List.of("total", "totales", "subtotal", "sub-total",
                "sub total", "suma", "sumas", "gran total", "total general", "total nacional"), "es-MX", true);

        public Options {
            labels = labels == null ? DEFAULTS.labels() : List.copyOf(labels);
            locale = locale == null || locale.isBlank() ? "es-MX" : locale;
        }
    }

    private final Options options;
    private final Pattern label;
    private final Numbers.Convention localeConvention;

    public TotalsNormalizer(Options o) {
        this.options = o;
        StringBuilder alt = new StringBuilder();
        for (String l : o.labels()) {
            if (alt.length() > 0) alt.append('|');
            alt.append(Pattern.quote(Texts.fold(l)));
        }
        this.label = Pattern.compile("^(" + alt + ")(?![\\p{L}\\p{N}]).*");
        this.localeConvention = Numbers.Convention.forLocale(o.locale());
    }

    @Override public String id() { return ID; }

    @Override
    public Table normalize(Table table, StageContext ctx) {
        String[][] g = table.spreadGrid();
        int cols = table.columnCount();
        Set<Integer> totals = new TreeSet<>();
        List<Finding> findings = new ArrayList<>();
        for (int r = table.headerRows(); r < table.rowCount(); r++) {
            // the label is the first or second text of the row ("Total", or "GMC | Total GMC Enrollment")
            int seen = 0;
            for (String v : g[r]) {
                if (v.isBlank() || Numbers.strip(v).isPresent()) continue;
                if (label.matcher(Texts.fold(v)).matches()) { totals.add(r); break; }
                if (++seen == 2) break;
            }
        }
        // a label that is most of a column is data ("Cobertura: Total / Parcial"), not total rows;
        // a "total" row without any number is a heading
        totals.removeIf(r -> !hasNumber(g[r]));
        if (totals.isEmpty()) return table;
        if (totals.size() > 1 && totals.size() * 2 > table.dataRowCount()) {
            return table.plusFinding(new Finding(Severity.INFO, "totals-ambiguous", totals.size() + " of "
                    + table.dataRowCount() + " data rows start with a total label: taken as data, not moved",
                    ID, 0, table.id(), 0, 0, ""));
        }

        // per column convention, from the data rows only
        Numbers.Convention[] conv = new Numbers.Convention[cols];
        boolean[] percent = new boolean[cols];
        for (int c = 0; c < cols; c++) {
            List<String> vals = new ArrayList<>();
            for (int r = table.headerRows(); r < table.rowCount(); r++) {
                if (totals.contains(r)) continue;
                vals.add(g[r][c]);
                percent[c] |= Numbers.strip(g[r][c]).map(Numbers.Printed::percent).orElse(false);
            }
            conv[c] = Numbers.choose(vals, Numbers.Convention.preference(localeConvention));
        }

        for (int r : totals) {
            findings.add(TableEdit.rowFinding(Severity.INFO, "total-row-removed",
                    "total row moved out of the data (grid row " + (r + 1) + ")", ID, table, r)
                    .atPage(DropBlankNormalizer.pageOf(table, r)));
        }
        if (options.check()) {
            for (int c = 0; c < cols; c++) {
                if (percent[c]) continue;
                check(table, g, c, conv[c], totals, findings);
            }
        }
        return TableEdit.plus(TableEdit.removeRows(table, totals), findings);
    }

    /**
     * Walks the rows keeping the data rows since the last total (segment), since the last grand total
     * (all) and the group totals since then; a total must equal one of: its segment, all, or the sum of
     * the group totals (a total of subtotals). A total with no rows of its own is a grand total.
     */
    private void check(Table t, String[][] g, int c, Numbers.Convention conv, Set<Integer> totals, List<Finding> out) {
        List<Integer> segment = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        List<Integer> groupTotals = new ArrayList<>();
        for (int r = t.headerRows(); r < t.rowCount(); r++) {
            if (!totals.contains(r)) {
                segment.add(r);
                all.add(r);
                continue;
            }
            String printed = g[r][c];
            Optional<BigDecimal> p = Numbers.value(printed, conv);
            boolean grand = segment.isEmpty();
            if (p.isPresent() && !Numbers.strip(printed).map(Numbers.Printed::percent).orElse(false)) {
                List<Sum> candidates = new ArrayList<>();
                if (!segment.isEmpty()) candidates.add(sum(g, c, conv, segment));
                if (all.size() > segment.size()) candidates.add(sum(g, c, conv, all));
                if (!groupTotals.isEmpty()) candidates.add(sum(g, c, conv, groupTotals));
                int matched = judge(t, r, c, p.get(), printed, candidates, out);
                grand |= matched > 0;
            }
            if (grand) {
                all.clear();
                groupTotals.clear();
            } else {
                groupTotals.add(r);
            }
            segment.clear();
        }
    }

    private record Sum(BigDecimal value, int count, int decimals, boolean complete, int firstBad) {}

    private static Sum sum(String[][] g, int c, Numbers.Convention conv, List<Integer> rows) {
        BigDecimal s = BigDecimal.ZERO;
        int n = 0, dec = 0;
        for (int r : rows) {
            String v = g[r][c];
            if (v.isBlank()) continue;
            Optional<BigDecimal> x = Numbers.value(v, conv);
            if (x.isEmpty()) return new Sum(s, n, dec, false, r);
            s = s.add(x.get());
            dec = Math.max(dec, Math.max(0, x.get().scale()));
            n++;
        }
        return new Sum(s, n, dec, true, -1);
    }

    /** Reports on one printed total; returns the index of the candidate sum it equals, or -1. */
    private int judge(Table t, int r, int c, BigDecimal printed, String text, List<Sum> candidates, List<Finding> out) {
        String col = t.columns().get(c).name();
        int page = DropBlankNormalizer.pageOf(t, r);
        List<Sum> usable = candidates.stream().filter(x -> x.complete() && x.count() > 0).toList();
        if (usable.isEmpty()) {
            Sum bad = candidates.stream().filter(x -> !x.complete()).findFirst().orElse(null);
            if (bad != null) {
                out.add(new Finding(Severity.INFO, "total-unchecked", "column '" + col + "': total " + text
                        + " not checked, grid row " + (bad.firstBad() + 1) + " is no number", ID, page, t.id(), r + 1, c + 1, text));
            }
            return -1;
        }
        for (Sum x : usable) {
            if (x.value().compareTo(printed) == 0) return candidates.indexOf(x);
        }
        for (Sum x : usable) {
            int d = Math.max(x.decimals(), Math.max(0, printed.scale()));
            BigDecimal tolerance = BigDecimal.ONE.movePointLeft(d).multiply(BigDecimal.valueOf(x.count() + 1))
                    .divide(BigDecimal.valueOf(2));
            if (x.value().subtract(printed).abs().compareTo(tolerance) <= 0) {
                out.add(new Finding(Severity.INFO, "total-rounding", "column '" + col + "': printed total " + text
                        + " differs from the sum " + x.value().toPlainString() + " by rounding", ID, page, t.id(), r + 1, c + 1, text));
                return candidates.indexOf(x);
            }
        }
        Sum s = usable.get(0);
        out.add(new Finding(Severity.WARNING, "total-mismatch", "column '" + col + "': printed total " + text + " ("
                + printed.toPlainString() + ") but the " + s.count() + " rows it covers sum to " + s.value().toPlainString()
                + " (difference " + printed.subtract(s.value()).toPlainString()
                + "): check the extraction (a misread or missing row) or the total's scope", ID, page, t.id(), r + 1, c + 1, text));
        return -1;
    }

    private static boolean hasNumber(String[] row) {
        boolean label = true;
        for (String v : row) {
            if (v.isBlank()) continue;
            if (label) { label = false; continue; }
            if (Numbers.strip(v).isPresent()) return true;
        }
        return false;
    }

}
