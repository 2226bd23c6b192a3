package org.sinpdf.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.sinpdf.spi.ConfigException;

/** Binds a stage's config subtree onto its options record, over the defaults. */
final class OptionBinder {
    private OptionBinder() {}

    static Object bind(StageFactory<?> factory, JsonNode given) throws ConfigException {
        if (given == null) return factory.defaults();
        JsonNode merged = PipelineConfig.merge(Json.JSON.valueToTree(factory.defaults()), given);
        try {
            return Json.JSON.treeToValue(merged, factory.optionsType());
        } catch (JsonProcessingException e) {
            throw new ConfigException("options." + factory.id() + ": " + describe(e, factory.optionsType()), e);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("options." + factory.id() + ": " + e.getMessage(), e);
        }
    }

    static String describe(JsonProcessingException e, Class<?> type) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown option '" + u.getPropertyName() + "'; valid options: " + validKeys(type);
        }
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            return v.getCause().getMessage();
        }
        if (e instanceof InvalidFormatException f) {
            return "bad value '" + f.getValue() + "' for '" + path(f) + "' (expected " + f.getTargetType().getSimpleName() + ")";
        }
        if (e instanceof MismatchedInputException m) {
            return "bad value for '" + path(m) + "' (expected " + (m.getTargetType() == null ? "another type" : m.getTargetType().getSimpleName()) + ")";
        }
        return e.getOriginalMessage();
    }

    private static String path(MismatchedInputException m) {
        return m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    static String validKeys(Class<?> type) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).sorted()
                    .collect(Collectors.joining(", "));
        }
        return "(see the stage's documentation)";
    }
}
