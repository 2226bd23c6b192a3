package org.sinpdf.model;

import java.util.Objects;

/**
 * What is known of a source file before and while it is converted.
 *
 * @param sourceId  the output name: the path relative to the input root, without extension ("a/b/report")
 * @param fileName  the file's name ("report.pdf")
 * @param sha256    hex SHA-256 of the file's bytes
 * @param mediaType sniffed from content: "application/pdf", "image/tiff", "image/jpeg", "image/png", ...
 * @param size      bytes
 */
public record DocumentInfo(String sourceId, String fileName, String sha256, String mediaType, long size) {
    public DocumentInfo {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(fileName, "fileName");
        sha256 = sha256 == null ? "" : sha256;
        mediaType = mediaType == null ? "application/octet-stream" : mediaType;
    }

    /** The last segment of {@link #sourceId()}: the base name used for output files. */
    public String baseName() {
        int slash = sourceId.lastIndexOf('/');
        return slash < 0 ? sourceId : sourceId.substring(slash + 1);
    }
}
