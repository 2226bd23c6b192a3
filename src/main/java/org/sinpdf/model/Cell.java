package org.sinpdf.model;

import java.util.List;
import java.util.Objects;

/**
 * One cell of a table grid. A cell spanning several rows or columns appears once, at its
 * top-left position, with {@code rowSpan}/{@code colSpan} &gt; 1; positions it covers have no cell.
 *
 * @param row        0-based grid row (header rows included)
 * @param col        0-based grid column
 * @param raw        the text exactly as extracted; never changed by normalizers
 * @param value      the current value (normalized, typed as text); equals raw until a normalizer runs
 * @param confidence how sure extraction is of the text (OCR word confidence; 1 for the text layer)
 * @param box        where the cell sits on its page, or null when unknown (synthetic tables)
 * @param page       the 1-based page the cell comes from, 0 when unknown
 * @param flags      review flags, stable kebab-case codes ("ocr-low-confidence", "type-mismatch", ...)
 */
public record Cell(int row, int col, int rowSpan, int colSpan, String raw, String value,
                   Confidence confidence, BoundingBox box, int page, List<String> flags) {
    public Cell {
        if (row < 0 || col < 0) throw new IllegalArgumentException("negative cell position " + row + "," + col);
        if (rowSpan < 1 || colSpan < 1) throw new IllegalArgumentException("span below 1 at " + row + "," + col);
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(confidence, "confidence");
        flags = List.copyOf(flags);
    }

    /** A plain 1×1 text-layer cell, handy for tests and synthetic tables. */
    public static Cell of(int row, int col, String text) {
        return new Cell(row, col, 1, 1, text, text, Confidence.CERTAIN, null, 0, List.of());
    }

    public Cell withValue(String normalized) {
        return new Cell(row, col, rowSpan, colSpan, raw, normalized, confidence, box, page, flags);
    }

    public Cell withFlag(String flag) {
        if (flags.contains(flag)) return this;
        var f = new java.util.ArrayList<>(flags);
        f.add(flag);
        return new Cell(row, col, rowSpan, colSpan, raw, value, confidence, box, page, f);
    }

    public Cell at(int newRow, int newCol) {
        return new Cell(newRow, newCol, rowSpan, colSpan, raw, value, confidence, box, page, flags);
    }

    public Cell withSpan(int newRowSpan, int newColSpan) {
        return new Cell(row, col, newRowSpan, newColSpan, raw, value, confidence, box, page, flags);
    }

    public boolean flagged() { return !flags.isEmpty(); }
    public boolean blank() { return value.isBlank(); }
}
