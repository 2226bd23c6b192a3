package org.sinpdf.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sinpdf.pipeline.PluginRegistry;
import org.sinpdf.pipeline.StageFactory;
import org.sinpdf.pipeline.StageKind;
import org.sinpdf.spi.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sinpdf plugins}: lists the stages the installed plugins offer, with their options. */
@Command(name = "plugins", mixinStandardHelpOptions = true, description = "List the available stages and their options.")
final class PluginsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws ConfigException {
        PluginRegistry registry = PluginRegistry.discover();
        PrintWriter out = spec.commandLine().getOut();
        for (StageKind kind : StageKind.values()) {
            out.println(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " (config key '" + kind.configKey() + "'):");
            for (StageFactory<?> f : registry.stages(kind)) {
                out.printf("  %-20s plugin %-16s options %s%n", f.id(), f.pluginId(), f.defaults());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
