package org.sinpdf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.io.OutputStream;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Bad input (issue: foundation, item 13): each bad file gives one clear line naming it and the
 * reason, the other inputs are still converted, and the exit code is 1.
 */
class BadInputTest {
    static final Path CORPUS = Path.of(System.getProperty("sinpdf.corpus", "../shared/corpus"));
    static final Path PROTECTED = CORPUS.resolve("camelot/files/health_protected.pdf");
    static final Path SAMPLE = Path.of("samples/presupuesto-2012.pdf");

    @TempDir static Path dir;
    static Path config;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void textLayerOnlyConfig() throws Exception {
        assertTrue(Files.exists(PROTECTED), "corpus not found at " + CORPUS.toAbsolutePath() + " (set -Dsinpdf.corpus)");
        config = dir.resolve("c.yaml");
        Files.writeString(config, "extract: [pdfbox-text]\nserialize: [csv]\n");
    }

    private int run(String... args) {
        CommandLine cl = SinpdfCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void eachBadFileIsOneLineAndTheRestConverts() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(SAMPLE, in.resolve("bueno.pdf"));
        Files.writeString(in.resolve("texto.pdf"), "esto no es un PDF\n");
        Files.write(in.resolve("vacio.pdf"), new byte[0]);
        byte[] whole = Files.readAllBytes(SAMPLE);
        Files.write(in.resolve("truncado.pdf"), Arrays.copyOf(whole, whole.length / 2));
        Files.copy(PROTECTED, in.resolve("protegido.pdf"));
        Path noPdfs = Files.createDirectories(dir.resolve("sin-pdfs"));
        Files.writeString(noPdfs.resolve("leeme.md"), "nada\n");
        Path outDir = dir.resolve("out1");

        int code = run("convert", "-c", config.toString(), "-o", outDir.toString(), in.toString(), noPdfs.toString());

        String e = err.toString();
        assertEquals(1, code, e);
        assertTrue(e.contains("error: " + in.resolve("texto.pdf") + ": not a PDF or image (the content is plain text)"), e);
        assertTrue(e.contains("error: " + in.resolve("vacio.pdf") + ": empty file (0 bytes)"), e);
        assertTrue(e.contains("error: " + in.resolve("truncado.pdf") + ": not a readable PDF"), e);
        assertTrue(e.contains("error: " + in.resolve("protegido.pdf") + ": encrypted: needs a password (give it with --password)"), e);
        assertTrue(e.contains("error: " + noPdfs + ": folder holds no PDF or image files"), e);
        assertEquals(5, e.lines().filter(l -> l.startsWith("error: ")).count(), "one line per bad input:\n" + e);
        assertFalse(e.contains("Exception") || e.contains("\tat "), "no stack traces:\n" + e);
        assertTrue(Files.exists(outDir.resolve("bueno/bueno-t01.csv")), "the good file still converts");
        for (String bad : new String[] {"texto", "vacio", "truncado", "protegido"}) {
            assertFalse(Files.exists(outDir.resolve(bad)), "nothing written for " + bad);
        }
    }

    @Test
    void passwordOpensTheProtectedPdf() {
        Path outDir = dir.resolve("out2");
        int code = run("convert", "-c", config.toString(), "--password", "userpass", "-o", outDir.toString(), PROTECTED.toString());
        assertEquals(0, code, err.toString());
        assertTrue(Files.exists(outDir.resolve("health_protected/manifest.json")));
    }

    @Test
    void wrongPasswordIsAClearError() {
        int code = run("convert", "-c", config.toString(), "--password", "nope", "-o", dir.resolve("out3").toString(), PROTECTED.toString());
        assertEquals(1, code);
        assertTrue(err.toString().contains("health_protected.pdf: wrong password"), err.toString());
    }

    @Test
    void emptyUserPasswordConvertsWithoutOne() throws Exception {
        Path enc = dir.resolve("cifrado.pdf");
        try (PDDocument doc = Loader.loadPDF(SAMPLE.toFile())) {
            StandardProtectionPolicy p = new StandardProtectionPolicy("dueño", "", new AccessPermission());
            p.setEncryptionKeyLength(128);
            doc.protect(p);
            doc.save(enc.toFile());
        }
        Path outDir = dir.resolve("out4");
        assertEquals(0, run("convert", "-c", config.toString(), "-o", outDir.toString(), enc.toString()), err.toString());
        assertTrue(Files.readString(outDir.resolve("cifrado/cifrado-t01.csv")).contains("Poder Legislativo"));
    }

    /**
     * Hostile files made to hang or crash a parser: a form XObject that draws itself forever, a page
     * whose content stream is random bytes, a page tree whose kids include itself. Each is either
     * converted as far as it can be or fails alone, with one line naming it; the batch goes on.
     */
    @Test
    void hostileFilesFailAloneAndTheBatchGoesOn() throws Exception {
        Path in = Files.createDirectories(dir.resolve("hostile"));
        Files.copy(SAMPLE, in.resolve("bueno.pdf"));
        try (PDDocument doc = new PDDocument()) { // a form that draws itself
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            PDFormXObject form = new PDFormXObject(doc);
            form.setBBox(PDRectangle.LETTER);
            PDResources res = new PDResources();
            form.setResources(res);
            COSName name = res.add(form);
            try (OutputStream os = form.getContentStream().createOutputStream()) {
                os.write(("BT /F1 12 Tf 72 700 Td (eco) Tj ET /" + name.getName() + " Do\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            res.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            PDResources pageRes = new PDResources();
            pageRes.put(name, form);
            page.setResources(pageRes);
            COSStream contents = doc.getDocument().createCOSStream();
            try (OutputStream os = contents.createOutputStream()) {
                os.write(("/" + name.getName() + " Do\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            page.getCOSObject().setItem(COSName.CONTENTS, contents);
            doc.save(in.resolve("recursivo.pdf").toFile());
        }
        try (PDDocument doc = new PDDocument()) { // random bytes as the content stream
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            byte[] noise = new byte[200_000];
            new Random(42).nextBytes(noise);
            COSStream contents = doc.getDocument().createCOSStream();
            try (OutputStream os = contents.createOutputStream()) {
                os.write(noise);
            }
            page.getCOSObject().setItem(COSName.CONTENTS, contents);
            doc.save(in.resolve("ruido.pdf").toFile());
        }
        try (PDDocument doc = new PDDocument()) { // the page tree holds itself
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("ciclo");
                cs.endText();
            }
            COSDictionary pages = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
            ((COSArray) pages.getDictionaryObject(COSName.KIDS)).add(pages);
            doc.save(in.resolve("ciclo.pdf").toFile());
        }
        Path outDir = dir.resolve("out-hostile");

        int code = run("convert", "-c", config.toString(), "-o", outDir.toString(), in.toString());

        String e = err.toString();
        assertTrue(code == 0 || code == 1, "exit " + code + "\n" + e);
        assertFalse(e.contains("Exception") || e.contains("\tat ") || e.contains("StackOverflowError"), "no stack traces:\n" + e);
        assertTrue(Files.exists(outDir.resolve("bueno/bueno-t01.csv")), "the good file still converts:\n" + e);
        for (String f : new String[] {"recursivo", "ruido", "ciclo"}) {
            boolean converted = Files.exists(outDir.resolve(f + "/manifest.json"));
            boolean reported = e.lines().anyMatch(l -> l.startsWith("error: ") && l.contains(f + ".pdf"));
            assertTrue(converted || reported, f + ": neither converted nor reported:\n" + e);
        }
        assertTrue(e.lines().filter(l -> l.startsWith("error: ")).count() <= 3, e);
    }
}
