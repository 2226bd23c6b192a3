package org.sinpdf.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a zip archive of documents into a work folder, safely: entries that would land outside
 * the folder (absolute paths, "..", links) are refused, and the total unpacked size, the number
 * of entries and the compression ratio are capped against zip bombs.
 */
final class ZipInput {
    static final long MAX_TOTAL_BYTES = 20L << 30;   // 20 GiB unpacked
    static final int MAX_ENTRIES = 200_000;
    static final long MAX_RATIO = 200;                // unpacked / packed bytes of the archive

    private ZipInput() {}

    /** Unpacks {@code zip} under {@code into}; throws with a one-line reason when it is unsafe or broken. */
    static void unpack(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        Path root = into.toAbsolutePath().normalize();
        long packed = Math.max(1, Files.size(zip));
        long total = 0;
        int entries = 0;
        byte[] buf = new byte[1 << 16];
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (++entries > MAX_ENTRIES) throw new IOException("zip has more than " + MAX_ENTRIES + " entries");
                String name = e.getName().replace('\\', '/');
                Path target = root.resolve(name).normalize();
                if (name.startsWith("/") || !target.startsWith(root) || target.equals(root)) {
                    throw new IOException("unsafe path in zip: '" + e.getName() + "'");
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    for (int n; (n = read(in, buf)) > 0; ) {
                        total += n;
                        if (total > MAX_TOTAL_BYTES || total / packed > MAX_RATIO && total > (64L << 20)) {
                            throw new IOException("zip unpacks to too much data (possible zip bomb): over "
                                    + (total >> 20) + " MiB from " + (packed >> 10) + " KiB");
                        }
                        out.write(buf, 0, n);
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            throw new IOException("broken zip: " + e.getMessage(), e);
        }
        if (entries == 0) throw new IOException("not a readable zip archive (no entries)");
    }

    private static int read(InputStream in, byte[] buf) throws IOException {
        return in.read(buf, 0, buf.length);
    }
}
