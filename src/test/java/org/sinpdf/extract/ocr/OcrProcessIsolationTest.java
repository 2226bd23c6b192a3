package org.sinpdf.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinpdf.cli.SinpdfCommand;
import org.sinpdf.model.Page;
import org.sinpdf.spi.ExtractedDocument;
import org.sinpdf.spi.ExtractionException;
import picocli.CommandLine;

/**
 * Issue #4, last robustness target: a Tesseract failure on one page is a recorded failure of that
 * page, never a dead JVM or a lost batch. Tesseract runs in child processes ({@code isolation:
 * process}); the faults are real (a SIGSEGV in native code through JNA, a hang) and injected into
 * one child through {@link ChildProcessEngine#FAULT_FOR_NEXT_CHILD}.
 */
@Tag("ocr")
class OcrProcessIsolationTest {
    private static final int DPI = 150;
    private static final List<List<String>> PAGES = List.of(
            OcrTestPages.SPANISH.subList(0, 2), OcrTestPages.SPANISH.subList(1, 3), OcrTestPages.SPANISH.subList(2, 4));

    @TempDir static Path dir;
    static Path textPdf;

    @BeforeAll static void pages() throws Exception {
        textPdf = OcrTestPages.textPdf(dir.resolve("three.pdf"), PAGES, PDRectangle.A5);
    }

    @AfterEach void noFaultLeftArmed() {
        ChildProcessEngine.FAULT_FOR_NEXT_CHILD.set(null);
    }

    private static OcrOptions options() {
        return OcrOptions.DEFAULTS.withPoolSize(1).withDpi(DPI);
    }

    private static String read(ExtractedDocument doc, int n) throws Exception {
        Page p = doc.page(n, new OcrTestPages.Ctx()).page().orElseThrow();
        return OcrTestPages.text(p);
    }

    private static void assertReads(List<String> lines, String text) {
        double cer = OcrTestPages.cer(String.join(" ", lines), text);
        assertTrue(cer < 0.05, "CER " + cer + ": " + text);
    }

    /** Java processes below this JVM that are still running (the test JVM starts no other children). */
    private static List<ProcessHandle> ocrChildren() {
        return ProcessHandle.current().descendants()
                .filter(h -> h.isAlive() && h.info().command().map(c -> c.endsWith("java")).orElse(true))
                .toList();
    }

    @Test void defaultIsAChildProcessThatReadsExactlyAsInProcessAndEndsOnClose() throws Exception {
        assertEquals(OcrOptions.ISOLATION_PROCESS, OcrOptions.DEFAULTS.isolation());
        String isolated, inProcess;
        try (TesseractOcrExtractor x = new TesseractOcrExtractor(options());
             ExtractedDocument doc = x.open(OcrTestPages.source(textPdf, "application/pdf"), new OcrTestPages.Ctx())) {
            isolated = read(doc, 1);
            assertTrue(x.isolated(), "engines run in a child process by default");
            assertEquals(1, ocrChildren().size(), "one child for a pool of one: " + ocrChildren());
        }
        assertEquals(List.of(), ocrChildren(), "closing the stage ends its children");
        assertEquals(java.util.Set.of(), ChildProcessEngine.live());
        try (TesseractOcrExtractor x = new TesseractOcrExtractor(options().withIsolation(OcrOptions.ISOLATION_IN_PROCESS));
             ExtractedDocument doc = x.open(OcrTestPages.source(textPdf, "application/pdf"), new OcrTestPages.Ctx())) {
            inProcess = read(doc, 1);
            assertFalse(x.isolated());
            assertEquals(List.of(), ocrChildren(), "in-process starts no child");
        }
        assertReads(PAGES.get(0), isolated);
        assertEquals(inProcess, isolated, "the same engine, the same words");
    }

