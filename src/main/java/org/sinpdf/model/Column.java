package org.sinpdf.model;

import java.util.Objects;

/**
 * A column of a table as published: its header text and, once normalized, its type.
 *
 * @param name        the header as published (one line; multi-row headers joined with " / ")
 * @param type        one of {@link ColumnType}
 * @param unit        unit moved out of the values ("MXN", "%"), or ""
 * @param description for the data dictionary, or ""
 */
public record Column(String name, ColumnType type, String unit, String description) {
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        unit = unit == null ? "" : unit;
        description = description == null ? "" : description;
    }

    public static Column text(String name) { return new Column(name, ColumnType.TEXT, "", ""); }

    public Column withName(String n) { return new Column(n, type, unit, description); }
    public Column withType(ColumnType t, String u) { return new Column(name, t, u, description); }
}
