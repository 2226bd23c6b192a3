package org.sinpdf.tabulate;

import org.sinpdf.model.TextChunk;

/** A word with its geometry unpacked; {@code size} is its font size or, failing that, its height. */
final class Word {
    final TextChunk chunk;
    final String text;
    final double l, t, r, b;
    final double size;
    final boolean rotated;

    Word(TextChunk c) {
        this.chunk = c;
        this.text = c.text();
        this.l = c.box().left();
        this.t = c.box().top();
        this.r = c.box().right();
        this.b = c.box().bottom();
        double h = b - t, w = r - l;
        double fs = c.fontSize();
        this.rotated = text.length() >= 2 && h > 1.5 * w && (fs <= 0 || h > 1.6 * fs);
        double s = fs > 0 && fs <= 3 * Math.max(h, w) ? fs : (rotated ? w : h);
        this.size = s > 0 ? s : 1;
    }

    double cx() { return (l + r) / 2; }
    double cy() { return (t + b) / 2; }
}
