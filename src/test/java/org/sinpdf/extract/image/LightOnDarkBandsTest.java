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
        return page(W, H, DPI, draw);
    }

    /** A {@code w}×{@code h} page at {@code dpi} of paper (grey 235) drawn by {@code draw}, with noise of about 4 greys. */
    private static GreyImage page(int w, int h, int dpi, Consumer<Graphics2D> draw) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(235, 235, 235));
        g.fillRect(0, 0, w, h);
        draw.accept(g);
        g.dispose();
        GreyImage grey = GreyImage.of(img, dpi);
        byte[] p = grey.copyPixels();
        Random rnd = new Random(11);
        for (int i = 0; i < p.length; i++) {
            p[i] = (byte) Math.max(0, Math.min(255, (p[i] & 0xff) + (int) Math.round(rnd.nextGaussian() * 4)));
        }
        return new GreyImage(w, h, p, dpi);
    }

    /** Asserts no band of {@code grey} is judged reverse video and the binarizer's reading is left as it was. */
    private static void untouched(GreyImage grey, String what) {
        for (LightOnDark.Band b : LightOnDark.bands(grey.pixels(), grey.width(), grey.height(), grey.dpi())) {
            assertTrue(!b.reverse(), what + " judged reverse video: " + b);
        }
        byte[][] r = both(grey);
        assertArrayEquals(r[0], r[1], "the binarizer's reading of " + what + " changed");
    }

    /** Black rows of a table (figures) from {@code y}, at {@code px} pixels a line. */
    private static void rows(Graphics2D g, int x, int y, int px, int n) {
        g.setColor(new Color(30, 30, 30));
        g.setFont(font(px, Font.PLAIN));
        for (int i = 0; i < n; i++) {
            int yy = y + (int) Math.round(i * px * 1.6);
            g.drawString("Region " + (i + 1), x, yy);
            g.drawString(String.format(java.util.Locale.ROOT, "0.%04d", 4492 + 371 * i), x + 8 * px, yy);
            g.drawString(String.format(java.util.Locale.ROOT, "%.2f", 64.65 + 3.1 * i), x + 13 * px, yy);
            g.drawString(String.format(java.util.Locale.ROOT, "%.2f", 9.87 + 0.7 * i), x + 18 * px, yy);
        }
    }

    /**
     * cTDaR t10058 and t10032: a grey thumb-index tab at the page's edge, its word in white (turned a quarter on the
     * side of the page): reading it as text put a tall word at the page's edge that merged three tables into one.
     */
    @Test void aThumbTabAtThePagesEdgeIsNoBand() {
        GreyImage grey = page(g -> {
            g.setColor(new Color(150, 150, 150));
            g.fillRect(0, 0, 110, 560); // runs off the top and the left of the page
            Graphics2D t = (Graphics2D) g.create();
            t.setColor(new Color(240, 240, 240));
            t.setFont(font(60, Font.PLAIN));
            t.rotate(-Math.PI / 2, 80, 520);
            t.drawString("Annexes", 80, 520);
            t.dispose();
            g.setColor(new Color(40, 40, 40));
            g.setFont(font(40, Font.PLAIN));
            g.drawString("Regional and economic groupings", 250, 200);
            rows(g, 250, 320, 40, 8);
        });
        untouched(grey, "a thumb tab");
    }

    /** The same tab with its word upright, on the right-hand edge of the page (a page number's tab, a section's tab). */
    @Test void aTabOnTheRightEdgeWithUprightTextIsNoBand() {
        GreyImage grey = page(g -> {
            g.setColor(new Color(120, 120, 120));
            g.fillRect(W - 300, 80, 300, 110);
            g.setColor(new Color(240, 240, 240));
            g.setFont(font(70, Font.BOLD));
            g.drawString("15", W - 270, 165);
            g.setFont(font(40, Font.PLAIN));
            g.drawString("Annex", W - 180, 160);
            rows(g, 120, 320, 40, 8);
        });
        untouched(grey, "a page-edge tab");
    }

    /** A night photograph: a dark ground that varies (a gradient, blotches), sprinkled with lit windows, a white caption. */
    private static void photo(Graphics2D g, int x, int y, int w, int h, long seed) {
        Random rnd = new Random(seed);
        for (int yy = 0; yy < h; yy += 2) {
            for (int xx = 0; xx < w; xx += 2) {
                // mostly dark, with lighter glows (lit façades, a lit sky) that spread the ground's greys upwards
                double u = (1 + Math.sin(xx / 37.0) * Math.cos(yy / 23.0)) / 2;
                double v = 45 + 25.0 * xx / w + 80 * u * u;
                int c = (int) Math.max(0, Math.min(255, v));
                g.setColor(new Color(c, c, c));
                g.fillRect(x + xx, y + yy, 2, 2);
            }
        }
        for (int k = 0; k < w * h / 900; k++) { // lit windows and street lights
            int c = 150 + rnd.nextInt(100);
            g.setColor(new Color(c, c, c));
            g.fillRect(x + rnd.nextInt(w - 6), y + rnd.nextInt(h - 8), 2 + rnd.nextInt(4), 2 + rnd.nextInt(6));
        }
        g.setColor(new Color(245, 245, 245));
        g.setFont(font(50, Font.PLAIN));
        g.drawString("Global businesses", x + 80, y + h / 2);
    }

    /**
     * cTDaR t10080: a night photograph bled off the top of the page (joined, through a dark strip down the page's
     * edge, to a table's header band): its lights were read as text and the page's layout broke.
     */
    @Test void aPhotographBledOffThePageIsNoBand() {
        GreyImage grey = page(g -> {
            photo(g, 0, 0, W, 420, 5);
            g.setColor(new Color(70, 70, 70));
            g.fillRect(W - 120, 420, 120, H - 420); // a dark strip down the page's edge
            rows(g, 120, 640, 40, 6);
        });
        untouched(grey, "a photograph bled off the page");
    }

    /** A photograph within the page's margins: its ground spreads over many greys, a printed band's does not. */
    @Test void aPhotographWithinThePageIsNoBand() {
        GreyImage grey = page(g -> {
            photo(g, 200, 150, 1200, 500, 7);
            rows(g, 200, 780, 40, 5);
        });
        untouched(grey, "a photograph");
    }

    /**
     * cTDaR t10068 (a page of 794×1123 pixels, about 100 dpi): a dark caption bar with white words over each table.
     * Recovered with nothing left of its outline, the caption ran into the tables and the two tables were read as one;
     * the bar's rim stays a thin rule above and below its words.
     */
    @Test void aCaptionBarAtALowResolutionKeepsItsRim() {
        int w = 794, h = 1123, dpi = 102;
        GreyImage grey = page(w, h, dpi, g -> {
            for (int k = 0; k < 2; k++) {
                int y = 200 + 330 * k;
                g.setColor(new Color(75, 75, 75));
                g.fillRect(115, y, 565, 28);
                g.setColor(new Color(245, 245, 245));
                g.setFont(font(13, Font.BOLD));
                g.drawString("TABLE III.1-" + (k + 1) + "   BASIC ASSUMPTIONS (O.I)", 122, y + 19);
                g.setColor(new Color(30, 30, 30));
                g.setFont(font(12, Font.PLAIN));
                g.drawString("2017", 560, y + 45);
                g.drawString("2018", 600, y + 45);
                g.drawString("2019", 640, y + 45);
                rows(g, 120, y + 65, 12, 8);
            }
        });
        byte[][] r = both(grey);
        for (int k = 0; k < 2; k++) {
            int y = 200 + 330 * k;
            int top = 0, bottom = 0, n = 0;
            for (int x = 125; x < 670; x++) {
                n++;
                boolean t = false, b = false;
                for (int yy = y - 1; yy <= y + 1; yy++) t |= r[1][yy * w + x] == 0;
                for (int yy = y + 26; yy <= y + 28; yy++) b |= r[1][yy * w + x] == 0;
                if (t) top++;
                if (b) bottom++;
            }
            assertTrue(top > 0.95 * n, "the bar's top rim stays a rule: " + top + " of " + n);
            assertTrue(bottom > 0.95 * n, "the bar's bottom rim stays a rule: " + bottom + " of " + n);
            // the bar's ground between them is paper, its words ink
            int ground = 0, groundPaper = 0, caption = 0;
            for (int yy = y + 4; yy < y + 24; yy++) {
                for (int x = 125; x < 670; x++) {
                    int v = grey.pixels()[yy * w + x] & 0xff;
                    if (v < 95) { ground++; if (r[1][yy * w + x] != 0) groundPaper++; }
                    if (v > 200 && r[1][yy * w + x] == 0) caption++;
                }
            }
            assertTrue(groundPaper > 0.95 * ground, "the bar's ground becomes paper: " + groundPaper + " of " + ground);
            assertTrue(caption > 300, "the white caption becomes ink: " + caption);
        }
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
