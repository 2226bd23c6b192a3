package org.sinpdf.validate.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a byte stream as strict UTF-8 and reports, instead of throwing, every invalid
 * sequence with its byte offset; each one is decoded as U+FFFD so reading goes on. A leading
 * byte order mark is skipped and noted. Never buffers more than 64 KiB.
 */
final class Utf8CheckingReader extends Reader {
    /** Told about a BOM and about invalid sequences, in stream order. */
    interface Listener {
        void bom();

        /** {@code charIndex}: index in the decoded stream of the U+FFFD that replaces the bytes. */
        void invalid(long byteOffset, int length, long charIndex);
    }

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final Listener listener;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    private long base;            // file offset of bytes[0]
    private long charsOut;        // chars returned so far
    private boolean eof;
    private boolean flushed;
    private boolean started;
    private boolean pendingReplacement;

    Utf8CheckingReader(InputStream in, Listener listener) {
        this.in = in;
        this.listener = listener;
        bytes.flip();
    }

    /** Bytes read from the stream so far. */
    long bytesRead() { return base + bytes.limit(); }

    private void fill() throws IOException {
        base += bytes.position();
        bytes.compact();
        int n = 0;
        while (bytes.hasRemaining()) {
            n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) { eof = true; break; }
            bytes.position(bytes.position() + n);
            if (n == 0) break;
        }
        bytes.flip();
        if (!started) {
            started = true;
            if (bytes.remaining() >= 3 && (bytes.get(0) & 0xFF) == 0xEF && (bytes.get(1) & 0xFF) == 0xBB
                    && (bytes.get(2) & 0xFF) == 0xBF) {
                bytes.position(3);
                listener.bom();
            }
        }
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) return 0;
        if (!started) fill();
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (out.position() == off) {
            if (pendingReplacement) {
                out.put('\uFFFD');
                pendingReplacement = false;
                break;
            }
            if (flushed) return -1;
            CoderResult r = decoder.decode(bytes, out, eof);
            if (r.isError()) {
                long at = charsOut + (out.position() - off);
                listener.invalid(base + bytes.position(), r.length(), at);
                bytes.position(bytes.position() + r.length());
                if (out.hasRemaining()) out.put('\uFFFD'); else pendingReplacement = true;
            } else if (r.isUnderflow()) {
                if (eof) {
                    decoder.flush(out);
                    flushed = true;
                } else {
                    fill();
                }
            } else {
                break; // overflow: out is full
            }
        }
        int n = out.position() - off;
        charsOut += n;
        return n == 0 ? -1 : n;
    }

    @Override
    public void close() throws IOException { in.close(); }
}
