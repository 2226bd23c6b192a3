package org.sinpdf.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sinpdf.model.Table;
import org.sinpdf.pipeline.Pipeline;
import org.sinpdf.pipeline.PipelineConfig;
import org.sinpdf.pipeline.PluginRegistry;

/**
 * How many of Camelot's expected tables sinpdf reproduces ({@link CamelotCases}), as a ratchet:
 * the count must not fall below {@link #REPRODUCED_FLOOR}. Misses are listed with their reason in
 * {@code target/quality/camelot-cases.txt} and in the failure message. The only per-case input
 * passed on is the PDF's password, as Camelot got it.
 */
class CamelotRatchetTest {
    /**
     * Distinct Camelot cases sinpdf reproduced when this floor was last set. Lowered once, from 5 to
     * 4, on purpose: since the table finder keeps a ruled layout table whole, table_region.pdf gives
     * its outer two-column table, with the small nested table flattened into one cell, where
     * Camelot's case (which passes table_regions) expects only the nested table. The same change
     * raised ICDAR 2013 micro F1 from 0.900 to 0.949. Nested tables are a known gap (see README).
     */
    static final int REPRODUCED_FLOOR = 4;

    @Test
    void reproducesAtLeastTheFloor() throws Exception {
        List<CamelotCases.Case> cases = CamelotCases.load(CamelotCasesTest.camelot());
        Map<String, List<Table>> byPdf = new HashMap<>();
        Map<String, String> failures = new HashMap<>();
        PluginRegistry registry = PluginRegistry.discover();
        PipelineConfig base = SinpdfPipelines.available(PipelineConfig.defaults(), registry);
        List<CamelotCases.Outcome> outcomes = new ArrayList<>();
        for (CamelotCases.Case c : cases) {
            String key = c.pdf() + "|" + c.password();
            if (!byPdf.containsKey(key) && !failures.containsKey(key)) {
                PipelineConfig config = c.password().isEmpty() ? base
                        : base.withOption("pdfbox-text", "password", "'" + c.password() + "'");
                try (Pipeline p = Pipeline.build(registry, config)) {
                    byPdf.put(key, p.extractTables(c.pdf()));
                } catch (Exception e) {
                    failures.put(key, e.toString());
                }
            }
            outcomes.add(failures.containsKey(key) ? new CamelotCases.Outcome(c, false, "extraction failed: " + failures.get(key))
                    : CamelotCases.check(c, byPdf.get(key)));
        }
        long reproduced = outcomes.stream().filter(CamelotCases.Outcome::reproduced).count();
        StringBuilder report = new StringBuilder();
        report.append(String.format("Camelot cases reproduced: %d of %d (floor %d)%n", reproduced, outcomes.size(), REPRODUCED_FLOOR));
        for (CamelotCases.Outcome o : outcomes) {
            report.append(o.reproduced() ? "ok   " : "miss ").append(o.testCase().label())
                    .append(" [").append(o.testCase().flavor()).append("]: ").append(o.reason()).append('\n');
        }
        Path dir = Path.of("target", "quality");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("camelot-cases.txt"), report);
        assertTrue(outcomes.size() >= 40, "cases: " + outcomes.size());
        assertTrue(reproduced >= REPRODUCED_FLOOR, report.toString());
    }
}
