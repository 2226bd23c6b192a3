package org.sinpdf.serialize.xml;

import org.sinpdf.spi.Registrar;
import org.sinpdf.spi.SinpdfPlugin;

/** Registers the {@code xml} and {@code xsd} serializers. */
public final class XmlPlugin implements SinpdfPlugin {
    @Override public String id() { return "sinpdf-xml"; }

    @Override
    public void register(Registrar r) {
        r.serializer("xml", XmlOptions.class, XmlOptions.DEFAULTS, XmlSerializer::new);
        r.serializer("xsd", XsdOptions.class, XsdOptions.DEFAULTS, XsdSerializer::new);
    }
}
