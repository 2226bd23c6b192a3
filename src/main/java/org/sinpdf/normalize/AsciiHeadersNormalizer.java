package org.sinpdf.normalize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sinpdf.model.Column;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Table;
import org.sinpdf.spi.Normalizer;
import org.sinpdf.spi.StageContext;
import org.sinpdf.spi.Registrar.NoOptions;

/**
 * Stage {@code ascii-headers} (optional, last): column names as ASCII snake_case identifiers
 * ("Presupuesto 2012 (pesos) / Aprobado" → "presupuesto_2012_pesos_aprobado", "Variación (%)" →
 * "variacion_pct"), unique within the table ("_2", "_3" suffixes). The printed header stays in the
 * header cells and in an INFO finding {@code headers-renamed}, so the data dictionary can show both.
 */
public final class AsciiHeadersNormalizer implements Normalizer {
    public static final String ID = "ascii-headers";

    public AsciiHeadersNormalizer(NoOptions o) {}

    @Override public String id() { return ID; }

    @Override
    public Table normalize(Table table, StageContext ctx) {
        List<Column> columns = new ArrayList<>();
        Set<String> used = new HashSet<>();
        List<String> renames = new ArrayList<>();
        for (int c = 0; c < table.columnCount(); c++) {
            Column col = table.columns().get(c);
            String base = snake(col.name());
            if (base.isEmpty()) base = "columna_" + (c + 1);
            String name = base;
            for (int k = 2; !used.add(name); k++) name = base + "_" + k;
            if (!name.equals(col.name())) renames.add(col.name() + " → " + name);
            columns.add(col.withName(name));
        }
        Table out = table.withColumns(columns);
        return renames.isEmpty() ? out
                : out.plusFinding(Finding.info("headers-renamed", String.join("; ", renames)).inStage(ID)
                        .atCell(table.id(), 0, 0, ""));
    }

    static String snake(String s) {
        String t = s.replace("%", " pct ").replace("$", " mxn ").replace("°", " grados ").replace("№", " num ");
        t = Texts.fold(t).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return t.replaceAll("_+", "_");
    }
}
