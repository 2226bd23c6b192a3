package org.sinpdf.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sinpdf.pipeline.FileOutcome;
import org.sinpdf.pipeline.PageSummary;

class ProgressTest {
    private static PageSummary page(int n, String method) {
        return new PageSummary(n, 612, 792, "pt", 0, method, method.equals("ocr") ? "tesseract-ocr" : "pdfbox-text",
                "", 10, 0.9, 1, 5, "");
    }

    @Test
    void statusLineCountsOcrPagesAndTheRate() {
        StringWriter out = new StringWriter();
        Progress p = new Progress(new PrintWriter(out), false, true);
        p.fileStarted(Path.of("a.pdf"), "a");
        p.pagesKnown("a", 4);
        p.pageDone("a", page(1, "text-layer"));
        p.pageDone("a", page(2, "ocr"));
        p.pageDone("a", page(3, "ocr"));
        // a finished file always redraws the status line
        p.fileDone(new FileOutcome(Path.of("a.pdf"), "a", FileOutcome.Status.OK, Path.of("out/a"), 3, 3,
                Map.of("text-layer", 1, "ocr", 2), 0.9, 0, List.of(), "", Duration.ofMillis(10), ""));
        String s = out.toString();
        String last = s.substring(s.lastIndexOf('\r'));
        assertTrue(last.matches("(?s)\\r\\e\\[K\\[1/1 files\\] 3 page\\(s\\) \\(2 by OCR\\), [0-9.]+ pages/s, 3 table\\(s\\), 0 failure\\(s\\), \\d+ s, ~\\d+ s left on known pages"),
                last);
        assertTrue(s.contains("ok       a.pdf -> out/a (3 page(s), 3 table(s), 0.0 s)"), s);
    }
}
