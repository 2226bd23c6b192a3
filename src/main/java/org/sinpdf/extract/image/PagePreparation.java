package org.sinpdf.extract.image;

import java.util.List;
import java.util.Objects;
import org.sinpdf.model.Ruling;

/**
 * Prepares a grey page image for OCR, each step optional: turn it by a quarter turn (decided by the
 * caller, e.g. from Tesseract's orientation detection), deskew (±{@code maxSkew}°), binarize,
 * despeckle; then find ruling lines on the binary image. Immutable and thread-safe.
 */
public final class PagePreparation {
    /**
     * Which steps run.
     *
     * @param lightOnDark after binarizing a grey page, read light text on a dark ground (white on a dark
     *                    table, a shaded header with white captions) as ink: see {@link LightOnDark}
     */
    public record Steps(boolean deskew, boolean binarize, boolean despeckle,
                        boolean rulings, Binarizer.Method binarization, double maxSkewDegrees,
                        double minRulingFraction, boolean lightOnDark) {
        /** Whether {@code lightOnDark} is on when not given. */
        public static final boolean LIGHT_ON_DARK_DEFAULT = true;

        public Steps {
            Objects.requireNonNull(binarization, "binarization");
        }

        /** Steps with {@code lightOnDark} at {@link #LIGHT_ON_DARK_DEFAULT}. */
        public Steps(boolean deskew, boolean binarize, boolean despeckle, boolean rulings, Binarizer.Method binarization,
                     double maxSkewDegrees, double minRulingFraction) {
            this(deskew, binarize, despeckle, rulings, binarization, maxSkewDegrees, minRulingFraction, LIGHT_ON_DARK_DEFAULT);
        }

        public Steps withLightOnDark(boolean on) {
            return new Steps(deskew, binarize, despeckle, rulings, binarization, maxSkewDegrees, minRulingFraction, on);
        }

        public static final Steps ALL = new Steps(true, true, true, true, Binarizer.Method.SAUVOLA, 10, 0.04, LIGHT_ON_DARK_DEFAULT);
        public static final Steps NONE = new Steps(false, false, false, false, Binarizer.Method.SAUVOLA, 10, 0.04, false);
    }

    /**
     * The prepared page.
     *
     * @param image     what OCR should read (binary when binarize is on), upright and deskewed
     * @param grey      the same page upright and deskewed but not binarized (the same image as {@code image}
     *                  when binarize is off or the scan was bilevel): second readings look at it, since the
     *                  binarizer can merge or break a stroke the recogniser then misreads however often it reads it
     * @param rotation  quarter turn applied, clockwise (0, 90, 180, 270)
     * @param skew      skew removed, degrees (positive: the page had been turned counter-clockwise)
     * @param rulings   ruling lines in {@code image}'s pixels
     */
    public record Prepared(GreyImage image, GreyImage grey, int rotation, double skew, List<Ruling> rulings) {
        public Prepared { rulings = List.copyOf(rulings); }
    }

    private final Steps steps;

    public PagePreparation(Steps steps) { this.steps = Objects.requireNonNull(steps, "steps"); }

    public Steps steps() { return steps; }

    /** Prepares {@code page} turned {@code quarterTurnClockwise} degrees (0, 90, 180, 270) first. */
    public Prepared prepare(GreyImage page, int quarterTurnClockwise) {
        int rotation = Math.floorMod(quarterTurnClockwise, 360);
        GreyImage img = Rotation.quarterTurns(page, rotation);
        double skew = 0;
        if (steps.deskew()) {
            skew = new SkewDetector(steps.maxSkewDegrees()).measure(img);
            if (skew != 0) img = Rotation.byAngle(img, -skew);
        }
        GreyImage binary = null, grey = img;
        if (steps.binarize()) {
            // a bilevel scan (fax, CCITT TIFF) left unrotated is binary already: thresholding it again changes nothing
            // (despeckling works in place, so the caller's page is copied first)
            if (!img.isBinary()) {
                binary = new Binarizer(steps.binarization()).apply(img);
                if (steps.lightOnDark()) LightOnDark.apply(img.pixels(), binary.pixels(), img.width(), img.height(), img.dpi());
            }
            else binary = img == page ? new GreyImage(img.width(), img.height(), img.copyPixels(), img.dpi()) : img;
            if (steps.despeckle()) binary = Despeckler.forDpi(img.dpi()).applyToOwn(binary); // binary is ours: no copy
            img = binary;
        }
        List<Ruling> rulings = List.of();
        if (steps.rulings()) {
            GreyImage forLines = binary != null ? binary : Binarizer.threshold(img, Binarizer.otsuThreshold(img));
            rulings = new RulingDetector(steps.minRulingFraction()).detect(forLines);
        }
        return new Prepared(img, grey, rotation, skew, rulings);
    }
}
