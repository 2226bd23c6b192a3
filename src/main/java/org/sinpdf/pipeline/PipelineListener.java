package org.sinpdf.pipeline;

import java.nio.file.Path;

/**
 * Progress callbacks. Implementations must be fast, thread-safe and never throw; every method
 * has a no-op default (like OkHttp's EventListener).
 */
public interface PipelineListener {
    PipelineListener NONE = new PipelineListener() {};

    default void fileStarted(Path file, String sourceId) {}

    /** The page count is known. */
    default void pagesKnown(String sourceId, int pages) {}

    default void pageDone(String sourceId, PageSummary page) {}

    default void fileDone(FileOutcome outcome) {}
}
