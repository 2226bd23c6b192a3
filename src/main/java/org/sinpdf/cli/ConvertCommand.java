package org.sinpdf.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sinpdf.pipeline.BatchReport;
import org.sinpdf.pipeline.BatchRunner;
import org.sinpdf.pipeline.Pipeline;
import org.sinpdf.pipeline.PluginRegistry;
import org.sinpdf.spi.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sinpdf convert}: documents and folders in, open data out. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert PDFs, scans and images (files or whole folders) to open-data formats.",
                "Writes OUT/<name>/<name>-t01.csv, ... with manifest.json per document, and report.json/report.csv in OUT."})
final class ConvertCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "PDF or image files, or folders (searched recursively).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUT", description = "Output folder.")
    Path outDir;

    @Option(names = "--list", paramLabel = "FILE", description = "A file listing input paths, one per line.")
    Path list;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "In folders and zips, convert only files matching GLOB (relative path, e.g. '2012/**' or '*.pdf'). Repeatable.")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "In folders and zips, skip files matching GLOB. Repeatable.")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--no-resume", description = "Convert everything again, even what an earlier run into OUT finished.")
    boolean noResume;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors and the summary.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Debug logging and stack traces.")
    boolean verbose;

    @Mixin PipelineOptions pipelineOptions;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws ConfigException, IOException {
        List<Path> all = new ArrayList<>(inputs);
        if (list != null) {
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) all.add(Path.of(line.strip()));
            }
        }
        if (all.isEmpty()) throw new CommandLine.ParameterException(spec.commandLine(), "no INPUT given (files, folders or --list)");
        PluginRegistry registry = PluginRegistry.discover();
        try (Pipeline pipeline = Pipeline.build(registry, pipelineOptions.build(registry))) {
            Progress progress = new Progress(spec.commandLine().getErr(), quiet, System.console() != null);
            BatchRunner runner;
            try {
                runner = new BatchRunner(pipeline, progress, !noResume).withSelection(include, exclude);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            BatchReport report = runner.run(all, outDir);
            progress.finish();
            report.printSummary(spec.commandLine().getOut());
            spec.commandLine().getOut().println("report: " + outDir.resolve(BatchReport.JSON_FILE));
            spec.commandLine().getOut().flush();
            return report.allSucceeded() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
        }
    }
}
