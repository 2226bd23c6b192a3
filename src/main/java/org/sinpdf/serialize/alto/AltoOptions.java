package org.sinpdf.serialize.alto;

/**
 * Options of the {@code alto} stage.
 *
 * @param spaces write an {@code <SP>} element between the words of a line (with its position)
 */
public record AltoOptions(boolean spaces) {
    public static final AltoOptions DEFAULTS = new AltoOptions(true);
}
