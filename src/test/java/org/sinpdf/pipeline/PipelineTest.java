package org.sinpdf.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinpdf.spi.UnsupportedDocumentException;

class PipelineTest {

    @Test
    void convertsWritesCsvAndManifestAtomically(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("presupuesto.txt");
        Files.writeString(doc, "Ramo|Monto\nSalud|1,234.50\n?Educación|99\f"
                + "FAIL\f"
                + "EMPTY\f"
                + "Ramo|Monto\nEnergía|7\n");
        Path out = dir.resolve("out");
        try (Pipeline p = Pipeline.build(PluginRegistry.discover(), TestConfigs.grid())) {
            ConversionResult r = p.convert(doc, out);
            assertEquals(4, r.pages().size());
            assertEquals(2, r.tables().size(), "one table per page with words");
            assertEquals(2, r.failedPages(), "the failing page and the declined page are counted");
        }
        Path folder = out.resolve("presupuesto");
        assertEquals("Ramo,Monto\r\nSalud,\"1,234.50\"\r\nEducación,99\r\n",
                Files.readString(folder.resolve("presupuesto-t01.csv")));
        JsonNode m = Json.JSON.readTree(folder.resolve("manifest.json").toFile());
        assertEquals("presupuesto.txt", m.get("source").asText());
        assertEquals(64, m.get("sha256").asText().length());
        assertEquals("text-layer", m.get("pages").get(0).get("method").asText());
        assertEquals("simulated page failure", m.get("pages").get(1).get("error").asText());
        assertEquals("none", m.get("pages").get(2).get("method").asText());
        assertTrue(m.get("pages").get(2).get("reason").asText().contains("test-grid: no text"));
        JsonNode t1 = m.get("tables").get(0);
        assertEquals("presupuesto-t01", t1.get("id").asText());
        assertEquals(2, t1.get("rows").asInt());
        assertEquals("presupuesto-t01.csv", t1.get("files").get("csv").asText());
        JsonNode region = t1.get("regions").get(0);
        assertEquals(1, region.get("page").asInt());
        assertEquals("[0,3]", region.get("rows").toString());
        assertEquals(4, region.get("bbox").size());
        JsonNode review = t1.get("review");
        assertEquals(1, review.size(), "the low-confidence cell is listed for review");
        assertEquals("Educación", review.get(0).get("raw").asText());
        assertEquals(2, review.get(0).get("row").asInt());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of("presupuesto"), s.map(x -> x.getFileName().toString()).toList(), "no partial folder left");
        }
    }

    @Test
    void notADocumentIsOneClearReason(@TempDir Path dir) throws Exception {
        Path bin = dir.resolve("x.pdf");
        Files.write(bin, new byte[] {0, 1, 2, 3, (byte) 0xFF});
        try (Pipeline p = Pipeline.build(PluginRegistry.discover(), TestConfigs.grid())) {
            UnsupportedDocumentException e = assertThrows(UnsupportedDocumentException.class, () -> p.convert(bin, dir.resolve("out")));
            assertEquals("not a PDF or image (unrecognised content)", e.getMessage());
        }
        assertFalse(Files.exists(dir.resolve("out").resolve("x")));
    }

    @Test
    void rerunReplacesTheFolderWhole(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("a.txt");
        Files.writeString(doc, "h1|h2\n1|2\n");
        Path out = dir.resolve("out");
        try (Pipeline p = Pipeline.build(PluginRegistry.discover(), TestConfigs.grid())) {
            p.convert(doc, out);
            Files.writeString(out.resolve("a").resolve("stale.txt"), "from an old run");
            p.convert(doc, out);
        }
        assertFalse(Files.exists(out.resolve("a").resolve("stale.txt")));
        assertTrue(Files.exists(out.resolve("a").resolve("a-t01.csv")));
    }
}
