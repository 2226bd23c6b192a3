package org.sinpdf.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Table;
import org.sinpdf.spi.StageException;

/**
 * Real tables (Camelot's expected CSVs in the corpus, one header row assumed) through the chain:
 * nothing throws, rows are kept or accounted for, and a known multi-level totals table is read right.
 */
class CorpusTablesTest {
    static Path expected() {
        String corpus = System.getProperty("sinpdf.corpus", "../shared/corpus");
        Path dir = Path.of(corpus, "camelot", "expected");
        assertTrue(Files.isDirectory(dir), "corpus not found at " + dir + " (set -Dsinpdf.corpus)");
        return dir;
    }

    static Table read(Path csv) throws IOException {
        List<List<String>> g = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.parse(r)) g.add(rec.toList());
        }
        return Table.ofGrid(csv.getFileName().toString(), g, g.isEmpty() ? 0 : 1);
    }

    @Test
    void everyExpectedTableNormalizesWithoutLoss() throws IOException, StageException {
        List<Path> files;
        try (Stream<Path> s = Files.list(expected())) {
            files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        assertTrue(files.size() >= 30, "expected Camelot CSVs, found " + files.size());
        for (Path f : files) {
            Table in = read(f);
            Table out = Chain.run(in);
            long removed = out.findings().stream().map(Finding::code).filter(c -> c.equals("blank-row-removed")
                    || c.equals("total-row-removed") || c.equals("repeated-header-removed")).count();
            assertEquals(in.rowCount(), out.rowCount() + removed, f.getFileName() + ": rows kept or accounted for");
        }
    }

    @Test
    void groupTotalsOfARealEnrollmentTable() throws IOException, StageException {
        Table out = Chain.run(read(expected().resolve("data_lattice_copy_text.csv")));
        List<Finding> totals = out.findings().stream().filter(f -> f.code().equals("total-row-removed")).toList();
        assertEquals(4, totals.size(), "three group totals and a subtotal");
        List<Finding> mismatch = out.findings().stream().filter(f -> f.code().equals("total-mismatch")).toList();
        assertEquals(1, mismatch.size(), out.findings().toString());
        assertEquals("10,132,022", mismatch.get(0).text(), "the subtotal also covers plans printed on an earlier page");
        assertEquals("integer", out.columns().get(3).type().id());
    }
}
