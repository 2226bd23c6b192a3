package org.sinpdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinpdf.model.Table;
import org.sinpdf.pipeline.ConversionResult;
import org.sinpdf.pipeline.Pipeline;
import org.sinpdf.pipeline.PipelineConfig;
import org.sinpdf.pipeline.PluginRegistry;

/**
 * The README's library example, compiled and run. {@link #readmeShowsThisCode} keeps README.md
 * and this file in step: the lines between the markers below must appear in the README verbatim.
 */
class ReadmeExampleTest {

    static void example(PrintStream out) throws Exception {
        // README-EXAMPLE-START
        // One call, default configuration, every plugin on the classpath (out: any PrintStream, e.g. System.out):
        ConversionResult result = Sinpdf.convert(Path.of("samples/ogp-mexico-2012-evaluation.pdf"), Path.of("target/readme-out"));
        for (Table table : result.tables()) {
            out.println(table.id() + ": " + table.dataRowCount() + " rows, columns " + table.columnNames());
        }

        // Your own choice of stages and options; the tables stay in memory:
        PipelineConfig config = PipelineConfig.defaults()
                .withSerialize(List.of("csv"))
                .withOption("pdfbox-text", "password", "secreto");
        try (Pipeline pipeline = Pipeline.build(PluginRegistry.discover(), config)) {
            List<Table> tables = pipeline.extractTables(Path.of("samples/presupuesto-2012.pdf"));
            out.println(tables.get(0).columnNames());
        }
        // README-EXAMPLE-END
    }

    @Test
    void exampleRuns() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        example(new PrintStream(buf, true, StandardCharsets.UTF_8));
        String printed = buf.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("ogp-mexico-2012-evaluation-t01: 38 rows, columns [Action Plan number, "), printed);
        assertTrue(Files.exists(Path.of("target/readme-out/ogp-mexico-2012-evaluation/manifest.json")));
    }

    @Test
    void readmeShowsThisCode() throws Exception {
        String self = Files.readString(Path.of("src/test/java/org/sinpdf/ReadmeExampleTest.java"));
        String code = self.substring(self.indexOf("// README-EXAMPLE-START") + "// README-EXAMPLE-START".length(),
                self.indexOf("        // README-EXAMPLE-END"));
        String readme = Files.readString(Path.of("README.md"));
        for (String line : code.strip().lines().toList()) {
            assertTrue(readme.contains(line.strip()), "README.md lacks the example line: " + line.strip());
        }
        assertEquals(-1, readme.indexOf("README-EXAMPLE"), "markers stay out of the README");
    }
}
