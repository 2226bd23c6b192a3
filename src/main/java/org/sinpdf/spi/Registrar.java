package org.sinpdf.spi;

import java.util.function.Function;

/**
 * What a plugin sees when it registers stages. Each stage has an options record type bound from
 * the config's {@code options.<stage-id>} subtree (unknown keys fail) over the given defaults.
 */
public interface Registrar {
    <O> void extractor(String id, Class<O> optionsType, O defaults, Function<O, ? extends Extractor> factory);

    <O> void tabulator(String id, Class<O> optionsType, O defaults, Function<O, ? extends Tabulator> factory);

    <O> void normalizer(String id, Class<O> optionsType, O defaults, Function<O, ? extends Normalizer> factory);

    <O> void serializer(String id, Class<O> optionsType, O defaults, Function<O, ? extends Serializer> factory);

    <O> void documentSerializer(String id, Class<O> optionsType, O defaults,
                                Function<O, ? extends DocumentSerializer> factory);

    /** Options for a stage that takes none. */
    record NoOptions() {
        public static final NoOptions INSTANCE = new NoOptions();
    }
}
