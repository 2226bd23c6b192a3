package org.sinpdf.pipeline;

import java.util.List;

/** Configs that use only the test-grid plugin, so pipeline tests need no PDF engine. */
public final class TestConfigs {
    private TestConfigs() {}

    public static PipelineConfig grid() {
        return PipelineConfig.defaults().withExtract(List.of("test-grid")).withTabulate("test-rows")
                .withNormalize(List.of()).withSerialize(List.of("csv"));
    }
}
