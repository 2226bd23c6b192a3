package org.sinpdf.serialize.text;

import java.util.Set;

/**
 * Options of the {@code txt} stage.
 *
 * @param tables         {@code "marker"}: a table's words are replaced by one line
 *                       {@code [tabla ID: FILE]} pointing at its CSV; {@code "text"}: its words stay,
 *                       read row by row with a tab between cells
 * @param headersFooters {@code "mark"}: lines repeated at the top or bottom of pages are moved to the
 *                       page's start or end with a leading {@code [encabezado]} or {@code [pie]};
 *                       {@code "keep"}: they stay where reading order puts them, unmarked
 * @param marginZone     the share of the page height, at the top and at the bottom, where running
 *                       headers and footers are looked for
 * @param spillKilobytes buffered page text beyond this size goes to a temporary file
 */
public record TextOptions(String tables, String headersFooters, double marginZone, int spillKilobytes) {
    public static final TextOptions DEFAULTS = new TextOptions("marker", "mark", 0.12, 8192);

    public TextOptions {
        tables = tables == null ? "marker" : tables;
        headersFooters = headersFooters == null ? "mark" : headersFooters;
        if (!Set.of("marker", "text").contains(tables)) {
            throw new IllegalArgumentException("txt: tables must be marker or text, not " + tables);
        }
        if (!Set.of("mark", "keep").contains(headersFooters)) {
            throw new IllegalArgumentException("txt: headersFooters must be mark or keep, not " + headersFooters);
        }
        if (marginZone <= 0 || marginZone >= 0.5) marginZone = 0.12;
        if (spillKilobytes <= 0) spillKilobytes = 8192;
    }

    public boolean tableMarkers() { return "marker".equals(tables); }
    public boolean markHeadersFooters() { return "mark".equals(headersFooters); }
}
