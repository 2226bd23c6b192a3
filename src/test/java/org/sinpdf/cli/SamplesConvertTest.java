package org.sinpdf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The README's run command on samples/ with the default configuration: every sample's CSV holds
 * its source data cell for cell; with --raw, the cells exactly as printed.
 */
class SamplesConvertTest {
    @TempDir static Path dir;
    static Path typed;
    static Path raw;

    @BeforeAll
    static void convertSamplesTwice() {
        typed = dir.resolve("typed");
        raw = dir.resolve("raw");
        assertEquals(0, run("convert", "samples", "-o", typed.toString()));
        assertEquals(0, run("convert", "samples", "--raw", "-f", "csv", "-o", raw.toString()));
    }

    private static int run(String... args) {
        CommandLine cl = SinpdfCommand.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        if (code != 0) System.err.println(err);
        return code;
    }

    static List<List<String>> read(Path csv) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv)) {
            for (CSVRecord rec : CSVFormat.RFC4180.parse(r)) rows.add(rec.toList());
        }
        return rows;
    }

    private static void assertSameRows(List<List<String>> expected, List<List<String>> actual, String what) {
        assertEquals(expected.size(), actual.size(), what + ": number of records");
        for (int i = 0; i < expected.size(); i++) assertEquals(expected.get(i), actual.get(i), what + ": record " + i);
    }

    @Test
    void ogpEvaluationEqualsItsSourceCellForCell() throws Exception {
        List<List<String>> expected = read(Path.of("samples/ogp-mexico-2012-evaluation.csv"));
        assertEquals(39, expected.size(), "header + 38 rows");
        Path out = typed.resolve("ogp-mexico-2012-evaluation/ogp-mexico-2012-evaluation-t01.csv");
        assertSameRows(expected, read(out), "ogp typed");
        assertSameRows(expected, read(raw.resolve("ogp-mexico-2012-evaluation/ogp-mexico-2012-evaluation-t01.csv")), "ogp raw");
        assertTrue(Files.exists(typed.resolve("ogp-mexico-2012-evaluation/ogp-mexico-2012-evaluation-t01.xml")));
    }

    @Test
    void typedSamplesHoldTheSourceData() throws Exception {
        for (String s : new String[] {"presupuesto-2012", "capitales-estatales"}) {
            List<List<String>> expected = read(Path.of("samples/" + s + ".csv"));
            List<List<String>> actual = read(typed.resolve(s + "/" + s + "-t01.csv"));
            assertSameRows(expected.subList(1, expected.size()), actual.subList(1, actual.size()), s + " data rows");
        }
    }

    @Test
    void rawSamplesHoldTheCellsAsPrinted() throws Exception {
        for (String s : new String[] {"presupuesto-2012", "capitales-estatales"}) {
            assertSameRows(read(Path.of("samples/" + s + ".raw.csv")), read(raw.resolve(s + "/" + s + "-t01.csv")), s + " raw");
        }
    }

    @Test
    void capitalsBecomeKmlWith32Placemarks() throws Exception {
        String kml = Files.readString(typed.resolve("capitales-estatales/capitales-estatales-t01.kml"));
        assertEquals(32, kml.split("<Point>", -1).length - 1, "one point per state capital");
    }
}
