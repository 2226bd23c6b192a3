package org.sinpdf.serialize.alto;

import org.sinpdf.spi.Registrar;
import org.sinpdf.spi.SinpdfPlugin;

/** Registers the ALTO XML stage {@code alto}. */
public final class AltoPlugin implements SinpdfPlugin {
    @Override public String id() { return "sinpdf-alto"; }

    @Override public void register(Registrar r) {
        r.documentSerializer(AltoSerializer.ID, AltoOptions.class, AltoOptions.DEFAULTS, AltoSerializer::new);
    }
}
