package org.sinpdf.extract.image;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * An 8-bit grey page image: one byte a pixel, row-major, 0 = black, 255 = white, with its
 * resolution. The pixel array is owned by the image; operations return new images.
 */
public final class GreyImage {
    private final int width;
    private final int height;
    private final byte[] pixels;
    private final double dpi;

    public GreyImage(int width, int height, byte[] pixels, double dpi) {
        if (width < 1 || height < 1) throw new IllegalArgumentException("empty image " + width + "x" + height);
        Objects.requireNonNull(pixels, "pixels");
        if (pixels.length != width * height) {
            throw new IllegalArgumentException("pixel array of " + pixels.length + " for " + width + "x" + height);
        }
        if (!(dpi > 0)) throw new IllegalArgumentException("dpi must be positive: " + dpi);
        this.width = width;
        this.height = height;
        this.pixels = pixels;
        this.dpi = dpi;
    }

    /** A white image. */
    public static GreyImage blank(int width, int height, double dpi) {
        byte[] p = new byte[width * height];
        java.util.Arrays.fill(p, (byte) 255);
        return new GreyImage(width, height, p, dpi);
    }

    /**
     * Converts any image (1-bit, grey, 16-bit grey, indexed, colour) to 8-bit grey. Colour uses
     * Rec. 601 luma on the sRGB values; transparency is composed on white.
     */
    public static GreyImage of(BufferedImage img, double dpi) {
        int w = img.getWidth();
        int h = img.getHeight();
        byte[] out = new byte[w * h];
        Raster r = img.getRaster();
        if (img.getType() == BufferedImage.TYPE_BYTE_GRAY && r.getSampleModel() instanceof ComponentSampleModel sm
                && r.getDataBuffer() instanceof DataBufferByte db && r.getSampleModelTranslateX() == 0
                && r.getSampleModelTranslateY() == 0) {
            byte[] src = db.getData();
            int stride = sm.getScanlineStride();
            int off = db.getOffset();
            for (int y = 0; y < h; y++) System.arraycopy(src, off + y * stride, out, y * w, w);
            return new GreyImage(w, h, out, dpi);
        }
        int[] row = new int[w];
        boolean alpha = img.getColorModel().hasAlpha();
        for (int y = 0; y < h; y++) {
            img.getRGB(0, y, w, 1, row, 0, w);
            int o = y * w;
            for (int x = 0; x < w; x++) {
                int argb = row[x];
                int rr = (argb >> 16) & 0xff, gg = (argb >> 8) & 0xff, bb = argb & 0xff;
                int luma = (rr * 299 + gg * 587 + bb * 114 + 500) / 1000;
                if (alpha) {
                    int a = argb >>> 24;
                    luma = (luma * a + 255 * (255 - a) + 127) / 255;
                }
                out[o + x] = (byte) luma;
            }
        }
        return new GreyImage(w, h, out, dpi);
    }

    public int width() { return width; }
    public int height() { return height; }
    public double dpi() { return dpi; }

    /** Grey value 0..255 at (x, y). */
    public int at(int x, int y) { return pixels[y * width + x] & 0xff; }

    /** The pixel array itself (not a copy): callers must not change it. */
    byte[] pixels() { return pixels; }

    /** A copy of the pixels. */
    public byte[] copyPixels() { return pixels.clone(); }

    /** The pixels in a new direct buffer, as native code (Tesseract) wants them. */
    public ByteBuffer toDirectBuffer() {
        ByteBuffer b = ByteBuffer.allocateDirect(pixels.length);
        b.put(pixels).flip();
        return b;
    }

    /** Whether every pixel is 0 or 255 (a bilevel image). */
    public boolean isBinary() {
        for (byte b : pixels) if (b != 0 && b != (byte) 255) return false;
        return true;
    }

    /** The fraction of pixels darker than mid-grey (below 128): ink on a binary page. */
    public double darkFraction() {
        long n = 0;
        for (byte b : pixels) if (b >= 0) n++; // 0..127 are the non-negative bytes
        return (double) n / pixels.length;
    }

    /** Puts the pixels into {@code buffer} at its position (row-major, one byte a pixel). */
    public void copyInto(ByteBuffer buffer) { buffer.put(pixels); }

    public GreyImage withDpi(double newDpi) { return new GreyImage(width, height, pixels, newDpi); }

    /** A TYPE_BYTE_GRAY image sharing nothing with this one. */
    public BufferedImage toBufferedImage() {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] dst = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        System.arraycopy(pixels, 0, dst, 0, pixels.length);
        return img;
    }

    /** Downscales by an integer factor (box filter); factor 1 returns this image. */
    public GreyImage downscale(int factor) {
        factor = Math.min(factor, Math.min(width, height)); // a tiny image: never read past its edge
        if (factor <= 1) return this;
        int w = Math.max(1, width / factor), h = Math.max(1, height / factor);
        byte[] out = new byte[w * h];
        int n = factor * factor;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int sum = 0;
                for (int dy = 0; dy < factor; dy++) {
                    int o = (y * factor + dy) * width + x * factor;
                    for (int dx = 0; dx < factor; dx++) sum += pixels[o + dx] & 0xff;
                }
                out[y * w + x] = (byte) (sum / n);
            }
        }
        return new GreyImage(w, h, out, dpi / factor);
    }

    /**
     * Enlarges by {@code factor} (over 1) with bilinear interpolation: each new pixel is weighed from
     * the four source pixels around its centre, so strokes keep their grey edges for the binarizer
     * (no blocky steps as with pixel repetition). The new size is the old one times {@code factor},
     * rounded; the resolution grows by the same ratio. A factor of 1 or less returns this image.
     */
    public GreyImage upscale(double factor) {
        if (!(factor > 1)) return this;
        int w = (int) Math.round(width * factor), h = (int) Math.round(height * factor);
        double sx = (double) width / w, sy = (double) height / h;
        // per column: left source pixel and weight of the right one, in 1/256
        int[] x0 = new int[w], fx = new int[w];
        for (int x = 0; x < w; x++) {
            double src = Math.max(0, Math.min(width - 1, (x + 0.5) * sx - 0.5));
            x0[x] = Math.min((int) src, Math.max(0, width - 2));
            fx[x] = width == 1 ? 0 : (int) Math.round((src - x0[x]) * 256);
        }
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            double src = Math.max(0, Math.min(height - 1, (y + 0.5) * sy - 0.5));
            int y0 = Math.min((int) src, Math.max(0, height - 2));
            int y1 = Math.min(y0 + 1, height - 1);
            int fy = height == 1 ? 0 : (int) Math.round((src - y0) * 256);
            int r0 = y0 * width, r1 = y1 * width, o = y * w;
            for (int x = 0; x < w; x++) {
                int a = x0[x], b = Math.min(a + 1, width - 1), f = fx[x];
                int top = (pixels[r0 + a] & 0xff) * (256 - f) + (pixels[r0 + b] & 0xff) * f;
                int bottom = (pixels[r1 + a] & 0xff) * (256 - f) + (pixels[r1 + b] & 0xff) * f;
                out[o + x] = (byte) ((top * (256 - fy) + bottom * fy + 32768) >> 16);
            }
        }
        return new GreyImage(w, h, out, dpi * w / width);
    }

    @Override public String toString() { return "GreyImage[" + width + "x" + height + " @" + dpi + "dpi]"; }
}
