package org.sinpdf.spi;

import java.io.IOException;
import org.sinpdf.model.DocumentInfo;

/**
 * Writes files about a whole document rather than one table: metadata (CSVW, DCAT, data
 * dictionary), full text, ALTO XML. Listed in config's {@code serialize} beside table serializers.
 */
public interface DocumentSerializer extends Stage {
    /** Starts writing for one document; files are created through {@code sink}. */
    DocumentWriter open(DocumentInfo document, OutputSink sink) throws IOException;
}
