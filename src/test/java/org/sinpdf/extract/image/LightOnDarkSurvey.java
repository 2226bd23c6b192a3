package org.sinpdf.extract.image;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Diagnostic, not a test: lists the bands {@link LightOnDark} judges on each page of scanned PDFs (rendered
 * at 300 dpi) or page images (at their declared resolution, else the one image OCR assumes), deskewed as page
 * preparation does, and writes crops of the reverse-video ones (grey, binarized, binarized with the step) to an
 * output directory, and for a page the step changed, the whole page (the three side by side, halved).
 * Usage: {@code bin/bench org.sinpdf.extract.image.LightOnDarkSurvey OUTDIR PDF-OR-IMAGE...}
 */
public final class LightOnDarkSurvey {
    private LightOnDarkSurvey() {}

    public static void main(String[] args) throws Exception {
        Path outDir = Path.of(args[0]);
        Files.createDirectories(outDir);
        for (int a = 1; a < args.length; a++) {
            File pdf = new File(args[a]);
            if (!pdf.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
                BufferedImage bi = ImageIO.read(pdf);
                // as image OCR does for an image that declares no resolution: 300 dpi unless the page would be
                // under 5 or over 17 inches long, then a letter-size page
                double longSide = Math.max(bi.getWidth(), bi.getHeight()), dpi = 300;
                if (longSide / 300 < 5 || longSide / 300 > 17) dpi = Math.max(100, Math.min(600, longSide / 11.0));
                survey(outDir, pdf.getName().replaceAll("\\.[a-zA-Z]+$", ""), 0, GreyImage.of(bi, dpi));
                continue;
            }
            String name = pdf.getName().replace("-300dpi.pdf", "");
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                PDFRenderer r = new PDFRenderer(doc);
                for (int pg = 0; pg < doc.getNumberOfPages(); pg++) {
                    survey(outDir, name, pg, GreyImage.of(r.renderImageWithDPI(pg, 300, ImageType.GRAY), 300));
                }
            }
        }
    }

    private static void survey(Path outDir, String name, int pg, GreyImage page) throws java.io.IOException {
        GreyImage img = page;
        double skew = new SkewDetector(10).measure(img);
        if (skew != 0) img = Rotation.byAngle(img, -skew);
        List<LightOnDark.Band> bands = LightOnDark.bands(img.pixels(), img.width(), img.height(), img.dpi());
        GreyImage bin = new Binarizer(Binarizer.Method.SAUVOLA).apply(img);
        byte[] lod = bin.copyPixels();
        int changed = LightOnDark.apply(img.pixels(), lod, img.width(), img.height(), img.dpi());
        int k = 0;
        for (LightOnDark.Band b : bands) {
            if (!b.reverse() && b.blocks() < 200) continue;
            double sqin = b.total() / (img.dpi() * img.dpi());
            System.out.printf("%s p%d %s [%d,%d %dx%d] blocks %d level %d light %.4f share %.2f smooth %.2f glyphs %d (%.2f of light) tiny/in2 %.0f large %d spread %d%n", name, pg + 1,
                    b.reverse() ? "REVERSE" : "other  ", b.x0(), b.y0(), b.x1() - b.x0(), b.y1() - b.y0(), b.blocks(),
                    b.level(), b.light() / (double) b.total(), b.light() / (double) Math.max(1, b.light() + b.darker()),
                    b.near() / (double) b.blocks(), b.glyphs(), b.glyphPixels() / (double) Math.max(1, b.light()), b.tiny() / sqin, b.large(), b.spread());
            if (b.reverse()) {
                k++;
                int m = 40, x0 = Math.max(0, b.x0() - m), y0 = Math.max(0, b.y0() - m);
                int x1 = Math.min(img.width(), b.x1() + m), y1 = Math.min(img.height(), b.y1() + m);
                BufferedImage crop = new BufferedImage(x1 - x0, 3 * (y1 - y0) + 20, BufferedImage.TYPE_BYTE_GRAY);
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) {
                        int o = y * img.width() + x;
                        int g = img.pixels()[o] & 0xff, bb = bin.pixels()[o] & 0xff, l = lod[o] & 0xff;
                        crop.getRaster().setSample(x - x0, y - y0, 0, g);
                        crop.getRaster().setSample(x - x0, y - y0 + (y1 - y0) + 10, 0, bb);
                        crop.getRaster().setSample(x - x0, y - y0 + 2 * (y1 - y0) + 20, 0, l);
                    }
                }
                ImageIO.write(crop, "png", outDir.resolve(name + "-p" + (pg + 1) + "-b" + k + ".png").toFile());
            }
        }
        String zoom = System.getenv("ZOOM"); // x,y,w,h,scale on this page: an enlarged crop of the three images
        if (zoom != null && System.getenv("ZOOM_PAGE") != null && Integer.parseInt(System.getenv("ZOOM_PAGE")) == pg + 1) {
            String[] z = zoom.split(",");
            int zx = Integer.parseInt(z[0]), zy = Integer.parseInt(z[1]), zw = Integer.parseInt(z[2]), zh = Integer.parseInt(z[3]);
            int sc = Integer.parseInt(z[4]);
            BufferedImage crop = new BufferedImage(zw * sc, (3 * zh + 4) * sc, BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < 3 * zh + 4; y++) {
                for (int x = 0; x < zw; x++) {
                    int panel = y / (zh + 2), yy = y % (zh + 2);
                    int v = 128;
                    if (yy < zh && panel < 3) {
                        int o = (zy + yy) * img.width() + zx + x;
                        v = (panel == 0 ? img.pixels()[o] : panel == 1 ? bin.pixels()[o] : lod[o]) & 0xff;
                    }
                    for (int dy = 0; dy < sc; dy++) for (int dx = 0; dx < sc; dx++) crop.getRaster().setSample(x * sc + dx, y * sc + dy, 0, v);
                }
            }
            ImageIO.write(crop, "png", outDir.resolve(name + "-p" + (pg + 1) + "-zoom.png").toFile());
        }
        if (changed > 0) {
            int pw = img.width() / 2, ph = img.height() / 2;
            BufferedImage all = new BufferedImage(3 * pw + 20, ph, BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < ph; y++) {
                for (int x = 0; x < pw; x++) {
                    int o = 2 * y * img.width() + 2 * x;
                    all.getRaster().setSample(x, y, 0, img.pixels()[o] & 0xff);
                    all.getRaster().setSample(x + pw + 10, y, 0, bin.pixels()[o] & 0xff);
                    all.getRaster().setSample(x + 2 * pw + 20, y, 0, lod[o] & 0xff);
                }
            }
            ImageIO.write(all, "png", outDir.resolve(name + "-p" + (pg + 1) + "-page.png").toFile());
        }
        System.out.printf("%s p%d %dx%d at %.0f dpi skew %.2f changed %d%n", name, pg + 1, img.width(), img.height(), img.dpi(),
                skew, changed);
    }
}
