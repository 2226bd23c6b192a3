package org.sinpdf.extract.ocr;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.sinpdf.extract.image.GreyImage;
import org.sinpdf.extract.image.PagePreparation;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Page;
import org.sinpdf.model.TextChunk;
import org.sinpdf.spi.StageContext;

/**
 * Debugging aid, not a test: the OCR words of one page of a PDF as the stage gives them (text,
 * confidence, box), those matching a pattern with second readings of their crop by each model.
 * <pre>
 * OMP_THREAD_LIMIT=1 java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.sinpdf.extract.ocr.WordDump FILE.pdf PAGE [REGEX]
 * </pre>
 */
public final class WordDump {
    public static void main(String[] args) throws Exception {
        Path pdf = Path.of(args[0]);
        int number = Integer.parseInt(args[1]);
        Pattern match = Pattern.compile(args.length > 2 ? args[2] : ".*");
        OcrOptions options = OcrOptions.DEFAULTS.withIsolation(OcrOptions.ISOLATION_IN_PROCESS).withPoolSize(1);
        TesseractSetup setup = new TesseractSetup(TesseractSetup.resolveDatapath(""), options.languages());
        GreyImage image;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            BufferedImage rendered = new PDFRenderer(doc).renderImageWithDPI(number - 1, options.dpi(), ImageType.GRAY);
            image = GreyImage.of(rendered, options.dpi());
        }
        StageContext ctx = new StageContext() {
            @Override public DocumentInfo document() { return new DocumentInfo("dump", pdf.toString(), "", "application/pdf", 0); }
            @Override public void report(Finding f) { System.out.println("finding: " + f.code() + " " + f.message()); }
            @Override public boolean raw() { return false; }
        };
        try (EnginePool pool = new EnginePool(new EngineFactory(setup, options), 1)) {
            Page page = new OcrPageReader("tesseract-ocr", options, pool).read(image, number, 72.0 / options.dpi(), "pt", 0, "dump", ctx);
            System.out.println("rotation " + page.rotation());
            for (TextChunk c : page.chunks()) {
                if (!match.matcher(c.text()).find()) continue;
                System.out.printf(Locale.ROOT, "stage  %-24s %.2f  %.0f,%.0f-%.0f,%.0f%n", c.text(), c.confidence().value(),
                        c.box().left(), c.box().top(), c.box().right(), c.box().bottom());
            }
            PagePreparation.Prepared prepared = new PagePreparation(options.steps()).prepare(image, page.rotation());
            OcrEngine engine = pool.borrow();
            try {
                List<TesseractEngine.Word> words = engine.recognize(prepared.image(), 0);
                for (int i = 0; i < words.size(); i++) {
                    TesseractEngine.Word w = words.get(i);
                    if (!match.matcher(w.text()).find()) continue;
                    UnreadInk.Crop c = UnreadInk.wordCrop(prepared.image(), words, i, prepared.rulings());
                    String dir = System.getenv("DUMP_DIR");
                    if (dir != null) {
                        javax.imageio.ImageIO.write(c.image().toBufferedImage(), "png", Path.of(dir, "w" + i + ".png").toFile());
                        int x0 = Math.max(0, w.left() - 60), y0 = Math.max(0, w.top() - 30);
                        int x1 = Math.min(prepared.image().width(), w.right() + 60), y1 = Math.min(prepared.image().height(), w.bottom() + 30);
                        javax.imageio.ImageIO.write(prepared.image().toBufferedImage().getSubimage(x0, y0, x1 - x0, y1 - y0), "png",
                                Path.of(dir, "ctx" + i + ".png").toFile());
                    }
                    System.out.printf(Locale.ROOT, "page   %-24s %5.1f %s [%d,%d-%d,%d h%d] | spa %s | eng %s | psm7 %s | psm8 %s%n",
                            w.text(), w.confidence(), w.language(), w.left(), w.top(), w.right(), w.bottom(), w.bottom() - w.top(),
                            brief(engine.recognizeIn("spa", c.image(), 7, 0)), brief(engine.recognizeIn("eng", c.image(), 7, 0)),
                            brief(engine.recognizeAs(c.image(), 7, 0)), brief(engine.recognizeAs(c.image(), 8, 0)));
                }
            } finally {
                pool.release(engine, false);
            }
            if (System.getenv("SYMBOLS") != null) symbols(setup, prepared.image(), match);
            if (System.getenv("CHOICES") != null) compareChoiceModes(setup, prepared.image());
        }
    }

    /** Each matching word's symbols with their confidence and Tesseract's alternative choices. */
    static void symbols(TesseractSetup setup, GreyImage img, Pattern match) throws Exception {
        net.sourceforge.tess4j.TessAPI api = setup.api();
        net.sourceforge.tess4j.ITessAPI.TessBaseAPI h = api.TessBaseAPICreate();
        api.TessBaseAPIInit2(h, setup.datapath(), setup.languages(), net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode.OEM_DEFAULT);
        api.TessBaseAPISetPageSegMode(h, 3);
        api.TessBaseAPISetVariable(h, "lstm_choice_mode", "2");
        java.nio.ByteBuffer b = img.toDirectBuffer();
        api.TessBaseAPISetImage(h, b, img.width(), img.height(), 1, img.width());
        api.TessBaseAPISetSourceResolution(h, (int) img.dpi());
        long t0 = System.nanoTime();
        api.TessBaseAPISetVariable(h, "lstm_choice_mode", "0");
        api.TessBaseAPIRecognize(h, null);
        long t1 = System.nanoTime();
        api.TessBaseAPISetImage(h, b, img.width(), img.height(), 1, img.width());
        api.TessBaseAPISetSourceResolution(h, (int) img.dpi());
        api.TessBaseAPISetVariable(h, "lstm_choice_mode", "2");
        api.TessBaseAPIRecognize(h, null);
        long t2 = System.nanoTime();
        System.out.println("recognize: choice mode 0 " + (t1 - t0) / 1_000_000 + " ms, mode 2 " + (t2 - t1) / 1_000_000 + " ms");
        int[] hist = new int[11];
        float rival = 0;
        int words = 0;
        net.sourceforge.tess4j.ITessAPI.TessResultIterator ri = api.TessBaseAPIGetIterator(h);
        int wordLevel = net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel.RIL_WORD;
        int symLevel = net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel.RIL_SYMBOL;
        net.sourceforge.tess4j.ITessAPI.TessPageIterator pi = api.TessResultIteratorGetPageIterator(ri);
        StringBuilder line = new StringBuilder();
        String word = "";
        do {
            if (api.TessPageIteratorIsAtBeginningOf(pi, wordLevel) == 1) {
                if (match.matcher(word).find()) System.out.println("symbols " + word + " :" + line);
                if (!word.isEmpty()) { hist[Math.min(10, (int) (rival / 10))]++; words++; if (rival >= 20 && System.getenv("RIVALS") != null) System.out.println("rival " + word + " " + rival + " :" + line); }
                rival = 0;
                com.sun.jna.Pointer p = api.TessResultIteratorGetUTF8Text(ri, wordLevel);
                word = p == null ? "" : p.getString(0, "UTF-8").strip();
                line.setLength(0);
            }
            com.sun.jna.Pointer p = api.TessResultIteratorGetUTF8Text(ri, symLevel);
            String sym = p == null ? "?" : p.getString(0, "UTF-8");
            line.append(' ').append(sym).append(String.format(Locale.ROOT, "%.0f", api.TessResultIteratorConfidence(ri, symLevel)));
            net.sourceforge.tess4j.ITessAPI.TessChoiceIterator ci = api.TessResultIteratorGetChoiceIterator(ri);
            if (ci != null) {
                line.append('[');
                boolean first = true;
                do {
                    String t = api.TessChoiceIteratorGetUTF8Text(ci);
                    if (!first) rival = Math.max(rival, api.TessChoiceIteratorConfidence(ci));
                    first = false;
                    line.append(t).append(String.format(Locale.ROOT, "%.0f ", api.TessChoiceIteratorConfidence(ci)));
                } while (api.TessChoiceIteratorNext(ci) == 1);
                api.TessChoiceIteratorDelete(ci);
                line.append(']');
            }
        } while (api.TessResultIteratorNext(ri, symLevel) == 1);
        if (match.matcher(word).find()) System.out.println("symbols " + word + " :" + line);
        api.TessResultIteratorDelete(ri);
        System.out.println("words " + words + " by rival decile " + java.util.Arrays.toString(hist));
        api.TessBaseAPIEnd(h);
        api.TessBaseAPIDelete(h);
    }

    /** The words of the page read with lstm_choice_mode 0 and 2 (each by a fresh engine), where they differ. */
    static void compareChoiceModes(TesseractSetup setup, GreyImage img) throws Exception {
        List<List<String>> runs = new java.util.ArrayList<>();
        for (String mode : List.of("0", "2", "0")) {
            net.sourceforge.tess4j.TessAPI api = setup.api();
            net.sourceforge.tess4j.ITessAPI.TessBaseAPI h = api.TessBaseAPICreate();
            api.TessBaseAPIInit2(h, setup.datapath(), setup.languages(), net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode.OEM_DEFAULT);
            api.TessBaseAPISetPageSegMode(h, 3);
            api.TessBaseAPISetVariable(h, "lstm_choice_mode", mode);
            java.nio.ByteBuffer b = img.toDirectBuffer();
            api.TessBaseAPISetImage(h, b, img.width(), img.height(), 1, img.width());
            api.TessBaseAPISetSourceResolution(h, (int) img.dpi());
            api.TessBaseAPISetVariable(h, "user_defined_dpi", Integer.toString((int) img.dpi()));
            long t0 = System.nanoTime();
            com.sun.jna.Pointer p = api.TessBaseAPIGetTsvText(h, 0);
            System.out.println("mode " + mode + ": " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            List<String> words = new java.util.ArrayList<>();
            for (String line : p.getString(0, "UTF-8").split("\n")) {
                String[] f = line.split("\t");
                if (f.length >= 12 && f[0].equals("5") && !f[11].isBlank()) words.add(f[6] + "," + f[7] + " " + f[11] + " " + f[10]);
            }
            api.TessDeleteText(p);
            runs.add(words);
            api.TessBaseAPIEnd(h);
            api.TessBaseAPIDelete(h);
        }
        for (int k = 1; k < runs.size(); k++) {
            java.util.Set<String> a = new java.util.LinkedHashSet<>(runs.get(0)), b = new java.util.LinkedHashSet<>(runs.get(k));
            java.util.Set<String> onlyA = new java.util.LinkedHashSet<>(a); onlyA.removeAll(b);
            java.util.Set<String> onlyB = new java.util.LinkedHashSet<>(b); onlyB.removeAll(a);
            System.out.println("run 0 vs run " + k + ": " + runs.get(0).size() + " vs " + runs.get(k).size() + " words; only in 0: " + onlyA + "; only in " + k + ": " + onlyB);
        }
    }

    private static String brief(List<TesseractEngine.Word> ws) {
        StringBuilder b = new StringBuilder();
        for (TesseractEngine.Word w : ws) b.append(w.text()).append('(').append(Math.round(w.confidence())).append(w.language()).append(") ");
        return b.toString().strip();
    }
}
