package org.sinpdf.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinpdf.extract.image.GreyImage;
import org.sinpdf.model.Table;
import org.sinpdf.pipeline.Pipeline;
import org.sinpdf.pipeline.PipelineConfig;
import org.sinpdf.pipeline.PluginRegistry;
import org.sinpdf.tools.scan.ScanRenditions;

/** The same ruled table, born-digital and as a scan (image-only PDF at 300 dpi, TIFF at 200 dpi), gives the same cells. */
@Tag("ocr")
class ScannedTablesTest {
    @TempDir Path dir;

    @Test void scannedRenditionsOfARuledTableGiveTheSameCells() throws Exception {
        Path pdf = OcrTestPages.tablePdf(dir.resolve("table.pdf"));
        int dpi = 300;
        GreyImage clean = GreyImage.of(OcrTestPages.render(pdf, 0, dpi), dpi);
        byte[] jpeg = ScanRenditions.scanLike(clean, 0, 1.2, 0.6, 6, 75, 11);
        BufferedImage scan = ScanRenditions.decodeJpeg(jpeg);
        Path scannedPdf = ScanRenditions.writePdf(dir.resolve("table-scan.pdf"), List.of(scan), List.of(jpeg), dpi);
        // the TIFF at 200 dpi, skewed the other way: a second resolution
        GreyImage clean200 = GreyImage.of(OcrTestPages.render(pdf, 0, 200), 200);
        BufferedImage scan200 = ScanRenditions.decodeJpeg(ScanRenditions.scanLike(clean200, 0, -1.7, 0.6, 6, 75, 12));
        Path scannedTiff = ScanRenditions.writeTiff(dir.resolve("table-scan.tif"), List.of(scan200), 200);

        try (Pipeline p = Pipeline.build(PluginRegistry.discover(), PipelineConfig.defaults().withSerialize(List.of("csv")))) {
            List<Table> born = p.extractTables(pdf);
            List<Table> fromPdf = p.extractTables(scannedPdf);
            List<Table> fromTiff = p.extractTables(scannedTiff);
            assertEquals(1, born.size(), "born-digital tables: " + born);
            String expected = grid(born.get(0));
            assertFalse(expected.isBlank());
            assertEquals(1, fromPdf.size(), "tables in the scanned PDF: " + fromPdf);
            assertEquals(expected, grid(fromPdf.get(0)), "scanned PDF");
            assertEquals(1, fromTiff.size(), "tables in the TIFF: " + fromTiff);
            assertEquals(expected, grid(fromTiff.get(0)), "TIFF");
        }
    }

    private static String grid(Table t) {
        StringBuilder sb = new StringBuilder();
        for (String[] row : t.grid()) sb.append(String.join(" | ", Arrays.asList(row))).append('\n');
        return sb.toString();
    }
}
