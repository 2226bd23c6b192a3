package org.sinpdf.tabulate;

import org.sinpdf.spi.Registrar;
import org.sinpdf.spi.SinpdfPlugin;

/** Registers the table finders {@code auto}, {@code lattice} and {@code stream}. */
public final class TabulatePlugin implements SinpdfPlugin {
    @Override public String id() { return "sinpdf-tabulate"; }

    @Override public void register(Registrar r) {
        r.tabulator("auto", TabulateOptions.class, TabulateOptions.DEFAULTS, o -> new AutoTabulator(AutoTabulator.Mode.AUTO, o));
        r.tabulator("lattice", TabulateOptions.class, TabulateOptions.DEFAULTS, o -> new AutoTabulator(AutoTabulator.Mode.LATTICE, o));
        r.tabulator("stream", TabulateOptions.class, TabulateOptions.DEFAULTS, o -> new AutoTabulator(AutoTabulator.Mode.STREAM, o));
    }
}
