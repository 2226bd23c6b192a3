package org.sinpdf.serialize.alto;

import java.io.IOException;
import java.util.Objects;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.spi.DocumentSerializer;
import org.sinpdf.spi.DocumentWriter;
import org.sinpdf.spi.OutputSink;

/**
 * Stage {@code alto}: every document, scanned or born-digital, as ALTO 4.4 XML
 * ({@code <base>.alto.xml}): pages, text blocks and lines in reading order, words with their
 * position and confidence ({@code WC}). Streamed page by page with StAX.
 *
 * <p>Measurement unit: {@code pixel}. For text-layer pages of a PDF one unit is one PDF point
 * (the page as a 72-dpi image, as pdfalto does); for scans and OCR'd pages it is a pixel of the
 * image the words were read from. The {@code Processing} a page refers to says which.
 */
public final class AltoSerializer implements DocumentSerializer {
    public static final String ID = "alto";
    public static final String NAMESPACE = "http://www.loc.gov/standards/alto/ns-v4#";
    private final AltoOptions options;

    public AltoSerializer(AltoOptions options) { this.options = Objects.requireNonNull(options, "options"); }

    @Override public String id() { return ID; }

    @Override public DocumentWriter open(DocumentInfo document, OutputSink sink) throws IOException {
        return new AltoWriter(document, sink.create(document.baseName() + ".alto.xml"), options);
    }
}
