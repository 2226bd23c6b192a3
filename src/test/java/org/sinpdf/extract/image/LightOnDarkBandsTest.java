package org.sinpdf.extract.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * What light-on-dark recovery must leave alone, on pages drawn at 300 dpi with a little scanner noise: a chart's
 * dotted fills and dark bars, and the paper around black text next to a band; and what it must keep: a thin
 * grey rule along a light grey header band (the rule between a table's header and its first row).
 */
class LightOnDarkBandsTest {
    private static final int DPI = 300, W = 1600, H = 1200;

    /** A page of paper (grey 235) drawn by {@code draw}, with noise of about 4 greys. */
    private static GreyImage page(Consumer<Graphics2D> draw) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(235, 235, 235));
        g.fillRect(0, 0, W, H);
        draw.accept(g);
        g.dispose();
        GreyImage grey = GreyImage.of(img, DPI);
        byte[] p = grey.copyPixels();
        Random rnd = new Random(11);
        for (int i = 0; i < p.length; i++) {
            p[i] = (byte) Math.max(0, Math.min(255, (p[i] & 0xff) + (int) Math.round(rnd.nextGaussian() * 4)));
        }
        return new GreyImage(W, H, p, DPI);
    }

    private static Font font(int px, int style) { return new Font(Font.SANS_SERIF, style, px); }

    /** The binarizer's output, then light-on-dark recovery on it: {binarized, recovered}. */
    private static byte[][] both(GreyImage grey) {
        byte[] plain = new Binarizer(Binarizer.Method.SAUVOLA).apply(grey).copyPixels();
        byte[] mine = plain.clone();
        LightOnDark.apply(grey.pixels(), mine, grey.width(), grey.height(), grey.dpi());
        return new byte[][] {plain, mine};
    }

    @Test void aChartsDottedFillsDarkBarsAndLabelsAreNoBand() {
        GreyImage grey = page(g -> {
            // a bar chart: bars filled with a dot screen (light dots on dark grey, as a scan of a printed
            // pattern fill gives), one cross-hatched, one solid dark grey; a white label box with black text
            // on one; axis and thick black rules
            BufferedImage dots = new BufferedImage(5, 5, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D d = dots.createGraphics();
            d.setColor(new Color(70, 70, 70));
            d.fillRect(0, 0, 5, 5);
            d.setColor(new Color(215, 215, 215));
            d.fillRect(1, 1, 2, 2);
            d.dispose();
            g.setPaint(new TexturePaint(dots, new Rectangle2D.Double(0, 0, 5, 5)));
            g.fillRect(200, 250, 320, 800);
            g.fillRect(1100, 600, 300, 450);
            BufferedImage hatch = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D hd = hatch.createGraphics();
            hd.setColor(new Color(80, 80, 80));
            hd.fillRect(0, 0, 8, 8);
            hd.setColor(new Color(220, 220, 220));
            for (int k = -8; k < 8; k++) hd.drawLine(k, 0, k + 8, 8);
            hd.dispose();
            g.setPaint(new TexturePaint(hatch, new Rectangle2D.Double(0, 0, 8, 8)));
            g.fillRect(600, 400, 180, 650);
            g.setColor(new Color(98, 98, 98));
            g.fillRect(850, 500, 150, 550);
            g.setColor(Color.WHITE);
            g.fillRect(250, 600, 200, 70);
            g.setColor(Color.BLACK);
            g.setFont(font(50, Font.PLAIN));
            g.drawString("50.5%", 265, 652);
            g.setStroke(new BasicStroke(14));
            g.drawLine(150, 1060, 1500, 1060);
            g.drawLine(150, 150, 150, 1060);
            g.setStroke(new BasicStroke(30));
            g.drawLine(150, 100, 1500, 100);
        });
        for (LightOnDark.Band b : LightOnDark.bands(grey.pixels(), W, H, DPI)) {
            assertTrue(!b.reverse(), "a chart's fill or bar judged reverse video: " + b);
        }
        byte[][] r = both(grey);
        assertArrayEquals(r[0], r[1], "the binarizer's reading changed");
        assertEquals(0, LightOnDark.apply(grey.pixels(), r[0].clone(), W, H, DPI));
    }

    /** A light grey header band with white captions, a thin darker rule across its foot, black rows below. */
    private static GreyImage headerBand() {
        return page(g -> {
            g.setColor(new Color(165, 165, 165));
            g.fillRect(100, 200, 1400, 100);
            g.setColor(new Color(115, 115, 115));
            g.fillRect(100, 280, 1400, 4); // a rule across the band's foot (between the header's two lines)
            g.setColor(new Color(242, 242, 242));
            g.setFont(font(34, Font.BOLD));
            g.drawString("Country", 120, 252);
            g.drawString("Domestic (%)", 500, 252);
            g.drawString("Total (n)", 1150, 252);
            g.setColor(new Color(40, 40, 40));
            g.setFont(font(34, Font.PLAIN));
            g.drawString("Austria", 120, 342);
            g.drawString("86.2", 560, 342);
            g.drawString("3,375", 1180, 342);
        });
    }

    @Test void aThinRuleAlongAHeaderBandStaysInk() {
        GreyImage grey = headerBand();
        byte[][] r = both(grey);
        int ruleInk = 0, ruleInkPlain = 0, n = 0;
        for (int x = 120; x < 1480; x++) {
            n++;
            boolean any = false, anyPlain = false;
            for (int y = 280; y <= 283; y++) {
                any |= r[1][y * W + x] == 0;
                anyPlain |= r[0][y * W + x] == 0;
            }
            if (any) ruleInk++;
            if (anyPlain) ruleInkPlain++;
        }
        assertTrue(ruleInkPlain > 0.95 * n, "(the binarizer finds the rule: " + ruleInkPlain + " of " + n + ")");
        assertTrue(ruleInk > 0.95 * n, "the rule on the band stays ink: " + ruleInk + " of " + n);
        // and the captions are ink: the band was recovered
        int captionInk = 0;
        for (int y = 215; y < 265; y++) {
            for (int x = 120; x < 1480; x++) if ((grey.pixels()[y * W + x] & 0xff) > 225 && r[1][y * W + x] == 0) captionInk++;
        }
        assertTrue(captionInk > 2000, "white captions become ink: " + captionInk);
    }

    @Test void paperAroundBlackTextOnALighterRowUnderABandStaysPaper() {
        GreyImage grey = page(g -> {
            g.setColor(new Color(90, 90, 90));
            g.fillRect(100, 200, 1400, 110);
            g.setColor(new Color(240, 240, 240));
            g.setFont(font(40, Font.PLAIN));
            g.drawString("District Totals", 120, 270);
            g.drawString("FY 2007", 700, 270);
            g.drawString("FY 2008", 1100, 270);
            g.setColor(new Color(210, 210, 210)); // a light grey row right under the band, bold black text on it
            g.fillRect(100, 310, 1400, 90);
            g.setColor(new Color(60, 60, 60));
            g.setFont(font(40, Font.BOLD));
            g.drawString("Investigative Matters", 120, 350);
            g.drawString("426", 720, 380);
        });
        byte[][] r = both(grey);
        // in the light row, what the binarizer read as paper stays paper (a few pixels of the row's rim aside)
        int turned = 0, paper = 0;
        for (int y = 318; y < 400; y++) {
            for (int x = 100; x < 1500; x++) {
                if (r[0][y * W + x] != 0) {
                    paper++;
                    if (r[1][y * W + x] == 0) turned++;
                }
            }
        }
        assertTrue(turned < 0.002 * paper, "paper of the light row turned to ink: " + turned + " of " + paper);
        int captionInk = 0;
        for (int y = 225; y < 285; y++) {
            for (int x = 120; x < 1480; x++) if ((grey.pixels()[y * W + x] & 0xff) > 225 && r[1][y * W + x] == 0) captionInk++;
        }
        assertTrue(captionInk > 2000, "white captions become ink: " + captionInk);
    }
}
