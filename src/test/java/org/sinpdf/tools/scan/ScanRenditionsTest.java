package org.sinpdf.tools.scan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanRenditionsTest {
    private static Path source() {
        return Path.of(System.getProperty("sinpdf.corpus", "../shared/corpus")).resolve("icdar2013").resolve("eu-001.pdf");
    }

    private static int run(String... args) {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return ScanRenditions.run(args, quiet, quiet);
    }

    @Test
    void keepsThePageSizeInPointsTurnsSomePagesAndLeavesNoText(@TempDir Path out) throws Exception {
        assertEquals(0, run("--out", out.toString(), "--dpi", "100", "--formats", "pdf,png", "--pages", "2",
                "--turn-every", "2", source().toString()));
        Path pdf = out.resolve("eu-001-100dpi.pdf");
        assertTrue(Files.exists(out.resolve("eu-001-100dpi-p001.png")));
        assertTrue(Files.exists(out.resolve("eu-001-100dpi-p002.png")));
        List<String> log = Files.readAllLines(out.resolve("eu-001-100dpi.tsv"));
        assertEquals(3, log.size()); // header + 2 pages
        assertEquals("0", log.get(1).split("\t")[2]);
        assertTrue(List.of("90", "270").contains(log.get(2).split("\t")[2]), log.get(2));
        try (PDDocument original = Loader.loadPDF(source().toFile()); PDDocument scan = Loader.loadPDF(pdf.toFile())) {
            assertEquals(2, scan.getNumberOfPages());
            PDRectangle o1 = original.getPage(0).getMediaBox(), s1 = scan.getPage(0).getMediaBox();
            assertEquals(o1.getWidth(), s1.getWidth(), 1.0);
            assertEquals(o1.getHeight(), s1.getHeight(), 1.0);
            PDRectangle o2 = original.getPage(1).getMediaBox(), s2 = scan.getPage(1).getMediaBox();
            assertEquals(o2.getWidth(), s2.getHeight(), 1.0); // turned a quarter: sides swapped
            assertEquals(o2.getHeight(), s2.getWidth(), 1.0);
            assertEquals("", new PDFTextStripper().getText(scan).strip()); // image only
        }
    }

    @Test
    void sameSeedSamePixelsOtherSeedOtherPixels(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a"), b = dir.resolve("b"), c = dir.resolve("c");
        for (Path p : List.of(a, b)) {
            assertEquals(0, run("--out", p.toString(), "--dpi", "72", "--formats", "png", "--pages", "1", source().toString()));
        }
        assertEquals(0, run("--out", c.toString(), "--dpi", "72", "--formats", "png", "--pages", "1", "--seed", "7",
                source().toString()));
        byte[] pa = Files.readAllBytes(a.resolve("eu-001-72dpi-p001.png"));
        assertArrayEquals(pa, Files.readAllBytes(b.resolve("eu-001-72dpi-p001.png")));
        assertTrue(!java.util.Arrays.equals(pa, Files.readAllBytes(c.resolve("eu-001-72dpi-p001.png"))));
    }

    @Test
    void badUsageIsExitCodeTwo(@TempDir Path out) {
        assertEquals(2, run(source().toString()));
        assertEquals(2, run("--out", out.toString(), "--formats", "gif", source().toString()));
        assertEquals(2, run("--out", out.toString(), "--bogus", source().toString()));
    }
}
