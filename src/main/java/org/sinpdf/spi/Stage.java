package org.sinpdf.spi;

/**
 * A pipeline stage. Built once with its options, then stateless and thread-safe: per-document
 * state lives in locals or in objects created per call.
 */
public interface Stage {
    /** Stable kebab-case id used in config, logs and provenance, e.g. "pdfbox-text". */
    String id();
}
