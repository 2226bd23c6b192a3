package org.sinpdf.extract.ocr;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.List;

/**
 * The OCR engine process: started by {@link ChildProcessEngine} with the stage's own {@code java}
 * and class path, it connects back to the parent's Unix-domain socket, keeps one
 * {@link TesseractEngine} alive and serves {@link ChildProtocol} requests until the socket closes.
 * A native crash here (an abort or segfault in libtesseract or Leptonica) ends only this process;
 * the parent records the page as failed and starts another. Exits when the parent closes the
 * socket or dies.
 *
 * <p>Arguments: {@code SOCKET DATAPATH LANGUAGES PSM}. Not part of the library's API.
 */
final class OcrChildMain {
    /**
     * Fault injection for the robustness tests only, read by this class alone (never a config key):
     * {@code segv-on-page:N} (a real SIGSEGV through JNA), {@code abort-on-page:N} (halt with 134),
     * {@code hang-on-page:N} (never answer), N counting the pages this process recognises.
     */
    static final String FAULT_ENV = "SINPDF_OCR_CHILD_FAULT";

    /**
     * The child's few messages go to its stderr, which the parent logs (SLF4J) line by line; the JDK's
     * platform logger is used so that starting the child never initialises a logging back end.
     */
    private static final System.Logger log = System.getLogger(OcrChildMain.class.getName());

    private OcrChildMain() { }

    public static void main(String[] args) {
        if (args.length != 4) {
            log.log(System.Logger.Level.ERROR, "usage: OcrChildMain SOCKET DATAPATH LANGUAGES PSM (started by the tesseract-ocr stage)");
            System.exit(2);
        }
        watchParent();
        String fault = System.getenv(FAULT_ENV);
        int code = 0;
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(Path.of(args[0])))) {
            serve(channel, new TesseractSetup(args[1], args[2]), Integer.parseInt(args[3]), fault == null ? "" : fault);
        } catch (IOException | RuntimeException e) {
            log.log(System.Logger.Level.ERROR, "OCR engine process: " + e);
            code = 1;
        }
        System.exit(code);
    }

    private static void serve(SocketChannel channel, TesseractSetup setup, int psm, String fault) throws IOException {
        // unbuffered in: the pixels that follow a header are read straight from the channel into a direct buffer
        DataInputStream in = new DataInputStream(Channels.newInputStream(channel));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16));
        TesseractEngine engine;
        try {
            engine = TesseractEngine.create(setup, psm);
        } catch (OcrEngineUnavailableException e) {
            out.writeByte(ChildProtocol.UNAVAILABLE);
            out.writeUTF(ChildProtocol.fit(e.getMessage()));
            out.flush();
            return;
        }
        out.writeByte(ChildProtocol.HELLO);
        out.writeInt(ChildProtocol.VERSION);
        out.flush();
        ByteBuffer kept = null;
        int pages = 0;
        try {
            while (true) {
                int op;
                try {
                    op = in.readByte();
                } catch (EOFException e) {
                    return; // the parent closed the socket
                }
                if (op != ChildProtocol.RECOGNIZE && op != ChildProtocol.RECOGNIZE_AS && op != ChildProtocol.RECOGNIZE_IN
                        && op != ChildProtocol.ORIENTATION) {
                    throw new IOException("protocol error: request " + op);
                }
                int width = in.readInt(), height = in.readInt();
                double dpi = in.readDouble();
                int timeout = op == ChildProtocol.ORIENTATION ? 0 : in.readInt();
                int cropPsm = op == ChildProtocol.RECOGNIZE_AS || op == ChildProtocol.RECOGNIZE_IN ? in.readInt() : 0;
                String cropLanguages = op == ChildProtocol.RECOGNIZE_IN ? in.readUTF() : "";
                long n = (long) width * height;
                if (width < 1 || height < 1 || n > Integer.MAX_VALUE) throw new IOException("protocol error: image " + width + "x" + height);
                ByteBuffer pixels;
                if (n > 16_000_000) {
                    pixels = ByteBuffer.allocateDirect((int) n);
                } else {
                    if (kept == null || kept.capacity() < n) kept = ByteBuffer.allocateDirect((int) Math.max(n, 9_000_000));
                    pixels = kept;
                    pixels.clear().limit((int) n);
                }
                while (pixels.hasRemaining()) {
                    if (channel.read(pixels) < 0) return;
                }
                pixels.flip();
                try {
                    if (op == ChildProtocol.RECOGNIZE) {
                        injectFault(fault, ++pages);
                        ChildProtocol.writeWords(out, engine.recognize(pixels, width, height, dpi, timeout));
                    } else if (op == ChildProtocol.RECOGNIZE_IN) {
                        ChildProtocol.writeWords(out, engine.recognizeIn(cropLanguages, pixels, width, height, dpi, cropPsm, timeout));
                    } else if (op == ChildProtocol.RECOGNIZE_AS) {
                        ChildProtocol.writeWords(out, engine.recognizeAs(pixels, width, height, dpi, cropPsm, timeout));
                    } else {
                        TesseractEngine.Orientation o = engine.orientation(pixels, width, height, dpi);
                        out.writeByte(ChildProtocol.OK);
                        out.writeInt(o.correctionClockwise());
                        out.writeFloat(o.confidence());
                    }
                } catch (TesseractEngine.TesseractFailure | RuntimeException e) {
                    out.writeByte(ChildProtocol.FAILURE);
                    out.writeUTF(ChildProtocol.fit(e instanceof TesseractEngine.TesseractFailure ? e.getMessage() : "OCR failed: " + e));
                } catch (OcrEngineUnavailableException e) {
                    out.writeByte(ChildProtocol.UNAVAILABLE);
                    out.writeUTF(ChildProtocol.fit(e.getMessage()));
                }
                out.flush();
            }
        } finally {
            engine.close();
        }
    }

    /** Ends this process when the parent is gone, even while a native call hangs (the socket alone would not tell). */
    private static void watchParent() {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        if (parent == null) return;
        Thread t = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
                if (!parent.isAlive()) Runtime.getRuntime().halt(3);
            }
        }, "parent-watch");
        t.setDaemon(true);
        t.start();
    }

    /** The test-only faults of {@link #FAULT_ENV}; nothing happens when it is unset. */
    static void injectFault(String fault, int page) {
        if (fault.isEmpty()) return;
        List<String> parts = List.of(fault.split(":"));
        if (parts.size() != 2 || Integer.parseInt(parts.get(1).strip()) != page) return;
        switch (parts.get(0).strip()) {
            case "segv-on-page" -> new com.sun.jna.Pointer(8).getLong(0); // a real SIGSEGV in native code
            case "abort-on-page" -> Runtime.getRuntime().halt(134);
            case "hang-on-page" -> {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            default -> throw new IllegalArgumentException(FAULT_ENV + ": unknown fault " + fault);
        }
    }
}
