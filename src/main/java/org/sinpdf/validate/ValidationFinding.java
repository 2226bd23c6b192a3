package org.sinpdf.validate;

import java.util.Objects;
import org.sinpdf.model.Severity;

/**
 * One problem found in one file.
 *
 * @param file    the file as given on the command line, or {@code archive.zip!/inner/path} inside an archive
 * @param line    1-based line (for CSV, the physical line where the record starts); 0 when not applicable
 * @param column  1-based column (CSV: field number; XML: character); 0 when not applicable
 * @param excerpt a short piece of the offending text ("" when none)
 */
public record ValidationFinding(String file, String rule, Severity severity, String message,
                                long line, int column, String excerpt) {
    public ValidationFinding {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        message = message == null ? "" : message;
        excerpt = excerpt == null ? "" : excerpt;
    }
}
