package org.sinpdf.archive;

import org.sinpdf.spi.Registrar;
import org.sinpdf.spi.SinpdfPlugin;

/** Registers the SQLite stage {@code sqlite}: one database for the whole run. */
public final class ArchivePlugin implements SinpdfPlugin {
    @Override public String id() { return "sinpdf-archive"; }

    @Override public void register(Registrar r) {
        r.documentSerializer(SqliteSerializer.ID, SqliteOptions.class, SqliteOptions.DEFAULTS, SqliteSerializer::new);
    }
}
