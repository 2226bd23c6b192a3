package org.sinpdf.spi;

import org.sinpdf.model.Table;

/** Cleans or types a table. Returns a new table; keeps every cell's {@code raw} text. */
public interface Normalizer extends Stage {
    Table normalize(Table table, StageContext ctx) throws StageException;
}
