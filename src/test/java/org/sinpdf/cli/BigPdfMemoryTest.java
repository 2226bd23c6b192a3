package org.sinpdf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bounded memory: a long PDF converts in a child JVM with a small heap. The default run checks
 * 400 pages under -Xmx128m; the slow profile (-Dsinpdf.all) the 2,000 pages under -Xmx512m.
 */
class BigPdfMemoryTest {

    @Test
    void fourHundredPagesUnder128m(@TempDir Path dir) throws Exception {
        convertBig(dir, 400, "-Xmx128m");
    }

    @Test
    @Tag("slow")
    void twoThousandPagesUnder512m(@TempDir Path dir) throws Exception {
        convertBig(dir, 2000, "-Xmx512m");
    }

    /** Writes a PDF of {@code pages} pages cycling through the samples' pages. */
    static Path bigPdf(Path dir, int pages) throws Exception {
        Path big = dir.resolve("big-" + pages + ".pdf");
        List<PDDocument> sources = new ArrayList<>();
        try (PDDocument out = new PDDocument()) {
            for (String s : new String[] {"ogp-mexico-2012-evaluation", "presupuesto-2012", "capitales-estatales"}) {
                sources.add(Loader.loadPDF(Path.of("samples", s + ".pdf").toFile()));
            }
            List<PDPage> all = new ArrayList<>();
            sources.forEach(d -> d.getPages().forEach(all::add));
            for (int i = 0; i < pages; i++) out.importPage(all.get(i % all.size()));
            out.save(big.toFile());
        } finally {
            for (PDDocument d : sources) d.close();
        }
        return big;
    }

    private static void convertBig(Path dir, int pages, String heap) throws Exception {
        Path big = bigPdf(dir, pages);
        Path config = dir.resolve("c.yaml");
        Files.writeString(config, "extract: [pdfbox-text]\nserialize: [csv]\n");
        Path out = dir.resolve("out");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
                "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"), "-Dpdfbox.fontcache=" + dir,
                "org.sinpdf.cli.SinpdfCommand", "convert", "-q", "-c", config.toString(), "-o", out.toString(), big.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        assertTrue(p.waitFor(20, TimeUnit.MINUTES), "finished");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("log.txt")));
        JsonNode m = new ObjectMapper().readTree(out.resolve("big-" + pages + "/manifest.json").toFile());
        assertEquals(pages, m.get("pages").size());
        assertTrue(m.get("tables").size() >= pages / 6, "tables were found throughout: " + m.get("tables").size());
    }
}
