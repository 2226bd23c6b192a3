package org.sinpdf.model;

import java.nio.file.Path;
import java.util.Objects;

/** A file to convert, with what was sniffed of it. */
public record Source(Path path, DocumentInfo info) {
    public Source {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(info, "info");
    }

    public String mediaType() { return info.mediaType(); }
    public boolean isPdf() { return "application/pdf".equals(info.mediaType()); }
    public boolean isImage() { return info.mediaType().startsWith("image/"); }
}
