package org.sinpdf.serialize.meta;

import org.sinpdf.spi.Registrar;
import org.sinpdf.spi.SinpdfPlugin;

/** Registers the metadata writers: {@code csvw}, {@code dcat}, {@code dictionary}. */
public final class MetaPlugin implements SinpdfPlugin {
    @Override public String id() { return "sinpdf-meta"; }

    @Override
    public void register(Registrar r) {
        r.documentSerializer("csvw", CsvwOptions.class, CsvwOptions.DEFAULTS, CsvwSerializer::new);
        r.documentSerializer("dcat", DcatOptions.class, DcatOptions.DEFAULTS, DcatSerializer::new);
        r.documentSerializer("dictionary", DictionaryOptions.class, DictionaryOptions.DEFAULTS, DictionarySerializer::new);
    }
}
