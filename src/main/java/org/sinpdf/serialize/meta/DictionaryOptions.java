package org.sinpdf.serialize.meta;

/**
 * Options of the {@code dictionary} stage ({@code options.dictionary} in config).
 *
 * @param suffix            appended to the table id to name the file: {@code <table id><suffix>.csv}
 * @param describeTypes     when a column has no description, describe its type and unit instead
 */
public record DictionaryOptions(String suffix, boolean describeTypes) {
    public static final DictionaryOptions DEFAULTS = new DictionaryOptions("-diccionario", true);

    public DictionaryOptions {
        suffix = suffix == null ? "-diccionario" : suffix;
        if (suffix.contains("/") || suffix.contains("\\")) throw new IllegalArgumentException("dictionary.suffix must not contain folders");
    }
}
