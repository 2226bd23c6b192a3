package org.sinpdf.tools.scan;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.sinpdf.extract.pdf.FaithfulRenderer;
import org.sinpdf.extract.image.GreyImage;
import org.sinpdf.extract.image.Rotation;

/**
 * Makes scanned renditions of PDFs, to test OCR against documents whose content is known: every
 * page is rendered grey at each resolution, then degraded like an office scanner would — paper
 * tone, a small skew (±{@code --max-skew}°), blur, noise, JPEG compression (the same JPEG in every format), and some pages turned
 * 90° — and written as an image-only PDF, a multi-page TIFF and/or one PNG per page, with a
 * {@code .tsv} log of what was done to each page. Deterministic: the same seed, input and options
 * give the same bytes.
 *
 * <pre>
 * java -cp target/classes:$(cat cp.txt) org.sinpdf.tools.scan.ScanRenditions \
 *     --out /tmp/scans [--dpi 300,200] [--formats pdf,tiff,png] [--seed 42] [--turn-every 7] \
 *     [--max-skew 2] [--noise 6] [--blur 0.6] [--jpeg-quality 75] [--pages 3] FILE.pdf|DIR ...
 * </pre>
 * A directory contributes its {@code *.pdf} files (not recursive), in name order. Output names:
 * {@code NAME-300dpi.pdf}, {@code NAME-300dpi.tif}, {@code NAME-300dpi-p001.png},
 * {@code NAME-300dpi.tsv}. Exit code 0 when every input was rendered, 1 otherwise, 2 on bad usage.
 */
public final class ScanRenditions {
    /** What to do; see the class comment for the flags. */
    public record Settings(List<Integer> dpis, List<String> formats, long seed, int turnEvery, double maxSkew,
                           double noise, double blur, int jpegQuality, int maxPages) {
        public static final Settings DEFAULTS = new Settings(List.of(300, 200), List.of("pdf", "tiff"), 42, 7, 2.0,
                6.0, 0.6, 75, 0);

        public Settings {
            dpis = List.copyOf(dpis);
            formats = List.copyOf(formats);
            for (String f : formats) {
                if (!List.of("pdf", "tiff", "png").contains(f)) throw new IllegalArgumentException("unknown format " + f);
            }
            if (jpegQuality < 1 || jpegQuality > 100) throw new IllegalArgumentException("jpeg quality 1..100");
        }
    }

    /** What was done to one page, as logged. */
    public record PageLog(int page, int dpi, int turnedClockwise, double skewDegrees, double noise, double blur,
                          int jpegQuality, int width, int height) {}

    private final Settings settings;

