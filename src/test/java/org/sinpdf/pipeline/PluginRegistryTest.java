package org.sinpdf.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinpdf.serialize.csv.CsvPlugin;
import org.sinpdf.spi.ConfigException;
import org.sinpdf.spi.Registrar;
import org.sinpdf.spi.SinpdfPlugin;
import org.sinpdf.testplugin.GridTextPlugin;

class PluginRegistryTest {

    @Test
    void discoversMainAndTestOnlyPlugins() throws Exception {
        PluginRegistry r = PluginRegistry.discover();
        assertTrue(r.find("csv").isPresent(), "csv from the main services file");
        assertTrue(r.find("test-grid").isPresent(), "test-grid from the test-only services file");
        assertEquals(StageKind.TABULATOR, r.find("test-rows").orElseThrow().kind());
    }

    @Test
    void duplicateStageIdNamesBothPlugins() {
        SinpdfPlugin clash = new SinpdfPlugin() {
            @Override public String id() { return "zz-clash"; }
            @Override public void register(Registrar reg) {
                reg.serializer("csv", Registrar.NoOptions.class, Registrar.NoOptions.INSTANCE, o -> null);
            }
        };
        ConfigException e = assertThrows(ConfigException.class, () -> PluginRegistry.of(new CsvPlugin(), clash));
        assertTrue(e.getMessage().contains("sinpdf-csv") && e.getMessage().contains("zz-clash"), e.getMessage());
    }

    @Test
    void unknownStageFailsBeforeAnyFileWithValidIds() throws Exception {
        PluginRegistry r = PluginRegistry.of(new CsvPlugin(), new GridTextPlugin());
        PipelineConfig c = TestConfigs.grid().withSerialize(List.of("csv", "pdf"));
        ConfigException e = assertThrows(ConfigException.class, () -> Pipeline.build(r, c));
        assertEquals("serialize: unknown stage 'pdf'; valid: csv", e.getMessage());
    }

    @Test
    void unknownOptionNamesTheKeyAndTheValidOnes() throws Exception {
        PluginRegistry r = PluginRegistry.of(new CsvPlugin(), new GridTextPlugin());
        PipelineConfig c = TestConfigs.grid().withOption("test-grid", "cellWidht", "50");
        ConfigException e = assertThrows(ConfigException.class, () -> Pipeline.build(r, c));
        assertEquals("options.test-grid: unknown option 'cellWidht'; valid options: cellWidth, rowHeight", e.getMessage());
    }

    @Test
    void invalidOptionValueIsAConfigError() throws Exception {
        PluginRegistry r = PluginRegistry.of(new CsvPlugin(), new GridTextPlugin());
        PipelineConfig c = TestConfigs.grid().withOption("test-grid", "cellWidth", "-3");
        ConfigException e = assertThrows(ConfigException.class, () -> Pipeline.build(r, c));
        assertTrue(e.getMessage().contains("cellWidth and rowHeight must be positive"), e.getMessage());
    }

    @Test
    void optionsForAMissingStageAreRejected() throws Exception {
        PluginRegistry r = PluginRegistry.of(new CsvPlugin(), new GridTextPlugin());
        PipelineConfig c = TestConfigs.grid().withOption("tesseract-ocrr", "dpi", "300");
        ConfigException e = assertThrows(ConfigException.class, () -> Pipeline.build(r, c));
        assertTrue(e.getMessage().startsWith("options: no stage 'tesseract-ocrr'"), e.getMessage());
    }

    @Test
    void yamlConfigUsesATestStageWithoutCodeChanges(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("c.yaml");
        Files.writeString(yaml, """
                extract: [test-grid]
                tabulate: test-rows
                normalize: []
                serialize: [csv]
                options:
                  test-grid: { cellWidth: 50 }
                """);
        PipelineConfig c = PipelineConfig.load(yaml);
        assertEquals(List.of("test-grid"), c.extract());
        try (Pipeline p = Pipeline.build(PluginRegistry.discover(), c)) {
            Path doc = dir.resolve("doc.txt");
            Files.writeString(doc, "a|b\n1|2\n");
            assertEquals(1, p.extractTables(doc).size());
        }
    }

    @Test
    void unknownTopLevelKeyIsRejected(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("c.yaml");
        Files.writeString(yaml, "extrct: [pdfbox-text]\n");
        ConfigException e = assertThrows(ConfigException.class, () -> PipelineConfig.load(yaml));
        assertTrue(e.getMessage().contains("unknown key 'extrct'; valid keys: extract, normalize, options, run, serialize, tabulate"),
                e.getMessage());
    }

    @Test
    void documentedConfigIsTheBuiltInDefault() throws Exception {
        Path documented = Path.of("config/sinpdf.yaml");
        try (var in = PipelineConfig.class.getResourceAsStream("/org/sinpdf/pipeline/sinpdf.yaml")) {
            assertEquals(Files.readString(documented), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                    "config/sinpdf.yaml and src/main/resources/org/sinpdf/pipeline/sinpdf.yaml must be the same file");
        }
        assertEquals(PipelineConfig.defaults(), PipelineConfig.load(documented));
    }
}
