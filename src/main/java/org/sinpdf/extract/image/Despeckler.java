package org.sinpdf.extract.image;

/**
 * Removes speckle noise from a binary page: 8-connected black components of at most
 * {@code maxArea} pixels turn white. The default area scales with resolution and stays well below
 * a printed full stop, so decimal points survive.
 */
public final class Despeckler {
    private static final byte BLACK = 0;
    private static final byte SEEN = 1;
    private static final byte WHITE = (byte) 255;

    private final int maxArea;

    public Despeckler(int maxArea) {
        if (maxArea < 0) throw new IllegalArgumentException("maxArea " + maxArea);
        this.maxArea = maxArea;
    }

    /** Components up to 3 pixels at 300 dpi, scaled with the square of the resolution (at least 1). */
    public static Despeckler forDpi(double dpi) {
        return new Despeckler(Math.max(1, (int) Math.round(3 * (dpi / 300) * (dpi / 300))));
    }

    public int maxArea() { return maxArea; }

    /** Expects a binary image (0 and 255); grey values other than 0 count as white. */
    public GreyImage apply(GreyImage binary) {
        return new GreyImage(binary.width(), binary.height(), clean(binary.copyPixels(), binary.width(), binary.height()),
                binary.dpi());
    }

    /** Despeckles an image this package just made and nobody else holds, in place (no copy). */
    GreyImage applyToOwn(GreyImage binary) {
        clean(binary.pixels(), binary.width(), binary.height());
        return binary;
    }

    private byte[] clean(byte[] out, int w, int h) {
        int[] stack = new int[1024];
        int[] comp = new int[maxArea + 1];
        for (int start = 0; start < out.length; start++) {
            if (out[start] != BLACK) continue;
            int sp = 0, size = 0;
            stack[sp++] = start;
            out[start] = SEEN;
            while (sp > 0) {
                int i = stack[--sp];
                if (size <= maxArea) comp[Math.min(size, maxArea)] = i;
                size++;
                int x = i % w, y = i / w;
                for (int dy = -1; dy <= 1; dy++) {
                    int yy = y + dy;
                    if (yy < 0 || yy >= h) continue;
                    for (int dx = -1; dx <= 1; dx++) {
                        int xx = x + dx;
                        if (xx < 0 || xx >= w) continue;
                        int j = yy * w + xx;
                        if (out[j] == BLACK) {
                            out[j] = SEEN;
                            if (sp == stack.length) stack = java.util.Arrays.copyOf(stack, stack.length * 2);
                            stack[sp++] = j;
                        }
                    }
                }
            }
            if (size <= maxArea) {
                for (int c = 0; c < size; c++) out[comp[c]] = WHITE;
            }
        }
        for (int i = 0; i < out.length; i++) if (out[i] == SEEN) out[i] = BLACK;
        return out;
    }
}
