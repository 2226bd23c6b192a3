package org.sinpdf.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.sinpdf.model.Finding;
import org.sinpdf.model.Severity;
import org.sinpdf.model.Table;
import org.sinpdf.spi.Normalizer;
import org.sinpdf.spi.StageContext;
import org.sinpdf.spi.Registrar.NoOptions;

/**
 * Stage {@code repeated-headers}: drops data rows that repeat one of the header rows (a header printed
 * again at the top of each page and not removed by the tabulator). A row repeats header row h when every
 * column's text equals h's (case, accents and spacing ignored) and h has some text. Each drop is an INFO
 * finding {@code repeated-header-removed} with the row's text.
 */
public final class RepeatedHeaderNormalizer implements Normalizer {
    public static final String ID = "repeated-headers";

    public RepeatedHeaderNormalizer(NoOptions o) {}

    @Override public String id() { return ID; }

    @Override
    public Table normalize(Table table, StageContext ctx) {
        if (table.headerRows() == 0) return table;
        String[][] g = table.spreadGrid();
        List<String> headers = new ArrayList<>();
        for (int h = 0; h < table.headerRows(); h++) {
            String key = key(g[h]);
            if (!key.isBlank()) headers.add(key);
        }
        Set<Integer> drop = new TreeSet<>();
        List<Finding> findings = new ArrayList<>();
        for (int r = table.headerRows(); r < table.rowCount(); r++) {
            if (headers.contains(key(g[r]))) {
                drop.add(r);
                findings.add(TableEdit.rowFinding(Severity.INFO, "repeated-header-removed",
                        "grid row " + (r + 1) + " repeats the header", ID, table, r)
                        .atPage(DropBlankNormalizer.pageOf(table, r)));
            }
        }
        return TableEdit.plus(TableEdit.removeRows(table, drop), findings);
    }

    private static String key(String[] row) {
        StringBuilder sb = new StringBuilder();
        for (String v : row) sb.append(Texts.fold(v)).append('\u0001');
        String k = sb.toString();
        return k.replace("\u0001", "").isBlank() ? " " : k;
    }
}