    public ScanRenditions(Settings settings) { this.settings = settings; }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The command line without {@code System.exit}; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Settings s = Settings.DEFAULTS;
        Path outDir = null;
        List<Path> inputs = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--out" -> outDir = Path.of(args[++i]);
                    case "--dpi" -> s = new Settings(ints(args[++i]), s.formats(), s.seed(), s.turnEvery(), s.maxSkew(),
                            s.noise(), s.blur(), s.jpegQuality(), s.maxPages());
                    case "--formats" -> s = new Settings(s.dpis(), List.of(args[++i].toLowerCase(Locale.ROOT).split(",")),
                            s.seed(), s.turnEvery(), s.maxSkew(), s.noise(), s.blur(), s.jpegQuality(), s.maxPages());
                    case "--seed" -> s = new Settings(s.dpis(), s.formats(), Long.parseLong(args[++i]), s.turnEvery(),
                            s.maxSkew(), s.noise(), s.blur(), s.jpegQuality(), s.maxPages());
                    case "--turn-every" -> s = new Settings(s.dpis(), s.formats(), s.seed(), Integer.parseInt(args[++i]),
                            s.maxSkew(), s.noise(), s.blur(), s.jpegQuality(), s.maxPages());
                    case "--max-skew" -> s = new Settings(s.dpis(), s.formats(), s.seed(), s.turnEvery(),
                            Double.parseDouble(args[++i]), s.noise(), s.blur(), s.jpegQuality(), s.maxPages());
                    case "--noise" -> s = new Settings(s.dpis(), s.formats(), s.seed(), s.turnEvery(), s.maxSkew(),
                            Double.parseDouble(args[++i]), s.blur(), s.jpegQuality(), s.maxPages());
                    case "--blur" -> s = new Settings(s.dpis(), s.formats(), s.seed(), s.turnEvery(), s.maxSkew(),
                            s.noise(), Double.parseDouble(args[++i]), s.jpegQuality(), s.maxPages());
                    case "--jpeg-quality" -> s = new Settings(s.dpis(), s.formats(), s.seed(), s.turnEvery(), s.maxSkew(),
                            s.noise(), s.blur(), Integer.parseInt(args[++i]), s.maxPages());
                    case "--pages" -> s = new Settings(s.dpis(), s.formats(), s.seed(), s.turnEvery(), s.maxSkew(),
                            s.noise(), s.blur(), s.jpegQuality(), Integer.parseInt(args[++i]));
                    case "-h", "--help" -> {
                        out.println(usage());
                        return 0;
                    }
                    default -> {
                        if (a.startsWith("-")) throw new IllegalArgumentException("unknown option " + a);
                        inputs.add(Path.of(a));
                    }
                }
            }
            if (outDir == null || inputs.isEmpty()) throw new IllegalArgumentException("--out and at least one input are required");
        } catch (RuntimeException e) {
            err.println("ScanRenditions: " + e.getMessage());
            err.println(usage());
            return 2;
        }
        ScanRenditions tool = new ScanRenditions(s);
        int failures = 0;
        try {
            Files.createDirectories(outDir);
            for (Path pdf : expand(inputs)) {
                try {
                    List<Path> written = tool.render(pdf, outDir);
                    out.println(pdf.getFileName() + ": " + written.size() + " files");
                } catch (IOException | RuntimeException e) {
                    failures++;
                    err.println(pdf + ": " + e);
                }
            }
        } catch (IOException e) {
            err.println("ScanRenditions: " + e.getMessage());
            return 1;
        }
        return failures == 0 ? 0 : 1;
    }

    static String usage() {
        return "usage: ScanRenditions --out DIR [--dpi 300,200] [--formats pdf,tiff,png] [--seed 42] [--turn-every 7]"
                + " [--max-skew 2] [--noise 6] [--blur 0.6] [--jpeg-quality 75] [--pages N] FILE.pdf|DIR ...";
    }

    private static List<Integer> ints(String csv) {
        List<Integer> l = new ArrayList<>();
        for (String p : csv.split(",")) l.add(Integer.parseInt(p.strip()));
        return l;
    }

    private static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> pdfs = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().forEach(pdfs::add);
                }
            } else {
                pdfs.add(p);
            }
        }
        return pdfs;
    }

    /** Renders every page of {@code pdf} at each resolution; returns the files written. */
    public List<Path> render(Path pdf, Path outDir) throws IOException {
        String name = pdf.getFileName().toString().replaceFirst("(?i)\\.pdf$", "");
        List<Path> written = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf.toFile()), "", null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            PDFRenderer renderer = new FaithfulRenderer(doc);
            int pages = settings.maxPages() > 0 ? Math.min(settings.maxPages(), doc.getNumberOfPages()) : doc.getNumberOfPages();
            for (int dpi : settings.dpis()) {
                String base = name + "-" + dpi + "dpi";
                List<BufferedImage> scans = new ArrayList<>();
                List<byte[]> jpegs = new ArrayList<>();
                List<PageLog> logs = new ArrayList<>();
                for (int i = 0; i < pages; i++) {
                    Random rnd = new Random(mix(mix(mix(settings.seed()) ^ name.hashCode()) ^ dpi * 7919L + i));
                    GreyImage page = GreyImage.of(renderer.renderImageWithDPI(i, dpi, ImageType.GRAY), dpi);
                    int turn = settings.turnEvery() > 0 && (i + 1) % settings.turnEvery() == 0 ? (rnd.nextBoolean() ? 90 : 270) : 0;
                    double skew = settings.maxSkew() <= 0 ? 0 : Math.round((rnd.nextDouble() * 2 - 1) * settings.maxSkew() * 100) / 100.0;
                    GreyImage scan = Degradation.scan(page, turn, skew, settings.blur(), settings.noise(), rnd);
                    byte[] jpeg = Degradation.jpeg(scan.toBufferedImage(), settings.jpegQuality());
                    BufferedImage img = Degradation.decode(jpeg);
                    scans.add(img);
                    jpegs.add(jpeg);
                    logs.add(new PageLog(i + 1, dpi, turn, skew, settings.noise(), settings.blur(), settings.jpegQuality(),
                            img.getWidth(), img.getHeight()));
                }
                if (settings.formats().contains("pdf")) written.add(writePdf(outDir.resolve(base + ".pdf"), scans, jpegs, dpi));
                if (settings.formats().contains("tiff")) written.add(writeTiff(outDir.resolve(base + ".tif"), scans, dpi));
                if (settings.formats().contains("png")) {
                    for (int i = 0; i < scans.size(); i++) {
                        written.add(writePng(outDir.resolve(String.format(Locale.ROOT, "%s-p%03d.png", base, i + 1)), scans.get(i), dpi));
                    }
                }
                written.add(writeLog(outDir.resolve(base + ".tsv"), logs));
            }
        }
        return written;
    }

    /** SplitMix64's finaliser: neighbouring seeds give unrelated streams. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /**
     * An image-only PDF: each page sized from its image at {@code dpi}, the very JPEG bytes the
     * other formats were decoded from embedded as they are (so every format holds the same pixels).
     */
    public static Path writePdf(Path file, List<BufferedImage> pages, List<byte[]> jpegs, int dpi) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages.size(); i++) {
                BufferedImage img = pages.get(i);
                float w = img.getWidth() * 72f / dpi, h = img.getHeight() * 72f / dpi;
                PDPage page = new PDPage(new PDRectangle(w, h));
                doc.addPage(page);
                PDImageXObject x = JPEGFactory.createFromByteArray(doc, jpegs.get(i));
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 0, 0, w, h);
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A multi-page grey TIFF (LZW) declaring {@code dpi}. */
    public static Path writeTiff(Path file, List<BufferedImage> pages, int dpi) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage img : pages) {
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType("LZW");
                IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
                // native TIFF fields: TwelveMonkeys 3.12 writes the standard HorizontalPixelSize 100x too small
                String fmt = meta.getNativeMetadataFormatName();
                IIOMetadataNode root = new IIOMetadataNode(fmt);
                IIOMetadataNode ifd = new IIOMetadataNode("TIFFIFD");
                root.appendChild(ifd);
                ifd.appendChild(tiffField(282, "TIFFRationals", "TIFFRational", dpi + "/1"));
                ifd.appendChild(tiffField(283, "TIFFRationals", "TIFFRational", dpi + "/1"));
                ifd.appendChild(tiffField(296, "TIFFShorts", "TIFFShort", "2"));
                meta.mergeTree(fmt, root);
                writer.writeToSequence(new IIOImage(img, null, meta), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return file;
    }

    private static IIOMetadataNode tiffField(int tag, String array, String item, String value) {
        IIOMetadataNode f = new IIOMetadataNode("TIFFField");
        f.setAttribute("number", Integer.toString(tag));
        IIOMetadataNode a = new IIOMetadataNode(array);
        IIOMetadataNode v = new IIOMetadataNode(item);
        v.setAttribute("value", value);
        a.appendChild(v);
        f.appendChild(a);
        return f;
    }

    /** A PNG declaring {@code dpi} (pHYs). */
    public static Path writePng(Path file, BufferedImage img, int dpi) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
            IIOMetadataNode dim = new IIOMetadataNode("Dimension");
            for (String n : List.of("HorizontalPixelSize", "VerticalPixelSize")) {
                IIOMetadataNode px = new IIOMetadataNode(n);
                px.setAttribute("value", Double.toString(25.4 / dpi));
                dim.appendChild(px);
            }
            root.appendChild(dim);
            meta.mergeTree("javax_imageio_1.0", root);
            writer.write(null, new IIOImage(img, null, meta), param);
        } finally {
            writer.dispose();
        }
        return file;
    }

    private static Path writeLog(Path file, List<PageLog> logs) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("page\tdpi\tturned_clockwise\tskew_degrees\tnoise_sigma\tblur_sigma\tjpeg_quality\twidth_px\theight_px\n");
            for (PageLog l : logs) {
                w.write(String.format(Locale.ROOT, "%d\t%d\t%d\t%.2f\t%.1f\t%.2f\t%d\t%d\t%d%n", l.page(), l.dpi(),
                        l.turnedClockwise(), l.skewDegrees(), l.noise(), l.blur(), l.jpegQuality(), l.width(), l.height()));
            }
        }
        return file;
    }

    /**
     * One clean page turned into a scan-like page: turned, skewed, paper tone, blur, noise, then
     * compressed as JPEG; returns the JPEG bytes (decode with {@link #decodeJpeg}).
     */
    public static byte[] scanLike(GreyImage page, int turnClockwise, double skew, double blur, double noise,
                                  int jpegQuality, long seed) throws IOException {
        Random rnd = new Random(mix(seed));
        return Degradation.jpeg(Degradation.scan(page, turnClockwise, skew, blur, noise, rnd).toBufferedImage(), jpegQuality);
    }

    /** Decodes JPEG bytes to an 8-bit grey image. */
    public static BufferedImage decodeJpeg(byte[] jpeg) throws IOException { return Degradation.decode(jpeg); }

    /** Scanner-like damage to a clean page image. */
    static final class Degradation {
        private Degradation() {}

        /** Turn, skew, paper tone, blur, noise — in the order a scanner would add them. */
        static GreyImage scan(GreyImage page, int turnClockwise, double skew, double blurSigma, double noiseSigma, Random rnd) {
            GreyImage img = Rotation.quarterTurns(page, turnClockwise);
            if (skew != 0) img = Rotation.byAngle(img, skew);
            byte[] p = img.copyPixels();
            int paper = 236 + rnd.nextInt(16);   // off-white paper
            int ink = 10 + rnd.nextInt(30);      // not quite black toner
            for (int i = 0; i < p.length; i++) {
                int v = p[i] & 0xff;
                p[i] = (byte) (ink + (v * (paper - ink) + 127) / 255);
            }
            if (blurSigma > 0) p = gaussianBlur(p, img.width(), img.height(), blurSigma);
            if (noiseSigma > 0) {
                for (int i = 0; i < p.length; i++) {
                    int v = (int) Math.round((p[i] & 0xff) + rnd.nextGaussian() * noiseSigma);
                    p[i] = (byte) Math.max(0, Math.min(255, v));
                }
                // a few specks of dust
                int specks = (int) (p.length / 200_000.0 * (1 + rnd.nextInt(4)));
                for (int s = 0; s < specks; s++) p[rnd.nextInt(p.length)] = (byte) rnd.nextInt(60);
            }
            return new GreyImage(img.width(), img.height(), p, img.dpi());
        }

        static byte[] gaussianBlur(byte[] src, int w, int h, double sigma) {
            int r = Math.max(1, (int) Math.ceil(sigma * 2.5));
            double[] k = new double[2 * r + 1];
            double sum = 0;
            for (int i = -r; i <= r; i++) { k[i + r] = Math.exp(-i * i / (2 * sigma * sigma)); sum += k[i + r]; }
            for (int i = 0; i < k.length; i++) k[i] /= sum;
            float[] tmp = new float[src.length];
            for (int y = 0; y < h; y++) {
                int o = y * w;
                for (int x = 0; x < w; x++) {
                    double acc = 0;
                    for (int i = -r; i <= r; i++) acc += k[i + r] * (src[o + Math.max(0, Math.min(w - 1, x + i))] & 0xff);
                    tmp[o + x] = (float) acc;
                }
            }
            byte[] out = new byte[src.length];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    double acc = 0;
                    for (int i = -r; i <= r; i++) acc += k[i + r] * tmp[Math.max(0, Math.min(h - 1, y + i)) * w + x];
                    out[y * w + x] = (byte) Math.max(0, Math.min(255, (int) Math.round(acc)));
                }
            }
            return out;
        }

        /** Encodes as grey JPEG at {@code quality} (1..100). */
        static byte[] jpeg(BufferedImage img, int quality) throws IOException {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                ImageWriteParam p = writer.getDefaultWriteParam();
                p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                p.setCompressionQuality(quality / 100f);
                writer.write(null, new IIOImage(img, null, null), p);
            } finally {
                writer.dispose();
            }
            return bytes.toByteArray();
        }

        /** Decodes a JPEG to 8-bit grey. */
        static BufferedImage decode(byte[] jpeg) throws IOException {
            BufferedImage back = ImageIO.read(new ByteArrayInputStream(jpeg));
            if (back == null) throw new IOException("JPEG decoding failed");
            return GreyImage.of(back, 72).toBufferedImage();
        }
    }
}
