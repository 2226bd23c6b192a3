package org.sinpdf.cli;

import java.io.PrintWriter;
import org.sinpdf.pipeline.Version;
import org.sinpdf.spi.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The {@code sinpdf} command line. Only {@link #main} calls System.exit. */
@Command(name = "sinpdf", mixinStandardHelpOptions = true, versionProvider = SinpdfCommand.VersionProvider.class,
        description = {"sin PDF: turns government PDFs and scans into open data (CSV, XML, KML + metadata).",
                "Commitment 42 of Mexico's OGP action plan: a PDF is not public information; data is."},
        subcommands = {ConvertCommand.class, ValidateCommand.class, EvalCommand.class, SearchCommand.class, PluginsCommand.class,
                HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all inputs converted (or no validation errors)", "1:some inputs failed (see the report)",
                "2:invalid usage", "3:configuration error", "70:internal error"})
public final class SinpdfCommand {

    public static void main(String[] args) {
        for (String a : args) {
            if (a.equals("-v") || a.equals("--verbose")) System.setProperty("sinpdf.log.level", "DEBUG");
        }
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "org/sinpdf/cli/logback-cli.xml");
        }
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for main and for tests (which call execute and read the exit code). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SinpdfCommand());
        cl.setExitCodeExceptionMapper(ExitCodes::forException);
        cl.setExecutionExceptionHandler(SinpdfCommand::handle);
        return cl;
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean verbose = parsed.expandedArgs().contains("-v") || parsed.expandedArgs().contains("--verbose");
        if (e instanceof ConfigException) {
            err.println("config error: " + e.getMessage());
        } else {
            err.println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
        if (verbose) e.printStackTrace(err);
        err.flush();
        return ExitCodes.forException(e);
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() {
            return new String[] {"sinpdf " + Version.get(), "Java " + System.getProperty("java.version")};
        }
    }
}
