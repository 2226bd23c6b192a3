package org.sinpdf.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.sinpdf.extract.ocr.OcrOptions;
import org.sinpdf.extract.ocr.TesseractOcrExtractor;
import org.sinpdf.model.TextChunk;

/**
 * Accuracy of the {@code tesseract-ocr} stage with different language settings (not a unit test).
 * Each argument is {@code IMAGE=PDF#PAGE}: a scan-like image of page PAGE (1-based) of PDF, whose
 * text layer is the ground truth. Reports, per image and language setting: the order-free CER (words
 * of each side sorted by letters and digits, so table reading order does not count), the recall of ground-truth words
 * (exact, as a multiset) and of the words with accents or ñ. Run with OMP_THREAD_LIMIT=1:
 * <pre>
 * OMP_THREAD_LIMIT=1 java -cp target/classes:target/test-classes:$(cat cp.txt) org.sinpdf.bench.OcrLanguageComparison \
 *     --langs spa,spa+eng,eng /tmp/scans/capitales-estatales-300dpi-p001.png=samples/capitales-estatales.pdf#1 ...
 * </pre>
 */
public final class OcrLanguageComparison {
    public static void main(String[] args) throws Exception {
        List<String> langs = List.of("spa", "spa+eng");
        List<String[]> cases = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--langs")) langs = List.of(args[++i].split(","));
            else cases.add(args[i].split("[=#]"));
        }
        Map<String, double[]> totals = new HashMap<>();
        System.out.printf(Locale.ROOT, "%-42s %-8s %8s %8s %8s%n", "image", "langs", "CER*", "words", "accented");
        for (String[] c : cases) {
            Path image = Path.of(c[0]);
            String truth = groundTruth(Path.of(c[1]), Integer.parseInt(c[2]));
            for (String l : langs) {
                try (TesseractOcrExtractor ocr = new TesseractOcrExtractor(OcrOptions.DEFAULTS.withLanguages(l).withPoolSize(1))) {
                    String text = read(ocr, image);
                    double cer = cer(sorted(truth), sorted(text));
                    double[] rec = recall(truth, text);
                    System.out.printf(Locale.ROOT, "%-42s %-8s %8.4f %8.4f %8.4f   (%d words, %d accented)%n",
                            image.getFileName(), l, cer, rec[0], rec[1], (int) rec[2], (int) rec[3]);
                    double[] t = totals.computeIfAbsent(l, k -> new double[3]);
                    t[0] += cer; t[1] += rec[0]; t[2]++;
                }
            }
        }
        for (String l : langs) {
            double[] t = totals.get(l);
            if (t != null) System.out.printf(Locale.ROOT, "mean %-8s CER* %.4f, word recall %.4f%n", l, t[0] / t[2], t[1] / t[2]);
        }
    }

    static String groundTruth(Path pdf, int page) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(page);
            s.setEndPage(page);
            return s.getText(doc);
        }
    }

    static String read(TesseractOcrExtractor ocr, Path png) throws Exception {
        List<String> words = new ArrayList<>();
        for (TextChunk t : BenchPages.ocrWords(ocr, png)) words.add(t.text());
        return String.join(" ", words);
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.strip().split("\\s+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    /**
     * The words in order of a key that ignores case, accents and punctuation, so that a misread
     * character (° read as %) changes a word, not its place in the order.
     */
    static String sorted(String s) {
        List<String> w = words(s);
        w.sort(java.util.Comparator.comparing(OcrLanguageComparison::key).thenComparing(x -> x));
        return String.join(" ", w);
    }

    static String key(String w) {
        String d = java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return d.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    }

    /** {recall of words, recall of accented words, number of words, number of accented words}. */
    static double[] recall(String truth, String text) {
        Map<String, Integer> have = new HashMap<>();
        for (String w : words(text)) have.merge(w, 1, Integer::sum);
        int n = 0, hit = 0, na = 0, hitA = 0;
        for (String w : words(truth)) {
            boolean accented = w.chars().anyMatch(ch -> "áéíóúüñÁÉÍÓÚÜÑ".indexOf(ch) >= 0);
            n++;
            if (accented) na++;
            Integer k = have.get(w);
            if (k != null && k > 0) {
                have.put(w, k - 1);
                hit++;
                if (accented) hitA++;
            }
        }
        return new double[] {(double) hit / Math.max(1, n), (double) hitA / Math.max(1, na), n, na};
    }

    static double cer(String e, String a) {
        return (double) org.sinpdf.eval.CellTextErrors.levenshtein(e, a) / Math.max(1, e.length());
    }
}
