package org.sinpdf.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sinpdf.pipeline.PipelineConfig;
import org.sinpdf.pipeline.PluginRegistry;
import org.sinpdf.pipeline.StageFactory;
import org.sinpdf.spi.ConfigException;
import picocli.CommandLine.Option;

/** Options that choose and configure the pipeline, shared by commands that convert. */
final class PipelineOptions {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "YAML config (see config/sinpdf.yaml); keys it leaves out keep the defaults.")
    Path config;

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT",
            description = "Output formats, replacing config's serialize list, e.g. csv,xml,kml (see `sinpdf plugins`).")
    List<String> formats;

    @Option(names = "--raw", description = "Write cell text exactly as extracted (no normalization).")
    boolean raw;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "Password for encrypted PDFs.", interactive = false)
    String password;

    @Option(names = {"-w", "--workers"}, paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer workers;

    @Option(names = {"-O", "--option"}, paramLabel = "STAGE.KEY=VALUE",
            description = "Set a stage option, e.g. -O tesseract-ocr.dpi=400 -O dcat.publisher='SHCP'. Repeatable.")
    List<String> options = new ArrayList<>();

    PipelineConfig build(PluginRegistry registry) throws ConfigException {
        PipelineConfig c = config == null ? PipelineConfig.defaults() : PipelineConfig.load(config);
        if (formats != null && !formats.isEmpty()) c = c.withSerialize(formats.stream().map(String::strip).toList());
        if (raw) c = c.withRun(c.run().withRaw(true));
        if (workers != null) {
            if (workers < 1) throw new ConfigException("--workers must be 1 or more");
            c = c.withRun(c.run().withWorkers(workers));
        }
        if (password != null) {
            for (String id : c.extract()) {
                if (acceptsOption(registry, id, "password")) c = c.withOption(id, "password", quote(password));
            }
        }
        for (String o : options) {
            int eq = o.indexOf('=');
            int dot = o.indexOf('.');
            if (eq < 0 || dot < 0 || dot > eq) {
                throw new ConfigException("--option takes STAGE.KEY=VALUE, e.g. tesseract-ocr.dpi=400; got '" + o + "'");
            }
            c = c.withOption(o.substring(0, dot), o.substring(dot + 1, eq), o.substring(eq + 1));
        }
        return c;
    }

    private static boolean acceptsOption(PluginRegistry registry, String stageId, String option) {
        return registry.find(stageId).map(StageFactory::optionsType).filter(Class::isRecord)
                .map(t -> java.util.Arrays.stream(t.getRecordComponents()).anyMatch(rc -> rc.getName().equals(option)))
                .orElse(false);
    }

    /** Passwords are strings even when they look like numbers or YAML keywords. */
    private static String quote(String s) { return "'" + s.replace("'", "''") + "'"; }
}
