package org.sinpdf.spi;

import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Finding;

/**
 * What a stage may see of the conversion it runs in. Read-only apart from {@link #report},
 * which adds a finding to the file's outcome. Implementations are thread-safe.
 */
public interface StageContext {
    DocumentInfo document();

    /** Records a finding for this file (a page that failed, a cell to review, ...). */
    void report(Finding finding);

    default void warn(String code, String message) { report(Finding.warning(code, message)); }

    /** True when the user asked for text exactly as extracted (--raw): normalizers do not run. */
    boolean raw();

    /** Whether the run was cancelled (timeout, interrupt); long loops should check it. */
    default boolean cancelled() { return Thread.currentThread().isInterrupted(); }
}
