package org.sinpdf.normalize;

import org.sinpdf.spi.Registrar;
import org.sinpdf.spi.Registrar.NoOptions;
import org.sinpdf.spi.SinpdfPlugin;

/**
 * The normalize stages. Recommended order (see {@link #RECOMMENDED_ORDER}): text clean-up, structure,
 * then typing and review flags.
 */
public final class NormalizePlugin implements SinpdfPlugin {
    /** The order the stages are meant to run in; {@code ascii-headers} is optional. */
    public static final java.util.List<String> RECOMMENDED_ORDER = java.util.List.of(
            UnicodeWhitespaceNormalizer.ID, JoinWrappedNormalizer.ID, DropBlankNormalizer.ID, FootnoteNormalizer.ID,
            RepeatedHeaderNormalizer.ID, MergeHeaderRowsNormalizer.ID, TotalsNormalizer.ID, ColumnTypesNormalizer.ID,
            OcrConfidenceNormalizer.ID);

    @Override public String id() { return "sinpdf-normalize"; }

    @Override
    public void register(Registrar r) {
        r.normalizer(UnicodeWhitespaceNormalizer.ID, UnicodeWhitespaceNormalizer.Options.class,
                UnicodeWhitespaceNormalizer.Options.DEFAULTS, UnicodeWhitespaceNormalizer::new);
        r.normalizer(JoinWrappedNormalizer.ID, JoinWrappedNormalizer.Options.class,
                JoinWrappedNormalizer.Options.DEFAULTS, JoinWrappedNormalizer::new);
        r.normalizer(DropBlankNormalizer.ID, DropBlankNormalizer.Options.class,
                DropBlankNormalizer.Options.DEFAULTS, DropBlankNormalizer::new);
        r.normalizer(FootnoteNormalizer.ID, FootnoteNormalizer.Options.class,
                FootnoteNormalizer.Options.DEFAULTS, FootnoteNormalizer::new);
        r.normalizer(RepeatedHeaderNormalizer.ID, NoOptions.class, NoOptions.INSTANCE, RepeatedHeaderNormalizer::new);
        r.normalizer(MergeHeaderRowsNormalizer.ID, MergeHeaderRowsNormalizer.Options.class,
                MergeHeaderRowsNormalizer.Options.DEFAULTS, MergeHeaderRowsNormalizer::new);
        r.normalizer(TotalsNormalizer.ID, TotalsNormalizer.Options.class,
                TotalsNormalizer.Options.DEFAULTS, TotalsNormalizer::new);
        r.normalizer(ColumnTypesNormalizer.ID, ColumnTypesNormalizer.Options.class,
                ColumnTypesNormalizer.Options.DEFAULTS, ColumnTypesNormalizer::new);
        r.normalizer(OcrConfidenceNormalizer.ID, OcrConfidenceNormalizer.Options.class,
                OcrConfidenceNormalizer.Options.DEFAULTS, OcrConfidenceNormalizer::new);
        r.normalizer(AsciiHeadersNormalizer.ID, NoOptions.class, NoOptions.INSTANCE, AsciiHeadersNormalizer::new);
    }
}
