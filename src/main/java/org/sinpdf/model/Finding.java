package org.sinpdf.model;

import java.util.Objects;

/**
 * Something a stage noticed that a person may need to look at: a page that failed, a cell
 * flagged for review, a row moved out of the data. {@code page}, {@code row}, {@code column}
 * are 0 when not applicable (pages count from 1; rows and columns from 1 in findings).
 *
 * @param code  stable kebab-case code, e.g. "ocr-low-confidence", "total-mismatch"
 * @param text  the source text concerned, when there is one ("" otherwise)
 */
public record Finding(Severity severity, String code, String message, String stageId,
                      int page, String tableId, int row, int column, String text) {
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        message = message == null ? "" : message;
        stageId = stageId == null ? "" : stageId;
        tableId = tableId == null ? "" : tableId;
        text = text == null ? "" : text;
    }

    public static Finding warning(String code, String message) {
        return new Finding(Severity.WARNING, code, message, "", 0, "", 0, 0, "");
    }

    public static Finding info(String code, String message) {
        return new Finding(Severity.INFO, code, message, "", 0, "", 0, 0, "");
    }

    public Finding atPage(int p) { return new Finding(severity, code, message, stageId, p, tableId, row, column, text); }
    public Finding inStage(String s) { return new Finding(severity, code, message, s, page, tableId, row, column, text); }
    public Finding atCell(String table, int r, int c, String t) {
        return new Finding(severity, code, message, stageId, page, table, r, c, t);
    }
}
