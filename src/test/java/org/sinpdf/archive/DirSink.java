package org.sinpdf.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sinpdf.spi.OutputSink;

/** Writes a document's files straight into a folder (tests only). */
record DirSink(Path folder, Path outputRoot) implements OutputSink {
    DirSink(Path folder) { this(folder, folder); }

    @Override public OutputStream create(String fileName) throws IOException {
        Files.createDirectories(folder);
        return Files.newOutputStream(folder.resolve(fileName));
    }
}
