package org.sinpdf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinpdf.model.Severity;
import org.sinpdf.validate.DatasetValidator;
import org.sinpdf.validate.ValidationConfig;
import org.sinpdf.validate.ValidationFinding;
import org.sinpdf.validate.ValidationReport;
import picocli.CommandLine;

/**
 * Item 6 of the validate issue: everything {@code sinpdf convert} writes from the samples
 * validates without errors; only metadata the publisher alone can supply remains, as warnings.
 */
class ConvertThenValidateTest {
    @Test
    void convertedSamplesValidateWithoutErrors(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        StringWriter log = new StringWriter();
        CommandLine convert = SinpdfCommand.commandLine();
        convert.setOut(new PrintWriter(log));
        convert.setErr(new PrintWriter(log));
        // the default config: every stage and every output format
        int code = convert.execute("convert", "-q", "-o", out.toString(), "samples/presupuesto-2012.pdf",
                "samples/capitales-estatales.pdf", "samples/ogp-mexico-2012-evaluation.pdf");
        assertEquals(0, code, log.toString());
        long written;
        try (Stream<Path> s = Files.walk(out)) {
            written = s.filter(p -> p.toString().matches(".*\\.(csv|xml|xsd|kml|json|txt)$")).count();
        }

        ValidationReport report = new DatasetValidator(ValidationConfig.DEFAULTS).validate(List.of(out));
        assertTrue(report.failures().isEmpty(), report.failures().toString());
        assertTrue(report.files().size() >= 3 * 7, "files validated: " + report.files());
        assertTrue(report.files().size() <= written, "only the files convert wrote: " + report.files());
        List<ValidationFinding> errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertTrue(errors.isEmpty(), "errors in what convert wrote: " + errors);
        List<ValidationFinding> warnings = report.findings().stream().filter(f -> f.severity() == Severity.WARNING).toList();
        assertTrue(warnings.stream().allMatch(f -> f.rule().equals("dcat-publisher")), "other warnings: " + warnings);
        Set<String> publisherFields = Set.of("contactPoint", "mbox", "landingPage", "downloadURL", "accrualPeriodicity");
        assertTrue(warnings.stream().allMatch(f -> publisherFields.contains(f.excerpt())), warnings.toString());
        assertEquals(0, report.exitCode());
    }
}
