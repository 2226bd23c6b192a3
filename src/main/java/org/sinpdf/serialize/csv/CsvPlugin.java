package org.sinpdf.serialize.csv;

import org.sinpdf.spi.Registrar;
import org.sinpdf.spi.SinpdfPlugin;

/** Registers the {@code csv} serializer. */
public final class CsvPlugin implements SinpdfPlugin {
    @Override public String id() { return "sinpdf-csv"; }

    @Override public void register(Registrar r) {
        r.serializer("csv", CsvOptions.class, CsvOptions.DEFAULTS, CsvSerializer::new);
    }
}
