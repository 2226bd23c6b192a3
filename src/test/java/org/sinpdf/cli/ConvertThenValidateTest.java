package org.sinpdf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Item 6 of the validate issue: what {@code sinpdf convert} writes from the samples validates.
 *
 * <p>Today main converts with the stages it has (pdfbox-text, auto, csv; no normalizer, no
 * xml/kml/metadata serializers yet), so this test holds convert to the rules its CSV writer is
 * responsible for: encoding, RFC 4180, one header row, no blank/ragged rows. The content rules
 * (typing: {@link #NEEDS_NORMALIZE}) and the dataset metadata rules ({@link #NEEDS_METADATA}) are
 * expected to fail until those stages land; when they do, empty these sets so the test requires
 * "no error at all".
 */
class ConvertThenValidateTest {
    static final Set<String> NEEDS_NORMALIZE = Set.of("number-format", "date-format", "mixed-types", "total-row", "inegi-code");
    static final Set<String> NEEDS_METADATA = Set.of("metadata-missing", "dcat-required", "license-missing");

    @Test
    void convertedSamplesHaveNoErrorOutsideThePendingStages(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        StringWriter log = new StringWriter();
        CommandLine convert = SinpdfCommand.commandLine();
        convert.setOut(new PrintWriter(log));
        convert.setErr(new PrintWriter(log));
        Path cfg = Files.writeString(dir.resolve("c.yaml"), "extract: [pdfbox-text]\ntabulate: auto\nnormalize: []\nserialize: [csv]\n");
        int code = convert.execute("convert", "-q", "-c", cfg.toString(), "-o", out.toString(), "samples/presupuesto-2012.pdf",
                "samples/capitales-estatales.pdf", "samples/ogp-mexico-2012-evaluation.pdf");
        assertEquals(0, code, log.toString());
        List<Path> csvs;
        try (Stream<Path> s = Files.walk(out)) {
            csvs = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        assertFalse(csvs.isEmpty(), "convert wrote no CSV");

        ValidationReport report = new DatasetValidator(ValidationConfig.DEFAULTS).validate(List.of(out));
        assertTrue(report.files().size() >= csvs.size());
        assertTrue(report.failures().isEmpty(), report.failures().toString());
        List<ValidationFinding> errors = report.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .filter(f -> !NEEDS_NORMALIZE.contains(f.rule()) && !NEEDS_METADATA.contains(f.rule()))
                .toList();
        assertTrue(errors.isEmpty(), "errors in what convert wrote: " + errors);
    }
}
