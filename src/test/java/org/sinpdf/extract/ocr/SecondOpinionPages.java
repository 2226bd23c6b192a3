package org.sinpdf.extract.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.sinpdf.extract.image.GreyImage;

/** Synthetic 300-dpi lines of text drawn with Java2D (DejaVu Sans), for the second-reading tests. */
final class SecondOpinionPages {
    private SecondOpinionPages() {}

    /** One line per entry, 12 pt, on a white page wide enough for it. */
    static GreyImage lines(List<String> lines) {
        int w = 2000, h = 120 + 90 * lines.size();
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font("DejaVu Sans", Font.PLAIN, 50)); // 12 pt at 300 dpi
            for (int i = 0; i < lines.size(); i++) g.drawString(lines.get(i), 80, 120 + 90 * i);
        } finally {
            g.dispose();
        }
        return GreyImage.of(img, 300);
    }

    /** An in-process engine with the default languages and page segmentation, for the second-reading tests. */
    static TesseractEngine engine() throws OcrEngineUnavailableException {
        return TesseractEngine.create(new TesseractSetup(TesseractSetup.resolveDatapath(""), "spa+eng"), 3);
    }

    /** The first word whose text contains {@code part}; fails the test when there is none. */
    static int find(List<TesseractEngine.Word> words, String part) {
        for (int i = 0; i < words.size(); i++) if (words.get(i).text().contains(part)) return i;
        throw new AssertionError("no word holding '" + part + "' in " + words);
    }

    static TesseractEngine.Word as(TesseractEngine.Word w, String text, float confidence, String language) {
        return new TesseractEngine.Word(text, w.left(), w.top(), w.right(), w.bottom(), confidence, language);
    }
}
