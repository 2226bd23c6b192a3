package org.sinpdf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {
    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new CommandLine(new ValidateCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    @Test
    void textReportGroupsByFileWithLineColumnAndExcerpt() throws Exception {
        Path csv = Files.writeString(dir.resolve("a.csv"), "estado,monto\nx,\"$1,000\"\n");
        assertEquals(1, run(csv.toString()));
        String text = out.toString();
        assertTrue(text.startsWith(csv + System.lineSeparator()), text);
        assertTrue(text.contains("error   2:2 [number-format]"), text);
        assertTrue(text.contains("| $1,000"), text);
        assertTrue(text.contains("1 file(s): 1 error(s), 0 warning(s)"), text);
    }

    @Test
    void exitZeroWhenOnlyWarnings() throws Exception {
        Path csv = Files.writeString(dir.resolve("a.csv"), "region,estado,n\nNorte,Sonora,1\n,Chihuahua,2\n");
        assertEquals(0, run(csv.toString()));
        assertTrue(out.toString().contains("warning"), out.toString());
    }

    @Test
    void jsonReportHasTheStableSchema() throws Exception {
        Path csv = Files.writeString(dir.resolve("a.csv"), "a,b\nx,1\nx,1\n");
        assertEquals(1, run("--format", "json", csv.toString()));
        JsonNode root = new ObjectMapper().readTree(out.toString());
        JsonNode f = root.get("findings").get(0);
        for (String k : new String[] {"file", "rule", "severity", "message", "line", "column"}) {
            assertTrue(f.has(k), "finding lacks " + k + ": " + f);
        }
        assertEquals("duplicate-row", f.get("rule").asText());
        assertEquals("error", f.get("severity").asText());
        assertEquals(3, f.get("line").asInt());
        assertEquals(1, root.get("summary").get("errors").asInt());
        assertEquals(1, root.get("summary").get("byRule").get("duplicate-row").asInt());
        assertEquals(1, root.get("summary").get("exitCode").asInt());
    }

    @Test
    void htmlReportEscapesText() throws Exception {
        Path csv = Files.writeString(dir.resolve("a.csv"), "a,b\n<script>,\"$1,000\"\n");
        Path html = dir.resolve("report.html");
        assertEquals(1, run("-f", "html", "-o", html.toString(), csv.toString()));
        String s = Files.readString(html);
        assertTrue(s.startsWith("<!DOCTYPE html>"));
        assertTrue(s.contains("number-format"));
        assertTrue(!s.contains("<script>"), "excerpts are escaped");
    }

    @Test
    void exitTwoWhenValidationCannotRun() throws Exception {
        assertEquals(2, run(dir.resolve("missing.csv").toString()));
        assertTrue(err.toString().contains("missing.csv"), err.toString());
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "rules:\n  no-such-rule: error\n");
        Path csv = Files.writeString(dir.resolve("a.csv"), "a,b\nx,1\n");
        assertEquals(2, run("-c", bad.toString(), csv.toString()));
        assertTrue(err.toString().contains("no-such-rule"), err.toString());
        assertEquals(2, run("-f", "pdf", csv.toString()));
    }

    @Test
    void configChangesSeverities() throws Exception {
        Path cfg = Files.writeString(dir.resolve("c.yaml"), "rules:\n  duplicate-row: warning\n  total-row: off\n");
        Path csv = Files.writeString(dir.resolve("a.csv"), "a,b\nx,1\nx,1\nTotal,2\n");
        assertEquals(0, run("-c", cfg.toString(), csv.toString()));
        assertTrue(out.toString().contains("warning 3:1 [duplicate-row]"), out.toString());
        assertTrue(!out.toString().contains("total-row"), out.toString());
    }

    @Test
    void listsRules() {
        assertEquals(0, run("--list-rules"));
        assertTrue(out.toString().contains("format-not-open"));
    }
}
