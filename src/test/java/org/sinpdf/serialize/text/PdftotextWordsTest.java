package org.sinpdf.serialize.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinpdf.pipeline.Pipeline;
import org.sinpdf.pipeline.PipelineConfig;
import org.sinpdf.pipeline.PluginRegistry;

/**
 * The full text of the ICDAR 2013 documents holds the same words as {@code pdftotext} (poppler)
 * gives, as bags of words (NFKC, whitespace-separated; our {@code [encabezado]}/{@code [pie]}
 * markers removed; tables as text). Needs poppler-utils ({@code bin/setup-system --tests}).
 *
 * <p>The target is 99% over the whole set. Measured on 2026-11-27 over all 45 documents:
 * recall 0.9949, precision 0.9930 (was 0.9862 / 0.9768 before {@code pdfbox-text} measured
 * non-embedded standard fonts with their Adobe metrics, read drawn capitals and ligature glyph
 * names, dropped text drawn twice over itself and joined TeX's spacing accents to their letters).
 * What is left is mostly poppler's own doing, not lost text: {@code pdftotext} joins a word
 * hyphenated at a line end ("dis-" + "ability" → "disability") and so also swallows table cells
 * holding only "-" (eu-001), follows a ToUnicode map that lower-cases drawn capitals in us-025
 * ("tABLE"), and spells out letter-spaced headings letter by letter (us-022); ours also keeps
 * apart glyphs the content stream draws out of order (us-040 subscripts). The text writer writes
 * every extracted word (see {@link #everyExtractedWordReachesTheText}). The slow test is a ratchet
 * just below the measured level.
 */
class PdftotextWordsTest {
    /** Documents on which pdfbox-text and poppler agree: the text writer must not lose that. */
    static final List<String> SAMPLE = List.of("eu-002", "us-013", "us-037");

    @TempDir Path out;

    record Score(long theirs, long ours, long matched) {
        double recall() { return theirs == 0 ? 1 : (double) matched / theirs; }
        double precision() { return ours == 0 ? 1 : (double) matched / ours; }
        Score plus(Score o) { return new Score(theirs + o.theirs, ours + o.ours, matched + o.matched); }
    }

    static Path corpus() { return Path.of(System.getProperty("sinpdf.corpus"), "icdar2013"); }

    static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        for (String w : Normalizer.normalize(text, Normalizer.Form.NFKC).split("\\s+")) {
            if (!w.isEmpty()) bag.merge(w, 1, Integer::sum);
        }
        return bag;
    }

    static Score compare(Map<String, Integer> theirs, Map<String, Integer> ours) {
        long t = theirs.values().stream().mapToLong(Integer::longValue).sum();
        long o = ours.values().stream().mapToLong(Integer::longValue).sum();
        long m = 0;
        for (var e : theirs.entrySet()) m += Math.min(e.getValue(), ours.getOrDefault(e.getKey(), 0));
        return new Score(t, o, m);
    }

    static String pdftotext(Path pdf) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(false).start();
        } catch (IOException e) {
            throw new IllegalStateException("pdftotext is missing: install poppler-utils (bin/setup-system --tests)", e);
        }
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IOException("pdftotext failed on " + pdf);
        return text;
    }

    static String ours(Path txt) throws IOException {
        return Files.readString(txt, StandardCharsets.UTF_8).replace(TextWriter.HEADER_MARK, "").replace(TextWriter.FOOTER_MARK, "");
    }

    Score measure(List<Path> pdfs) throws Exception {
        PipelineConfig config = PipelineConfig.defaults().withExtract(List.of("pdfbox-text"))
                .withSerialize(List.of("txt", "alto")).withOption("txt", "tables", "text");
        Score total = new Score(0, 0, 0);
        try (Pipeline p = Pipeline.build(PluginRegistry.discover(), config)) {
            for (Path pdf : pdfs) {
                String name = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
                p.convert(pdf, out);
                Score s = compare(bag(pdftotext(pdf)), bag(ours(out.resolve(name).resolve(name + ".txt"))));
                System.out.println(String.format(Locale.ROOT, "%-8s recall %.4f precision %.4f (%d/%d words)", name, s.recall(),
                        s.precision(), s.matched(), s.theirs()));
                total = total.plus(s);
            }
        }
        System.out.println(String.format(Locale.ROOT, "all %d: recall %.4f precision %.4f (%d of %d pdftotext words, %d ours)",
                pdfs.size(), total.recall(), total.precision(), total.matched(), total.theirs(), total.ours()));
        return total;
    }

    @Test
    void sampleDocumentsHaveThePdftotextWords() throws Exception {
        List<Path> pdfs = SAMPLE.stream().map(n -> corpus().resolve(n + ".pdf")).toList();
        Score s = measure(pdfs);
        assertTrue(s.recall() >= 0.99 && s.precision() >= 0.99, "bag of words vs pdftotext: " + s);
    }

    @Test
    void everyExtractedWordReachesTheText() throws Exception {
        PipelineConfig config = PipelineConfig.defaults().withExtract(List.of("pdfbox-text"))
                .withSerialize(List.of("csv", "txt", "alto")).withOption("txt", "tables", "text");
        try (Pipeline p = Pipeline.build(PluginRegistry.discover(), config)) {
            for (String name : List.of("us-026", "eu-001")) {
                var result = p.convert(corpus().resolve(name + ".pdf"), out);
                assertTrue(!result.tables().isEmpty(), name + ": tables found, so table regions are exercised");
                Path folder = out.resolve(name);
                String alto = Files.readString(folder.resolve(name + ".alto.xml"), StandardCharsets.UTF_8);
                StringBuilder words = new StringBuilder();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("CONTENT=\"([^\"]*)\"").matcher(alto);
                while (m.find()) words.append(unescape(m.group(1))).append(' ');
                org.junit.jupiter.api.Assertions.assertEquals(bag(words.toString()),
                        bag(ours(folder.resolve(name + ".txt"))), name + ": the words of the ALTO file and of the text");
            }
        }
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    @Test
    @Tag("slow")
    void allIcdarDocumentsHaveThePdftotextWords() throws Exception {
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(corpus())) {
            pdfs = new ArrayList<>(files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList());
        }
        Score s = measure(pdfs);
        assertTrue(s.recall() >= 0.994 && s.precision() >= 0.992,
                "bag of words vs pdftotext fell below the measured 0.9949/0.9930 (target 0.99): " + s);
    }
}
