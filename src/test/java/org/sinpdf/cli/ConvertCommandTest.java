package org.sinpdf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConvertCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = SinpdfCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private static Path gridConfig(Path dir) throws Exception {
        Path c = dir.resolve("grid.yaml");
        Files.writeString(c, "extract: [test-grid]\ntabulate: test-rows\nnormalize: []\nserialize: [csv]\n");
        return c;
    }

    @Test
    void convertsAndReportsOneLinePerBadFileWithExitCodeOne(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "a|b\n1|2\n");
        Path empty = dir.resolve("empty.pdf");
        Files.write(empty, new byte[0]);
        int code = run("convert", "-c", gridConfig(dir).toString(), "-o", dir.resolve("out").toString(),
                good.toString(), empty.toString());
        assertEquals(1, code, err.toString());
        assertTrue(err.toString().contains("error: " + empty + ": empty file (0 bytes)"), err.toString());
        assertFalse(err.toString().contains("Exception"), "no stack trace without --verbose");
        assertTrue(Files.exists(dir.resolve("out/good/good-t01.csv")));
        assertTrue(out.toString().contains("2 file(s): 1 ok"), out.toString());
    }

    @Test
    void allGoodIsExitZero(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "a|b\n1|2\n");
        assertEquals(0, run("convert", "-c", gridConfig(dir).toString(), "-o", dir.resolve("out").toString(), good.toString()));
    }

    @Test
    void badConfigIsExitThreeBeforeAnyFile(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "a|b\n1|2\n");
        int code = run("convert", "-c", gridConfig(dir).toString(), "-f", "csv,docx", "-o", dir.resolve("out").toString(), good.toString());
        assertEquals(3, code);
        assertTrue(err.toString().startsWith("config error: serialize: unknown stage 'docx'; valid: "), err.toString());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    @Test
    void badOptionSyntaxIsAConfigError(@TempDir Path dir) throws Exception {
        assertEquals(3, run("convert", "-c", gridConfig(dir).toString(), "-O", "dpi=3", "-o", dir.toString(), "x.pdf"));
        assertTrue(err.toString().contains("--option takes STAGE.KEY=VALUE"), err.toString());
    }

    @Test
    void usageErrorIsExitTwo() {
        assertEquals(2, run("convert", "x.pdf"));
        assertTrue(err.toString().contains("Missing required option: '--out=OUT'"), err.toString());
    }

    @Test
    void helpListsExitCodesAndVersionPrints() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("Exit codes:"));
        assertTrue(out.toString().contains("3    configuration error"), out.toString());
        assertEquals(0, run("--version"));
        assertTrue(out.toString().contains("sinpdf 0."), out.toString());
    }
}
