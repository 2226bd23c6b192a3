package org.sinpdf.serialize.csv;

/**
 * Options of the {@code csv} stage.
 *
 * @param lineEnding "crlf" (RFC 4180, default) or "lf"
 * @param bom        write a UTF-8 byte-order mark (only for old spreadsheet programs; off by default,
 *                   since the open-data rules ask for plain UTF-8)
 */
public record CsvOptions(String lineEnding, boolean bom) {
    public static final CsvOptions DEFAULTS = new CsvOptions("crlf", false);

    public CsvOptions {
        if (!"crlf".equals(lineEnding) && !"lf".equals(lineEnding)) {
            throw new IllegalArgumentException("lineEnding must be crlf or lf, not '" + lineEnding + "'");
        }
    }
}
