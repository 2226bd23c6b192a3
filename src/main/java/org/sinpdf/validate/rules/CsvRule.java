package org.sinpdf.validate.rules;

import org.sinpdf.validate.Reporter;
import org.sinpdf.validate.Rule;

/**
 * A rule checked on a CSV's data rows. The file is read once; every enabled rule gets each
 * record in turn through the {@link Check} it started for that file. A check's memory must be
 * bounded by the number of columns, not rows (duplicate-row has its own bounded hash set).
 */
public interface CsvRule extends Rule {
    /** Per-file state. */
    interface Check {
        void row(CsvRow row);

        /** After the last row. */
        default void end() {}
    }

    Check start(CsvHeader header, Reporter reporter);
}
