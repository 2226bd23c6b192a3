package org.sinpdf.normalize;

import java.util.ArrayList;
import java.util.List;

import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Table;
import org.sinpdf.spi.Normalizer;
import org.sinpdf.spi.Registrar.NoOptions;
import org.sinpdf.spi.StageContext;
import org.sinpdf.spi.StageException;

/** Test helper: the normalize stages in their recommended order with default options. */
final class Chain {
    private Chain() {}

    static final StageContext CTX = new StageContext() {
        final List<Finding> reported = new ArrayList<>();
        @Override public DocumentInfo document() { return new DocumentInfo("test", "test.pdf", "", "application/pdf", 0); }
        @Override public synchronized void report(Finding f) { reported.add(f); }
        @Override public boolean raw() { return false; }
    };

    static List<Normalizer> recommended() {
        return List.of(new UnicodeWhitespaceNormalizer(UnicodeWhitespaceNormalizer.Options.DEFAULTS),
                new JoinWrappedNormalizer(JoinWrappedNormalizer.Options.DEFAULTS),
                new DropBlankNormalizer(DropBlankNormalizer.Options.DEFAULTS),
                new FootnoteNormalizer(FootnoteNormalizer.Options.DEFAULTS),
                new RepeatedHeaderNormalizer(NoOptions.INSTANCE),
                new MergeHeaderRowsNormalizer(MergeHeaderRowsNormalizer.Options.DEFAULTS),
                new TotalsNormalizer(TotalsNormalizer.Options.DEFAULTS),
                new ColumnTypesNormalizer(ColumnTypesNormalizer.Options.DEFAULTS),
                new OcrConfidenceNormalizer(OcrConfidenceNormalizer.Options.DEFAULTS));
    }

    static Table run(Table t) throws StageException {
        Table out = t;
        for (Normalizer n : recommended()) out = n.normalize(out, CTX);
        return out;
    }

    static Table run(Normalizer n, Table t) throws StageException {
        return n.normalize(t, CTX);
    }

    static List<String> codes(Table t) {
        return t.findings().stream().map(Finding::code).toList();
    }

    /** Data rows (after the header) as values. */
    static List<List<String>> data(Table t) {
        String[][] g = t.grid();
        List<List<String>> out = new ArrayList<>();
        for (int r = t.headerRows(); r < t.rowCount(); r++) out.add(List.of(g[r]));
        return out;
    }
}
