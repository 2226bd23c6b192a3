package org.sinpdf.serialize.meta;

/**
 * Options of the {@code csvw} stage ({@code options.csvw} in config).
 *
 * @param csvStage id of the table serializer whose files the metadata describes (its files are
 *                 {@code <table id>.csv}, one header line = the column names)
 * @param language language tag of titles and descriptions ("es")
 */
public record CsvwOptions(String csvStage, String language) {
    public static final CsvwOptions DEFAULTS = new CsvwOptions("csv", "es");

    public CsvwOptions {
        csvStage = csvStage == null || csvStage.isBlank() ? "csv" : csvStage;
        language = language == null || language.isBlank() ? "es" : language;
    }
}
