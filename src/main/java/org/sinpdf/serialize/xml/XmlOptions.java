package org.sinpdf.serialize.xml;

/**
 * Options of the {@code xml} stage ({@code options.xml} in config).
 *
 * @param schemaReference write {@code xsi:noNamespaceSchemaLocation="<table id>.xsd"} on the root
 *                        (pair with the {@code xsd} stage)
 * @param includeRaw      write a cell's extracted text in a {@code raw} attribute when
 *                        normalization changed it
 * @param includeHeader   write the header rows as published (with their spans) in {@code <header>}
 * @param includeFindings write the table's findings (removed totals, footnotes, ...) in {@code <findings>}
 */
public record XmlOptions(boolean schemaReference, boolean includeRaw, boolean includeHeader, boolean includeFindings) {
    public static final XmlOptions DEFAULTS = new XmlOptions(true, true, true, true);
}
