package org.sinpdf.eval;

import java.util.List;
import org.sinpdf.pipeline.Pipeline;
import org.sinpdf.pipeline.PipelineConfig;
import org.sinpdf.pipeline.PluginRegistry;
import org.sinpdf.spi.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline the evaluation measures: a configuration (the defaults unless given) restricted to
 * the extractors and serializers that are installed, so that scoring table recognition on
 * born-digital PDFs does not need OCR or every output format on the classpath.
 */
public final class SinpdfPipelines {
    private static final Logger log = LoggerFactory.getLogger(SinpdfPipelines.class);

    private SinpdfPipelines() {}

    /** The default pipeline restricted to installed stages. */
    public static Pipeline open() throws ConfigException {
        return open(0);
    }

    /** The same with {@code workers} threads (0 = one per core). */
    public static Pipeline open(int workers) throws ConfigException {
        PluginRegistry registry = PluginRegistry.discover();
        PipelineConfig c = available(PipelineConfig.defaults(), registry);
        if (workers > 0) c = c.withRun(c.run().withWorkers(workers));
        return Pipeline.build(registry, c);
    }

    /** {@code config} without the extractors and serializers {@code registry} lacks (when some remain). */
    public static PipelineConfig available(PipelineConfig config, PluginRegistry registry) {
        List<String> extract = config.extract().stream().filter(id -> registry.find(id).isPresent()).toList();
        List<String> serialize = config.serialize().stream().filter(id -> registry.find(id).isPresent()).toList();
        PipelineConfig c = config;
        if (!extract.isEmpty() && !extract.equals(config.extract())) {
            log.info("evaluating with extractors {} (not installed: {})", extract, minus(config.extract(), extract));
            c = c.withExtract(extract);
        }
        if (!serialize.isEmpty() && !serialize.equals(config.serialize())) c = c.withSerialize(serialize);
        return c;
    }

    private static List<String> minus(List<String> a, List<String> b) { return a.stream().filter(x -> !b.contains(x)).toList(); }
}
