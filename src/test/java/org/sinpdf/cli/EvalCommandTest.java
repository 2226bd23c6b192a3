package org.sinpdf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EvalCommandTest {
    private static final String ICDAR = Path.of(System.getProperty("sinpdf.corpus", "../shared/corpus"))
            .resolve("icdar2013").toString();

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = new CommandLine(new EvalCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void scoresOneDocumentAsJson() throws Exception {
        Run r = run("--corpus", ICDAR, "--doc", "us-005", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode tool = root.path("tools").get(0);
        assertEquals("sinpdf", tool.path("tool").asText());
        assertEquals(1, tool.path("documents").size());
        assertEquals("us-005", tool.path("documents").get(0).path("document").asText());
        assertTrue(tool.path("micro").path("expected").asInt() > 0);
        assertTrue(tool.path("regions").path("groundTruth").asInt() == 1);
    }

    @Test
    void textReportHasARowPerDocumentAndTotals() {
        Run r = run("--corpus", ICDAR, "--doc", "us-005,eu-002");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\nus-005 ") && r.out().contains("\neu-002 "), r.out());
        assertTrue(r.out().contains("microF") && r.out().contains("meanF"), r.out());
    }

    @Test
    void unknownToolIsAUsageError() {
        Run r = run("--corpus", ICDAR, "--tool", "camelot");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown --tool camelot"), r.err());
    }

    @Test
    void tabulaWithoutItsJarsSaysHowToGetThem(@org.junit.jupiter.api.io.TempDir Path tmp) {
        Run r = run("--corpus", ICDAR, "--doc", "us-005", "--tool", "tabula-lattice", "--tabula-lib", tmp.toString(),
                "--work", tmp.resolve("w").toString());
        assertTrue(r.code() != 0);
        assertTrue(r.err().contains("mvn -q -f src/test/tabula/pom.xml package"), r.err());
    }

    @Test
    void scannedNeedsAPlausibleResolution() {
        Run r = run("--corpus", ICDAR, "--doc", "us-005", "--scanned", "5");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--scanned"), r.err());
    }

    @Test
    void ctdarDirectoryMustHoldImagesAndAnnotations(@org.junit.jupiter.api.io.TempDir Path tmp) {
        Run r = run("--ctdar", tmp.toString());
        assertTrue(r.code() != 0);
        assertTrue(r.err().contains("images/ and annotations/"), r.err());
    }
}
