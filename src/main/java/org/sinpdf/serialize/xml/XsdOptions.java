package org.sinpdf.serialize.xml;

/**
 * Options of the {@code xsd} stage ({@code options.xsd} in config).
 *
 * @param documentation annotate each column's element with its header text, type and unit
 */
public record XsdOptions(boolean documentation) {
    public static final XsdOptions DEFAULTS = new XsdOptions(true);
}
