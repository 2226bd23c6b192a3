package org.sinpdf.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinpdf.model.BoundingBox;
import org.sinpdf.model.Confidence;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Origin;
import org.sinpdf.model.Page;
import org.sinpdf.model.PageMethod;
import org.sinpdf.model.Ruling;
import org.sinpdf.model.Source;
import org.sinpdf.model.TextChunk;
import org.sinpdf.spi.ExtractedDocument;
import org.sinpdf.spi.Extractor;
import org.sinpdf.spi.PageResult;
import org.sinpdf.spi.Registrar;
import org.sinpdf.spi.SinpdfPlugin;
import org.sinpdf.spi.StageContext;

class OcrPageCacheTest {
    static final Page PAGE = new Page(2, 595.2, 841.4, 90,
            List.of(new TextChunk("Año", new BoundingBox(10, 20, 30, 28), Origin.OCR, new Confidence(0.87), "", 8, false)),
            List.of(new Ruling(10, 40, 300, 40)), PageMethod.OCR, "no text layer: OCR", "pt");

    /** A stand-in OCR extractor that counts the pages it reads. */
    static final class CountingOcr implements Extractor {
        final AtomicInteger reads = new AtomicInteger();
        @Override public String id() { return OcrPageCache.OCR_STAGE; }
        @Override public boolean accepts(Source source) { return true; }
        @Override public ExtractedDocument open(Source source, StageContext ctx) {
            return new ExtractedDocument() {
                @Override public int pageCount() { return 2; }
                @Override public PageResult page(int number, StageContext c) { reads.incrementAndGet(); return PageResult.of(PAGE); }
                @Override public void close() {}
            };
        }
    }

    private static Extractor built(SinpdfPlugin plugin) {
        Extractor[] out = new Extractor[1];
        plugin.register(new Registrar() {
            @Override public <O> void extractor(String id, Class<O> t, O d, java.util.function.Function<O, ? extends Extractor> f) { out[0] = f.apply(d); }
            @Override public <O> void tabulator(String id, Class<O> t, O d, java.util.function.Function<O, ? extends org.sinpdf.spi.Tabulator> f) {}
            @Override public <O> void normalizer(String id, Class<O> t, O d, java.util.function.Function<O, ? extends org.sinpdf.spi.Normalizer> f) {}
            @Override public <O> void serializer(String id, Class<O> t, O d, java.util.function.Function<O, ? extends org.sinpdf.spi.Serializer> f) {}
            @Override public <O> void documentSerializer(String id, Class<O> t, O d, java.util.function.Function<O, ? extends org.sinpdf.spi.DocumentSerializer> f) {}
        });
        return out[0];
    }

    @Test
    void aPageIsReadOnceThenServedFromTheCacheUnchanged(@TempDir Path dir) throws Exception {
        CountingOcr ocr = new CountingOcr();
        SinpdfPlugin plugin = new SinpdfPlugin() {
            @Override public String id() { return "test-ocr"; }
            @Override public void register(Registrar r) { r.extractor(OcrPageCache.OCR_STAGE, String.class, "opts", o -> ocr); }
        };
        Extractor cached = built(OcrPageCache.wrap(plugin, dir));
        Source src = new Source(dir.resolve("scan.pdf"), new DocumentInfo("scan", "scan.pdf", "ab12cd34ef56ab78cd90", "application/pdf", 1));
        try (ExtractedDocument d = cached.open(src, null)) {
            assertEquals(PAGE, d.page(2, null).page().orElseThrow());
        }
        try (ExtractedDocument d = cached.open(src, null)) {
            assertEquals(PAGE, d.page(2, null).page().orElseThrow());
        }
        assertEquals(1, ocr.reads.get(), "the second reading comes from the cache");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void theKeyChangesWithTheOptions() {
        assertNotEquals(OcrPageCache.fingerprint("OcrOptions[dpi=300]"), OcrPageCache.fingerprint("OcrOptions[dpi=200]"));
        assertEquals(OcrPageCache.fingerprint("x"), OcrPageCache.fingerprint("x"));
    }
}
