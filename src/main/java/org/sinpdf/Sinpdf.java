package org.sinpdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.sinpdf.model.Table;
import org.sinpdf.pipeline.BatchReport;
import org.sinpdf.pipeline.BatchRunner;
import org.sinpdf.pipeline.ConversionResult;
import org.sinpdf.pipeline.Pipeline;
import org.sinpdf.pipeline.PipelineConfig;
import org.sinpdf.pipeline.PluginRegistry;
import org.sinpdf.spi.ConfigException;
import org.sinpdf.spi.StageException;

/**
 * One-line entry points for library users, with the default configuration and every plugin on
 * the classpath. For control over stages and options, build a {@link Pipeline} yourself.
 */
public final class Sinpdf {
    private Sinpdf() {}

    /** Converts one PDF or image into {@code outDir/<name>/} (CSV, XML, ... and manifest.json). */
    public static ConversionResult convert(Path input, Path outDir) throws StageException, ConfigException {
        try (Pipeline p = Pipeline.build(PluginRegistry.discover(), PipelineConfig.defaults())) {
            return p.convert(input, outDir);
        }
    }

    /** The tables of one PDF or image as found (not normalized, nothing written). */
    public static List<Table> tables(Path input) throws StageException, ConfigException {
        try (Pipeline p = Pipeline.build(PluginRegistry.discover(), PipelineConfig.defaults())) {
            return p.extractTables(input);
        }
    }

    /** Converts files and folders into {@code outDir}; bad files are reported, never thrown. */
    public static BatchReport convertAll(List<Path> inputs, Path outDir) throws ConfigException, IOException {
        try (Pipeline p = Pipeline.build(PluginRegistry.discover(), PipelineConfig.defaults())) {
            return new BatchRunner(p).run(inputs, outDir);
        }
    }
}
