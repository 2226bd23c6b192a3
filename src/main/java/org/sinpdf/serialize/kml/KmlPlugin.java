package org.sinpdf.serialize.kml;

import org.sinpdf.spi.Registrar;
import org.sinpdf.spi.SinpdfPlugin;

/** Registers the {@code kml} serializer. */
public final class KmlPlugin implements SinpdfPlugin {
    @Override public String id() { return "sinpdf-kml"; }

    @Override
    public void register(Registrar r) {
        r.serializer("kml", KmlOptions.class, KmlOptions.DEFAULTS, KmlSerializer::new);
    }
}
