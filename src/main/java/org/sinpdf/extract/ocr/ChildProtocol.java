package org.sinpdf.extract.ocr;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The framed binary protocol between {@link ChildProcessEngine} (the stage's JVM) and
 * {@link OcrChildMain} (the child), over a Unix-domain socket, never over the child's stdout or
 * stderr (native code may print there). Big-endian, as {@link DataOutputStream} writes.
 *
 * <pre>
 * child → parent, once: HELLO VERSION(int)          engine ready
 *                    or UNAVAILABLE message(UTF)      Tesseract or a language could not be loaded
 * parent → child:   RECOGNIZE width height(int) dpi(double) timeoutMillis(int) pixels(width×height bytes)
 *                   RECOGNIZE_AS width height(int) dpi(double) timeoutMillis psm(int) pixels   (a crop, one segmentation mode)
 *                   RECOGNIZE_IN width height(int) dpi(double) timeoutMillis psm(int) languages(UTF) pixels
 *                                                    (a crop, read by an engine loaded with other languages)
 *                   ORIENTATION width height(int) dpi(double) pixels
 *                   (end of stream: the child exits)
 * child → parent:   OK, then for RECOGNIZE and RECOGNIZE_AS count(int) and per word text(UTF) left top right bottom(int) confidence(float) language(UTF) rival(float),
 *                       for ORIENTATION correctionClockwise(int) confidence(float)
 *                   FAILURE message(UTF)              Tesseract refused the image or timed out (the child lives on)
 *                   UNAVAILABLE message(UTF)          the OSD model could not be loaded
 * </pre>
 */
final class ChildProtocol {
    static final int VERSION = 4;
    static final byte HELLO = 'H';
    static final byte RECOGNIZE = 'R';
    static final byte ORIENTATION = 'O';
    static final byte RECOGNIZE_AS = 'P';
    static final byte RECOGNIZE_IN = 'L';
    static final byte OK = 'K';
    static final byte FAILURE = 'F';
    static final byte UNAVAILABLE = 'U';

    private ChildProtocol() { }

    static void writeWords(DataOutputStream out, List<TesseractEngine.Word> words) throws IOException {
        out.writeByte(OK);
        out.writeInt(words.size());
        for (TesseractEngine.Word w : words) {
            out.writeUTF(w.text());
            out.writeInt(w.left());
            out.writeInt(w.top());
            out.writeInt(w.right());
            out.writeInt(w.bottom());
            out.writeFloat(w.confidence());
            out.writeUTF(w.language());
            out.writeFloat(w.rival());
        }
    }

    /** The words after an {@link #OK} byte. */
    static List<TesseractEngine.Word> readWords(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 10_000_000) throw new IOException("protocol error: " + n + " words");
        List<TesseractEngine.Word> words = new ArrayList<>(Math.min(n, 100_000));
        for (int i = 0; i < n; i++) {
            words.add(new TesseractEngine.Word(in.readUTF(), in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readFloat(),
                    in.readUTF(), in.readFloat()));
        }
        return words;
    }

    /** A message, cut to what {@link DataOutputStream#writeUTF} can carry. */
    static String fit(String message) {
        String m = message == null ? "" : message;
        return m.length() > 8000 ? m.substring(0, 8000) + "…" : m;
    }
}
