package org.sinpdf.normalize;

import java.util.ArrayList;
import java.util.List;

import org.sinpdf.model.Cell;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Severity;
import org.sinpdf.model.Table;
import org.sinpdf.spi.Normalizer;
import org.sinpdf.spi.StageContext;

/**
 * Stage {@code ocr-confidence}: flags every non-blank cell whose confidence is below
 * {@code minConfidence} (default 0.6) with {@code ocr-low-confidence}, and adds one WARNING finding
 * per table listing how many cells were flagged. Values are not changed.
 */
public final class OcrConfidenceNormalizer implements Normalizer {
    public static final String ID = "ocr-confidence";
    static final String FLAG = "ocr-low-confidence";

    public record Options(double minConfidence) {
        public static final Options DEFAULTS = new Options(0.6);

        public Options {
            if (!(minConfidence >= 0 && minConfidence <= 1)) {
                throw new IllegalArgumentException(ID + ": minConfidence must be in [0,1]");
            }
        }
    }

    private final double min;

    public OcrConfidenceNormalizer(Options o) { this.min = o.minConfidence(); }

    @Override public String id() { return ID; }

    @Override
    public Table normalize(Table table, StageContext ctx) {
        List<String> where = new ArrayList<>();
        Table out = TableEdit.mapCells(table, c -> {
            if (c.blank() || c.confidence().value() >= min) return c;
            Cell f = c.withFlag(FLAG);
            if (f != c && where.size() < 20) where.add((c.row() + 1) + ":" + (c.col() + 1));
            return f;
        });
        long n = out.cells().stream().filter(c -> c.flags().contains(FLAG)).count()
                - table.cells().stream().filter(c -> c.flags().contains(FLAG)).count();
        if (n == 0) return out;
        return out.plusFinding(new Finding(Severity.WARNING, FLAG, n + " cell(s) below OCR confidence " + min
                + " (row:column " + String.join(", ", where) + (n > where.size() ? ", ..." : "") + ")",
                ID, 0, table.id(), 0, 0, ""));
    }
}
