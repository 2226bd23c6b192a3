package org.sinpdf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sinpdf.spi.ConfigException;
import org.sinpdf.validate.DatasetValidator;
import org.sinpdf.validate.ReportFormat;
import org.sinpdf.validate.Rules;
import org.sinpdf.validate.ValidationConfig;
import org.sinpdf.validate.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sinpdf validate PATH...}: checks published files against Mexico's open-data rules. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check files, folders (a folder is a dataset) and zip archives against Mexico's open-data rules.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:no errors (warnings allowed)", "1:some error found", "2:validation could not run"})
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files, folders or .zip archives.")
    List<Path> paths = List.of();

    @Option(names = {"-c", "--config"}, paramLabel = "YAML",
            description = "Rule selection and severities (see config/eida.yaml); built-in defaults otherwise.")
    Path config;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: text, json or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of the terminal.")
    Path output;

    @Option(names = "--list-rules", description = "List rule ids with their severities and exit.")
    boolean listRules;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ReportFormat fmt;
        try {
            fmt = ReportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("unknown format '" + format + "': use text, json or html");
            return ValidationReport.EXIT_COULD_NOT_RUN;
        }
        ValidationConfig cfg;
        try {
            cfg = config == null ? ValidationConfig.DEFAULTS : ValidationConfig.load(config);
        } catch (ConfigException e) {
            err.println("configuration error: " + e.getMessage());
            return ValidationReport.EXIT_COULD_NOT_RUN;
        }
        if (listRules) {
            PrintWriter out = spec.commandLine().getOut();
            for (Rules.Def d : Rules.ALL) {
                String sev = cfg.severity(d).map(s -> s.name().toLowerCase(Locale.ROOT)).orElse("off");
                out.printf(Locale.ROOT, "%-22s %-8s %s%n", d.id(), sev, d.description());
            }
            out.flush();
            return ValidationReport.EXIT_OK;
        }
        if (paths.isEmpty()) {
            err.println("give at least one PATH (file, folder or .zip) to validate");
            return ValidationReport.EXIT_COULD_NOT_RUN;
        }
        ValidationReport report = new DatasetValidator(cfg).validate(paths);
        try {
            if (output == null) {
                fmt.write(report, spec.commandLine().getOut());
                spec.commandLine().getOut().flush();
            } else {
                try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    fmt.write(report, w);
                }
            }
        } catch (IOException e) {
            err.println("cannot write the report: " + e.getMessage());
            return ValidationReport.EXIT_COULD_NOT_RUN;
        }
        for (String f : report.failures()) err.println("could not validate: " + f);
        return report.exitCode();
    }
}
