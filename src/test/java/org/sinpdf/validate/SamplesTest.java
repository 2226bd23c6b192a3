package org.sinpdf.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The project's samples (samples/README.md): the typed CSVs are the open-data form and pass every
 * file rule; the ".raw.csv" files hold the cells as printed in the PDFs and fail the content rules.
 */
class SamplesTest {
    private static final Path SAMPLES = Path.of("samples");

    @Test
    void typedCsvsPass() {
        for (String name : new String[] {"presupuesto-2012.csv", "capitales-estatales.csv"}) {
            ValidationReport r = Datasets.validate(SAMPLES.resolve(name));
            assertEquals(0, r.errors(), name + ": " + r.findings());
        }
    }

    @Test
    void ogpTableAsPrintedMixesNumbersAndTextInOneColumn() {
        // "Commitment number" holds 1, 2, ... but also "43 y 44": a true mixed-types finding, and the only one
        ValidationReport r = Datasets.validate(SAMPLES.resolve("ogp-mexico-2012-evaluation.csv"));
        assertEquals(Set.of("mixed-types"), Datasets.rules(r), r.findings().toString());
        assertEquals("43 y 44", r.findings().get(0).excerpt());
    }

    @Test
    void printedCellsFailTheContentRules(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // published alone (not as the audit copy beside its typed CSV), the printed cells fail
        Path printed = java.nio.file.Files.copy(SAMPLES.resolve("presupuesto-2012.raw.csv"), dir.resolve("presupuesto.csv"));
        ValidationReport r = Datasets.validate(printed);
        Set<String> rules = Datasets.rules(r);
        for (String rule : new String[] {"number-format", "date-format", "total-row"}) {
            assertTrue(rules.contains(rule), rule + " missing: " + r.findings());
        }
        ValidationFinding total = Datasets.of(r, "total-row").get(0);
        assertTrue(total.excerpt().toLowerCase(java.util.Locale.ROOT).startsWith("total"), total.toString());
        assertEquals(1, r.exitCode());
    }

    @Test
    void auditCopyBesideItsTypedCsvGetsOnlyEncodingAndStructureRules() {
        ValidationReport r = Datasets.validate(SAMPLES.resolve("presupuesto-2012.raw.csv"));
        assertEquals(0, r.errors(), r.findings().toString());
        // the printed Total row ("", Total, ...) still shows as a structure warning
        assertEquals(Set.of("csv-merged-cells"), Datasets.rules(r), r.findings().toString());
    }
}
