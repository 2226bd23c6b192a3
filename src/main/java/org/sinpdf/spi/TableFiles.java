package org.sinpdf.spi;

import java.util.Map;

/**
 * The files written for one table, by serializer id: {"csv": "report-t01.csv", ...}; names are
 * relative to the document's output folder.
 */
public record TableFiles(String tableId, Map<String, String> files) {
    public TableFiles { files = Map.copyOf(files); }
}