    @Test void nativeCrashInTheChildFailsOnlyThatPage() throws Exception {
        ChildProcessEngine.FAULT_FOR_NEXT_CHILD.set("segv-on-page:2");
        try (TesseractOcrExtractor x = new TesseractOcrExtractor(options());
             ExtractedDocument doc = x.open(OcrTestPages.source(textPdf, "application/pdf"), new OcrTestPages.Ctx())) {
            assertReads(PAGES.get(0), read(doc, 1));
            long crashed = ocrChildren().get(0).pid();
            ExtractionException e = assertThrows(ExtractionException.class, () -> doc.page(2, new OcrTestPages.Ctx()));
            assertTrue(Pattern.compile("^page 2: OCR engine process died \\(SIGSEGV in native code at .*exit \\d+")
                    .matcher(e.getMessage()).find(), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
            deleteCrashReport(e.getMessage());
            assertReads(PAGES.get(2), read(doc, 3));
            assertReads(PAGES.get(1), read(doc, 2)); // the replacement child reads the page the first one died on
            List<ProcessHandle> now = ocrChildren();
            assertEquals(1, now.size(), now.toString());
            assertTrue(now.get(0).pid() != crashed, "the dead child was replaced");
        }
        assertEquals(List.of(), ocrChildren());
    }

    @Test void hungChildIsKilledAfterThePageDeadlineAndTheNextPageReads() throws Exception {
        ChildProcessEngine.FAULT_FOR_NEXT_CHILD.set("hang-on-page:1");
        try (TesseractOcrExtractor x = new TesseractOcrExtractor(options().withPageTimeout(1));
             ExtractedDocument doc = x.open(OcrTestPages.source(textPdf, "application/pdf"), new OcrTestPages.Ctx())) {
            long t0 = System.nanoTime();
            ExtractionException e = assertThrows(ExtractionException.class, () -> doc.page(1, new OcrTestPages.Ctx()));
            double s = (System.nanoTime() - t0) / 1e9;
            assertTrue(e.getMessage().startsWith("page 1: OCR timed out: the OCR engine process was killed after"), e.getMessage());
            assertTrue(e.getMessage().contains("(pageTimeout 1.0 s)"), e.getMessage());
            assertTrue(s >= ChildProcessEngine.hardLimitMillis(1000) / 1000.0, "killed at the hard deadline, not before: " + s);
            assertReads(PAGES.get(1), read(doc, 2));
        }
        assertEquals(List.of(), ocrChildren());
    }

    /** The pipeline's own page and file time limits interrupt the page's thread: the busy child is killed at once. */
    @Test void interruptedPageStopsItsChildAndTheNextPageReads() throws Exception {
        ChildProcessEngine.FAULT_FOR_NEXT_CHILD.set("hang-on-page:1");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (TesseractOcrExtractor x = new TesseractOcrExtractor(options().withPageTimeout(0));
             ExtractedDocument doc = x.open(OcrTestPages.source(textPdf, "application/pdf"), new OcrTestPages.Ctx())) {
            java.util.concurrent.Future<String> hung = pool.submit(() -> read(doc, 1));
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (ocrChildren().isEmpty() && System.nanoTime() < deadline) Thread.sleep(50);
            Thread.sleep(1500); // the child is up and hanging on page 1
            ProcessHandle child = ocrChildren().get(0);
            hung.cancel(true);
            child.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertReads(PAGES.get(1), pool.submit(() -> read(doc, 2)).get(60, java.util.concurrent.TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), ocrChildren());
    }

    @Test void childKilledWhileIdleIsReplacedWithoutLosingAPage() throws Exception {
        try (TesseractOcrExtractor x = new TesseractOcrExtractor(options());
             ExtractedDocument doc = x.open(OcrTestPages.source(textPdf, "application/pdf"), new OcrTestPages.Ctx())) {
            assertReads(PAGES.get(0), read(doc, 1));
            ProcessHandle first = ocrChildren().get(0);
            first.destroyForcibly();
            first.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertReads(PAGES.get(1), read(doc, 2));
        }
        assertEquals(List.of(), ocrChildren());
    }

    /** A child whose parent is killed (no close, no shutdown hook) still ends, though its socket stays open. */
    @Test void childEndsWhenItsParentIsKilled() throws Exception {
        TesseractSetup setup = new TesseractSetup(TesseractSetup.resolveDatapath(""), "spa+eng");
        ChildProcessEngine.Launch launch = ChildProcessEngine.Launch.of(setup, options());
        Path socket = Files.createTempDirectory("sinpdf-ocr-test").resolve("s");
        try (java.nio.channels.ServerSocketChannel server = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            server.bind(java.net.UnixDomainSocketAddress.of(socket));
            List<String> cmd = new ArrayList<>(List.of("sh", "-c", "\"$@\" & wait", "sh")); // sh is the child's parent
            cmd.addAll(launch.command());
            cmd.add(socket.toString());
            cmd.addAll(launch.arguments());
            Process sh = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try (java.nio.channels.SocketChannel ch = server.accept()) {
                assertEquals(ChildProtocol.HELLO, new java.io.DataInputStream(java.nio.channels.Channels.newInputStream(ch)).readByte());
                ProcessHandle child = sh.descendants().findFirst().orElseThrow();
                sh.destroyForcibly().waitFor();
                child.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS); // the socket is still open here
                assertFalse(child.isAlive());
            }
        } finally {
            Files.deleteIfExists(socket);
            Files.deleteIfExists(socket.getParent());
        }
    }

    @Test void childThatCannotBeLaunchedFallsBackToThisJvm() throws Exception {
        TesseractSetup setup = new TesseractSetup(TesseractSetup.resolveDatapath(""), "spa+eng");
        String java = ProcessHandle.current().info().command().orElseThrow();
        ChildProcessEngine.Launch noMainClass = new ChildProcessEngine.Launch(
                List.of(java, "-cp", dir.toString(), OcrChildMain.class.getName()), List.of(setup.datapath(), "spa+eng", "3"), 0);
        EngineFactory f = new EngineFactory(setup, options(), () -> noMainClass);
        assertTrue(f.isolated());
        try (OcrEngine e = f.create()) {
            assertInstanceOf(TesseractEngine.class, e);
            assertFalse(f.isolated(), "fell back to in-process");
        }
        assertEquals(List.of(), ocrChildren());
    }

    @Test void isolationOptionBindsFromConfigOverTheDefaults() throws Exception {
        ObjectMapper json = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode tree = json.valueToTree(OcrOptions.DEFAULTS); // as the pipeline merges options
        assertEquals("process", tree.get("isolation").asText());
        tree.put("isolation", "in-process");
        assertEquals(OcrOptions.DEFAULTS.withIsolation("in-process"), json.treeToValue(tree, OcrOptions.class));
    }

    @Test void isolationOptionIsValidated() {
        assertEquals("in-process", options().withIsolation(" In-Process ").isolation());
        assertEquals("process", options().withIsolation("").isolation());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> options().withIsolation("thread"));
        assertTrue(e.getMessage().contains("\"process\" or \"in-process\""), e.getMessage());
    }

