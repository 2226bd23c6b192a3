package org.sinpdf.pipeline;

import java.util.Objects;
import java.util.function.Function;
import org.sinpdf.spi.Stage;

/**
 * How to build one registered stage: its options type, defaults and constructor.
 *
 * @param <O> the options record type
 */
public record StageFactory<O>(StageKind kind, String id, String pluginId, Class<O> optionsType, O defaults,
                              Function<O, ? extends Stage> constructor) {
    public StageFactory {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(optionsType, "optionsType");
        Objects.requireNonNull(defaults, "defaults");
        Objects.requireNonNull(constructor, "constructor");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("stage id is not kebab-case: '" + id + "' (plugin " + pluginId + ")");
        }
    }

    Stage build(Object options) {
        Stage stage = constructor.apply(optionsType.cast(options));
        if (!id.equals(stage.id())) {
            throw new IllegalStateException("stage registered as '" + id + "' reports id '" + stage.id() + "'");
        }
        return stage;
    }
}
