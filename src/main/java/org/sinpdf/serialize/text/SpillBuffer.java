package org.sinpdf.serialize.text;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Bytes kept in memory up to a limit, then in a temporary file; deleted on close. */
final class SpillBuffer implements Closeable {
    private final long limit;
    private final ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private final DataOutputStream out;
    private Path file;
    private OutputStream fileOut;
    private long size;

    SpillBuffer(long limitBytes) {
        this.limit = limitBytes;
        this.out = new DataOutputStream(new OutputStream() {
            @Override public void write(int b) throws IOException { write(new byte[] {(byte) b}, 0, 1); }

            @Override public void write(byte[] b, int off, int len) throws IOException { append(b, off, len); }
        });
    }

    DataOutputStream out() { return out; }

    boolean spilled() { return file != null; }

    private void append(byte[] b, int off, int len) throws IOException {
        if (fileOut == null && size + len > limit) {
            file = Files.createTempFile("sinpdf-text-", ".bin");
            file.toFile().deleteOnExit(); // in case the pipeline never closes the writer (failed document)
            fileOut = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            memory.writeTo(fileOut);
            memory.reset();
        }
        if (fileOut != null) fileOut.write(b, off, len);
        else memory.write(b, off, len);
        size += len;
    }

    /** Everything written so far; call once, after the last write. */
    DataInputStream input() throws IOException {
        out.flush();
        if (fileOut == null) return new DataInputStream(new ByteArrayInputStream(memory.toByteArray()));
        fileOut.close();
        return new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    }

    @Override public void close() throws IOException {
        try {
            if (fileOut != null) fileOut.close();
        } finally {
            if (file != null) Files.deleteIfExists(file);
        }
    }
}