    /** The whole CLI: a batch of two files, a real SIGSEGV on page 2 of the first; exit code 1 (partial). */
    @Test void convertSurvivesANativeCrashAndReportsThePage() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path scan = scannedPdf(in.resolve("a-escaneado.pdf"), textPdf, 3);
        Path png = in.resolve("b-imagen.png");
        BufferedImage img = OcrTestPages.render(textPdf, 2, DPI);
        ImageIO.write(img, "png", png.toFile());
        Path config = Files.writeString(dir.resolve("c.yaml"), "extract: [pdfbox-text, tesseract-ocr]\nserialize: [csv, txt]\n"
                + "options:\n  tesseract-ocr: { poolSize: 1, dpi: " + DPI + " }\nrun:\n  workers: 1\n");
        Path out = dir.resolve("out");
        StringWriter stdout = new StringWriter(), stderr = new StringWriter();
        ChildProcessEngine.FAULT_FOR_NEXT_CHILD.set("segv-on-page:2");

        CommandLine cl = SinpdfCommand.commandLine();
        cl.setOut(new PrintWriter(stdout));
        cl.setErr(new PrintWriter(stderr));
        int code = cl.execute("convert", "-q", "-c", config.toString(), "-o", out.toString(), scan.toString(), png.toString());

        assertEquals(1, code, stdout + "\n" + stderr);
        JsonNode files = new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("files");
        JsonNode a = null, b = null;
        for (JsonNode f : files) {
            if (f.get("source").asText().endsWith("a-escaneado.pdf")) a = f;
            if (f.get("source").asText().endsWith("b-imagen.png")) b = f;
        }
        assertTrue(a != null && b != null, files.toString());
        assertEquals("partial", a.get("status").asText(), a.toString());
        List<JsonNode> failed = new ArrayList<>();
        for (JsonNode f : a.get("findings")) if (f.get("code").asText().equals("page-failed")) failed.add(f);
        assertEquals(1, failed.size(), a.toString());
        assertEquals(2, failed.get(0).get("page").asInt(), failed.toString());
        assertTrue(failed.get(0).get("message").asText().startsWith("page 2: OCR engine process died (SIGSEGV"), failed.toString());
        deleteCrashReport(failed.get(0).get("message").asText());
        assertTrue(b.get("status").asText().startsWith("ok"), b.toString());
        String text = Files.readString(out.resolve("a-escaneado").resolve("a-escaneado.txt"));
        assertTrue(text.contains("trimestral") && text.contains("registraron"), "pages 1 and 3 converted: " + text);
        assertEquals(List.of(), ocrChildren(), "no OCR child outlives the run");
    }

    /** The JVM's fatal-error report named in a page failure goes to the temp folder; tests tidy it. */
    private static void deleteCrashReport(String message) throws java.io.IOException {
        java.util.regex.Matcher m = Pattern.compile("crash report (\\S+?)\\)").matcher(message);
        assertTrue(m.find(), "the message names the crash report: " + message);
        Files.deleteIfExists(Path.of(m.group(1)));
    }

    /** An image-only PDF (no text layer, so pdfbox-text declines every page) of the first {@code n} pages of {@code pdf}. */
    static Path scannedPdf(Path file, Path pdf, int n) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < n; i++) {
                BufferedImage img = OcrTestPages.render(pdf, i, DPI);
                float w = img.getWidth() * 72f / DPI, h = img.getHeight() * 72f / DPI;
                PDPage page = new PDPage(new PDRectangle(w, h));
                doc.addPage(page);
                PDImageXObject x = LosslessFactory.createFromImage(doc, img);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 0, 0, w, h);
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }
}
