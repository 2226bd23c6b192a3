package org.sinpdf.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinpdf.model.Severity;
import org.sinpdf.spi.ConfigException;

class ValidationConfigTest {
    @TempDir Path dir;

    @Test
    void shippedConfigListsEveryRuleWithItsDefault() throws Exception {
        Path shipped = Path.of("config/eida.yaml");
        ValidationConfig cfg = ValidationConfig.load(shipped);
        for (Rules.Def d : Rules.ALL) {
            assertEquals(Optional.of(d.defaultSeverity()), cfg.severity(d), d.id());
            assertTrue(Files.readString(shipped).contains("  " + d.id() + ":"), d.id() + " missing in config/eida.yaml");
        }
        assertEquals(ValidationConfig.DEFAULTS.maxFindingsPerRule(), cfg.maxFindingsPerRule());
    }

    @Test
    void severitiesAndOff() throws Exception {
        Path p = Files.writeString(dir.resolve("c.yaml"),
                "maxFindingsPerRule: 5\nduplicateRowMemoryMb: 16\nrules:\n  csv-merged-cells: error\n  total-row: off\n");
        ValidationConfig c = ValidationConfig.load(p);
        assertEquals(Optional.of(Severity.ERROR), c.severity(Rules.CSV_MERGED_CELLS));
        assertEquals(Optional.empty(), c.severity(Rules.TOTAL_ROW));
        assertEquals(Optional.of(Severity.ERROR), c.severity(Rules.DUPLICATE_ROW));
        assertEquals(5, c.maxFindingsPerRule());
        assertEquals(16L << 20, c.duplicateRowMemoryBytes());
    }

    @Test
    void mistakesFailBeforeAnyFileIsRead() throws Exception {
        assertThrows(ConfigException.class, () -> ValidationConfig.load(Files.writeString(dir.resolve("a.yaml"), "rules:\n  nope: error\n")));
        assertThrows(ConfigException.class, () -> ValidationConfig.load(Files.writeString(dir.resolve("b.yaml"), "rules:\n  total-row: fatal\n")));
        assertThrows(ConfigException.class, () -> ValidationConfig.load(Files.writeString(dir.resolve("c.yaml"), "colour: red\n")));
        assertThrows(ConfigException.class, () -> ValidationConfig.load(Files.writeString(dir.resolve("d.yaml"), "maxFindingsPerRule: 0\n")));
        assertThrows(ConfigException.class, () -> ValidationConfig.load(dir.resolve("missing.yaml")));
    }
}
