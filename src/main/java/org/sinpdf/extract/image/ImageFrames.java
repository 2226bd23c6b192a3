package org.sinpdf.extract.image;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.OptionalDouble;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.NodeList;

/**
 * The frames (pages) of an image file read with ImageIO (TwelveMonkeys adds TIFF G3/G4/LZW,
 * multi-page TIFF and CMYK JPEG), with the resolution each frame declares. An ImageIO reader is
 * not thread-safe: {@link #read} is synchronized.
 */
public final class ImageFrames implements Closeable {
    /**
     * One decoded frame and the resolution its metadata declares, if any.
     *
     * @param subsampling 1, or n when only every n-th pixel of every n-th row was decoded (a frame too
     *                    large to hold); {@code dpi} is the frame's declared resolution, before subsampling
     */
    public record Frame(BufferedImage image, OptionalDouble dpi, int subsampling) {
        public Frame(BufferedImage image, OptionalDouble dpi) { this(image, dpi, 1); }
    }

    private final ImageInputStream input;
    private final ImageReader reader;
    private final int count;

    private ImageFrames(ImageInputStream input, ImageReader reader, int count) {
        this.input = input;
        this.reader = reader;
        this.count = count;
    }

    /** Opens the file; fails when no installed reader understands it or it has no frame. */
    public static ImageFrames open(Path file) throws IOException {
        ImageInputStream in = ImageIO.createImageInputStream(file.toFile());
        if (in == null) throw new IOException("cannot open " + file);
        try {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) throw new IOException("no image reader for " + file.getFileName());
            ImageReader r = readers.next();
            r.setInput(in, false, false);
            int n = r.getNumImages(true);
            if (n < 1) throw new IOException("image file without frames: " + file.getFileName());
            return new ImageFrames(in, r, n);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    public int count() { return count; }

    /** Reads frame {@code index} (0-based). */
    public synchronized Frame read(int index) throws IOException {
        return read(index, Long.MAX_VALUE, Integer.MAX_VALUE);
    }

    /**
     * Reads frame {@code index} (0-based), subsampled by the smallest integer factor that keeps it
     * within {@code maxPixels} pixels and {@code maxSide} pixels a side: a huge frame is never held in
     * memory whole. The frame's size is read from its header before any pixel is decoded.
     */
    public synchronized Frame read(int index, long maxPixels, int maxSide) throws IOException {
        long w = reader.getWidth(index), h = reader.getHeight(index);
        int f = 1;
        while ((w + f - 1) / f * ((h + f - 1) / f) > maxPixels || (w + f - 1) / f > maxSide || (h + f - 1) / f > maxSide) f++;
        ImageReadParam param = null;
        if (f > 1) {
            param = reader.getDefaultReadParam();
            param.setSourceSubsampling(f, f, 0, 0);
        }
        IIOImage img = reader.readAll(index, param);
        return new Frame((BufferedImage) img.getRenderedImage(), dpiOf(img.getMetadata()), f);
    }

    /** Horizontal resolution from the standard metadata tree (HorizontalPixelSize, mm a pixel). */
    static OptionalDouble dpiOf(IIOMetadata meta) {
        if (meta == null || !meta.isStandardMetadataFormatSupported()) return OptionalDouble.empty();
        try {
            IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
            NodeList nodes = root.getElementsByTagName("HorizontalPixelSize");
            if (nodes.getLength() == 0) return OptionalDouble.empty();
            String v = ((IIOMetadataNode) nodes.item(0)).getAttribute("value");
            double mmPerPixel = Double.parseDouble(v);
            if (!(mmPerPixel > 0)) return OptionalDouble.empty();
            return OptionalDouble.of(25.4 / mmPerPixel);
        } catch (RuntimeException e) { // malformed metadata: treat as unknown
            return OptionalDouble.empty();
        }
    }

    @Override public synchronized void close() throws IOException {
        reader.dispose();
        input.close();
    }
}
