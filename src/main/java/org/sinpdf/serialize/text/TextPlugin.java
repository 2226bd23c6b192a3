package org.sinpdf.serialize.text;

import org.sinpdf.spi.Registrar;
import org.sinpdf.spi.SinpdfPlugin;

/** Registers the full-text stage {@code txt}. */
public final class TextPlugin implements SinpdfPlugin {
    @Override public String id() { return "sinpdf-text"; }

    @Override public void register(Registrar r) {
        r.documentSerializer(TextSerializer.ID, TextOptions.class, TextOptions.DEFAULTS, TextSerializer::new);
    }
}
