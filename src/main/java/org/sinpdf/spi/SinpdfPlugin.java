package org.sinpdf.spi;

/**
 * A bundle of stages, found with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/org.sinpdf.spi.SinpdfPlugin}) or passed to {@code PluginRegistry.of}.
 */
public interface SinpdfPlugin {
    /** Stable kebab-case id, e.g. "sinpdf-core". */
    String id();

    void register(Registrar registrar);
}
