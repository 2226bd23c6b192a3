package org.sinpdf.model;

/** Data types a column may have after normalization; {@link #id()} is used in XSD, CSVW and dictionaries. */
public enum ColumnType {
    TEXT("text"), INTEGER("integer"), DECIMAL("decimal"), CURRENCY("currency"), PERCENT("percent"),
    DATE("date"), BOOLEAN("boolean"), LATITUDE("latitude"), LONGITUDE("longitude"), COORDINATE("coordinate"),
    INEGI_CODE("inegi-code");

    private final String id;
    ColumnType(String id) { this.id = id; }
    public String id() { return id; }

    public boolean numeric() {
        return this == INTEGER || this == DECIMAL || this == CURRENCY || this == PERCENT
                || this == LATITUDE || this == LONGITUDE;
    }
}
