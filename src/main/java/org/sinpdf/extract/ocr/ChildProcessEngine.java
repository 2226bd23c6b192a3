package org.sinpdf.extract.ocr;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.sinpdf.extract.image.GreyImage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tesseract in a child JVM ({@link OcrChildMain}), driven over a Unix-domain socket with
 * {@link ChildProtocol}: the stage's JVM prepares the page, sends its grey pixels and gets the
 * words back. When the child dies (a native abort or segfault) or overruns the page deadline (it
 * is then killed), the call fails with a one-line {@link TesseractEngine.TesseractFailure} naming
 * the exit status, and the next call starts a fresh child. Children never outlive this JVM: they
 * exit when the socket closes or the parent is gone, and a shutdown hook kills any left.
 * <b>One thread at a time</b>, like every {@link OcrEngine}.
 */
final class ChildProcessEngine implements OcrEngine {
    private static final Logger log = LoggerFactory.getLogger(ChildProcessEngine.class);

    /**
     * Test hook: the next child started gets this value in {@link OcrChildMain#FAULT_ENV} (then
     * the hook is cleared, so the replacement child runs clean).
     */
    static final AtomicReference<String> FAULT_FOR_NEXT_CHILD = new AtomicReference<>();

    /** Time a child may take to start the JVM and load Tesseract's models. */
    static final long STARTUP_MILLIS = 60_000;
    /** Pages up to this many pixels reuse the engine's send buffer (a letter page at 300 dpi is 8.4 million). */
    private static final int KEPT_BUFFER_BYTES = 16_000_000;
    /** Output lines of a child kept to explain its death. */
    private static final int TAIL_LINES = 40;

    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();
    private static final ScheduledExecutorService WATCHDOG = watchdog();

    /** How to start a child: the command up to (not including) the child's own arguments, and its arguments. */
    record Launch(List<String> command, List<String> arguments, int osdTimeoutMillis) {
        Launch {
            command = List.copyOf(command);
            arguments = List.copyOf(arguments);
        }

        /**
         * This JVM's {@code java} and class path, a small heap, and {@code OMP_THREAD_LIMIT=1}.
         *
         * @throws CannotLaunch when this JVM does not say where its {@code java} or class path is
         */
        static Launch of(TesseractSetup setup, OcrOptions options) throws CannotLaunch {
            String java = ProcessHandle.current().info().command().orElse("");
            if (java.isEmpty()) {
                Path guess = Path.of(System.getProperty("java.home", ""), "bin", "java");
                if (!Files.isExecutable(guess)) throw new CannotLaunch("the java command of this JVM is unknown");
                java = guess.toString();
            }
            String classPath = System.getProperty("java.class.path", "");
            if (classPath.isBlank()) throw new CannotLaunch("this JVM has no class path (java.class.path is empty)");
            List<String> cmd = new ArrayList<>(List.of(java, "-cp", classPath,
                    // the child only moves pixels and words: a small heap, the simplest collector, C1 only
                    "-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData",
                    // pixels go through direct buffers: room for the largest page allowed
                    "-XX:MaxDirectMemorySize=" + (options.maxPagePixels() + 32L * 1024 * 1024),
                    // a crash report in the temp folder, not the working directory; no core dump
                    "-XX:ErrorFile=" + Path.of(System.getProperty("java.io.tmpdir"), "sinpdf-ocr-crash-%p.log"),
                    "-XX:-CreateCoredumpOnCrash", "-Djava.awt.headless=true"));
            for (String key : List.of("java.io.tmpdir", "java.library.path", "jna.library.path", "jna.boot.library.path",
                    "jna.tmpdir", "jna.nosys", "jna.nounpack")) {
                String v = System.getProperty(key);
                if (v != null) cmd.add("-D" + key + "=" + v);
            }
            cmd.add(OcrChildMain.class.getName());
            return new Launch(cmd, List.of(setup.datapath(), setup.languages(), Integer.toString(options.psm())),
                    options.pageTimeoutMillis());
        }
    }

    /** The child could not be started at all (no java, the class path lacks the child's main class, ...). */
    static final class CannotLaunch extends Exception {
        private static final long serialVersionUID = 1L;
        CannotLaunch(String message) { super(message); }
        CannotLaunch(String message, Throwable cause) { super(message, cause); }
    }

    private final Launch launch;
    private Process process;
    private SocketChannel channel;
    private DataInputStream in;
    private ArrayDeque<String> tail;
    private Thread pump;
    private ByteBuffer pixels;
    private final ByteBuffer header = ByteBuffer.allocate(32 + MAX_LANGUAGES_LENGTH);
    /** The longest language list a {@link ChildProtocol#RECOGNIZE_IN} request carries. */
    static final int MAX_LANGUAGES_LENGTH = 200;
    /** Set by the watchdog when it killed the child for overrunning the deadline. */
    private volatile boolean killedForTime;

    private ChildProcessEngine(Launch launch) {
        this.launch = launch;
    }

    /** Starts a child and waits until its engine is loaded. */
    static ChildProcessEngine start(Launch launch) throws CannotLaunch, OcrEngineUnavailableException, InterruptedException {
        ChildProcessEngine e = new ChildProcessEngine(launch);
        e.startChild();
        return e;
    }

    /** The child's process id, or -1 when none runs (for tests and logs). */
    long pid() {
        Process p = process;
        return p == null ? -1 : p.pid();
    }

    @Override public List<TesseractEngine.Word> recognize(GreyImage img, int timeoutMillis) throws TesseractEngine.TesseractFailure {
        try {
            return exchange(ChildProtocol.RECOGNIZE, img, timeoutMillis, 0, ChildProtocol::readWords);
        } catch (OcrEngineUnavailableException e) {
            throw new TesseractEngine.TesseractFailure(e.getMessage());
        }
    }

    @Override public List<TesseractEngine.Word> recognizeAs(GreyImage img, int psm, int timeoutMillis)
            throws TesseractEngine.TesseractFailure {
        try {
            return exchange(ChildProtocol.RECOGNIZE_AS, img, timeoutMillis, psm, ChildProtocol::readWords);
        } catch (OcrEngineUnavailableException e) {
            throw new TesseractEngine.TesseractFailure(e.getMessage());
        }
    }

    @Override public List<TesseractEngine.Word> recognizeIn(String languages, GreyImage img, int psm, int timeoutMillis)
            throws TesseractEngine.TesseractFailure, OcrEngineUnavailableException {
        if (languages.length() > MAX_LANGUAGES_LENGTH || !languages.matches("[A-Za-z0-9_+-]+")) {
            throw new IllegalArgumentException("not a Tesseract language list: " + languages);
        }
        return exchange(ChildProtocol.RECOGNIZE_IN, img, timeoutMillis, psm, languages, ChildProtocol::readWords);
    }

    @Override public TesseractEngine.Orientation orientation(GreyImage img)
            throws TesseractEngine.TesseractFailure, OcrEngineUnavailableException {
        return exchange(ChildProtocol.ORIENTATION, img, launch.osdTimeoutMillis(), 0,
                input -> new TesseractEngine.Orientation(input.readInt(), input.readFloat()));
    }

    private interface Answer<T> {
        T read(DataInputStream in) throws IOException;
    }

    private <T> T exchange(byte op, GreyImage img, int timeoutMillis, int psm, Answer<T> answer)
            throws TesseractEngine.TesseractFailure, OcrEngineUnavailableException {
        return exchange(op, img, timeoutMillis, psm, "", answer);
    }

    private <T> T exchange(byte op, GreyImage img, int timeoutMillis, int psm, String languages, Answer<T> answer)
            throws TesseractEngine.TesseractFailure, OcrEngineUnavailableException {
        if (img.width() > TesseractEngine.MAX_SIDE || img.height() > TesseractEngine.MAX_SIDE) {
            throw new TesseractEngine.TesseractFailure("image of " + img.width() + "x" + img.height()
                    + " pixels exceeds Tesseract's " + TesseractEngine.MAX_SIDE + " pixels a side");
        }
        if (process != null && !process.isAlive()) { // died while idle (e.g. killed from outside): no page lost
            log.debug("OCR engine process {} ended while idle ({}); starting another", process.pid(), process.exitValue());
            stop();
        }
        if (process == null) restart();
        Process p = process;
        long limit = hardLimitMillis(timeoutMillis);
        killedForTime = false;
        ScheduledFuture<?> kill = limit <= 0 ? null : WATCHDOG.schedule(() -> {
            killedForTime = true;
            p.destroyForcibly();
        }, limit, TimeUnit.MILLISECONDS);
        long t0 = System.nanoTime();
        try {
            send(op, img, timeoutMillis, psm, languages);
            byte status = in.readByte();
            switch (status) {
                case ChildProtocol.OK:
                    return answer.read(in);
                case ChildProtocol.FAILURE:
                    throw new TesseractEngine.TesseractFailure(in.readUTF());
                case ChildProtocol.UNAVAILABLE:
                    throw new OcrEngineUnavailableException(in.readUTF());
                default:
                    kill();
                    throw new TesseractEngine.TesseractFailure("OCR engine process broke the protocol (answer " + status + ")");
            }
        } catch (ClosedByInterruptException e) { // the run was cancelled (page or file time limit): the child may be mid-page
            kill();
            throw new TesseractEngine.TesseractFailure("interrupted; the OCR engine process was stopped");
        } catch (IOException e) { // end of stream or broken pipe: the child is gone
            throw died(p, e, t0, timeoutMillis);
        } finally {
            // the watchdog fired just as the answer came: that child is dead or dying, the next call starts another
            if (kill != null && !kill.cancel(false) && process == p) stop();
        }
    }

    /**
     * The deadline after which the parent kills the child: the child's own Tesseract deadline
     * fails a slow page cleanly (the child lives on), so this only catches a hang outside it.
     */
    static long hardLimitMillis(int timeoutMillis) {
        if (timeoutMillis <= 0) return 0;
        return timeoutMillis + Math.min(30_000, Math.max(2_000, timeoutMillis / 10));
    }

    private void send(byte op, GreyImage img, int timeoutMillis, int psm, String languages) throws IOException {
        int n = img.width() * img.height();
        ByteBuffer b;
        if (n > KEPT_BUFFER_BYTES) {
            b = ByteBuffer.allocateDirect(n);
        } else {
            if (pixels == null || pixels.capacity() < n) pixels = ByteBuffer.allocateDirect(Math.max(n, 9_000_000));
            b = pixels;
            b.clear();
        }
        img.copyInto(b);
        b.flip();
        header.clear();
        header.put(op).putInt(img.width()).putInt(img.height()).putDouble(img.dpi());
        if (op != ChildProtocol.ORIENTATION) header.putInt(timeoutMillis);
        if (op == ChildProtocol.RECOGNIZE_AS || op == ChildProtocol.RECOGNIZE_IN) header.putInt(psm);
        if (op == ChildProtocol.RECOGNIZE_IN) { // as DataOutputStream.writeUTF writes a language list (ASCII)
            byte[] l = languages.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            header.putShort((short) l.length).put(l);
        }
        header.flip();
        ByteBuffer[] frame = {header, b};
        while (b.hasRemaining()) channel.write(frame);
    }

    private TesseractEngine.TesseractFailure died(Process p, IOException e, long t0, int timeoutMillis) {
        stop();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        String message;
        if (killedForTime) {
            message = String.format(Locale.ROOT, "OCR timed out: the OCR engine process was killed after %.1f s (pageTimeout %s s)",
                    ms / 1000.0, timeoutMillis > 0 ? timeoutMillis / 1000.0 : launch.osdTimeoutMillis() / 1000.0);
        } else {
            message = "OCR engine process died (" + Death.of(p, tail, pump).description() + ")";
        }
        log.warn("OCR engine process {}: {}", p.pid(), message);
        log.debug("OCR engine process {} ended ({}); its last output: {}", p.pid(), e.toString(), tailText());
        return new TesseractEngine.TesseractFailure(message);
    }

    /**
     * How a child ended, e.g. "exit 134, SIGABRT" (Java reports a signal as 128 + its number) or,
     * when the child's JVM caught the crash and wrote its fatal-error report (it then exits 1),
     * "SIGSEGV in native code at libtesseract.so.5+0x1d2f3, exit 1; crash report /tmp/...".
     */
    record Death(String description, boolean crashed) {
        static Death of(Process p, ArrayDeque<String> lines, Thread pump) {
            if (!waitQuietly(p, 2000)) return new Death("still running", false);
            if (pump != null) {
                try {
                    pump.join(2000); // its last lines carry the JVM's fatal-error summary
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int code = p.exitValue();
            String signal = code > 128 && code < 128 + 32 ? signalName(code - 128) : "";
            String exit = "exit " + code + (signal.isEmpty() ? "" : ", " + signal);
            String fatal = "", frame = "", report = "";
            List<String> copy;
            synchronized (lines) {
                copy = new ArrayList<>(lines);
            }
            for (int i = 0; i < copy.size(); i++) {
                String l = copy.get(i);
                java.util.regex.Matcher m = FATAL.matcher(l);
                if (m.find()) fatal = m.group(1);
                if (l.startsWith("# Problematic frame:") && i + 1 < copy.size()) frame = frameOf(copy.get(i + 1));
                if (l.contains("error report file") && i + 1 < copy.size()) report = copy.get(i + 1).replaceFirst("^#\\s*", "").strip();
            }
            if (fatal.isEmpty()) return new Death(exit, !signal.isEmpty());
            StringBuilder d = new StringBuilder(fatal);
            if (!frame.isEmpty()) d.append(" in native code at ").append(frame);
            d.append(", ").append(exit);
            if (!report.isEmpty()) d.append("; crash report ").append(report);
            return new Death(d.toString(), true);
        }

        private static final java.util.regex.Pattern FATAL = java.util.regex.Pattern.compile("^#\\s+(SIG[A-Z]+) \\(0x");

        /** "libtesseract.so.5+0x1d2f3" from "# C  [libtesseract.so.5+0x1d2f3]  tesseract::...". */
        private static String frameOf(String line) {
            int a = line.indexOf('['), b = line.indexOf(']', a + 1);
            String f = a >= 0 && b > a ? line.substring(a + 1, b) : line.replaceFirst("^#\\s*", "");
            return f.length() > 120 ? f.substring(0, 120) : f.strip();
        }
    }

    static String signalName(int n) {
        return switch (n) {
            case 1 -> "SIGHUP";
            case 2 -> "SIGINT";
            case 4 -> "SIGILL";
            case 6 -> "SIGABRT";
            case 7 -> "SIGBUS";
            case 8 -> "SIGFPE";
            case 9 -> "SIGKILL";
            case 11 -> "SIGSEGV";
            case 13 -> "SIGPIPE";
            case 15 -> "SIGTERM";
            default -> "signal " + n;
        };
    }

    private void restart() throws TesseractEngine.TesseractFailure, OcrEngineUnavailableException {
        try {
            startChild();
        } catch (CannotLaunch e) {
            throw new TesseractEngine.TesseractFailure("the OCR engine process could not be restarted: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TesseractEngine.TesseractFailure("interrupted while restarting the OCR engine process");
        }
    }

    private void startChild() throws CannotLaunch, OcrEngineUnavailableException, InterruptedException {
        Path dir;
        ServerSocketChannel server;
        try {
            dir = Files.createTempDirectory("sinpdf-ocr");
        } catch (IOException e) {
            throw new CannotLaunch("no temp folder for the socket: " + e.getMessage(), e);
        }
        Path socket = dir.resolve("s");
        Process p = null;
        try {
            server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            try (server) {
                server.bind(UnixDomainSocketAddress.of(socket));
                server.configureBlocking(false);
                List<String> cmd = new ArrayList<>(launch.command());
                cmd.add(socket.toString());
                cmd.addAll(launch.arguments());
                ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE);
                Map<String, String> env = pb.environment();
                env.put("OMP_THREAD_LIMIT", "1");
                env.remove(OcrChildMain.FAULT_ENV);
                String fault = FAULT_FOR_NEXT_CHILD.getAndSet(null);
                if (fault != null) env.put(OcrChildMain.FAULT_ENV, fault);
                try {
                    p = pb.start();
                } catch (IOException e) {
                    throw new CannotLaunch("cannot run " + cmd.get(0) + ": " + e.getMessage(), e);
                }
                register(p);
                ArrayDeque<String> lines = new ArrayDeque<>();
                tail = lines;
                pump = pumpOutput(p, lines);
                SocketChannel ch = accept(server, p, lines, pump);
                ch.configureBlocking(true);
                process = p;
                channel = ch;
                in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(ch), 1 << 16));
            }
            hello(p);
            log.debug("OCR engine process {} started", p.pid());
        } catch (IOException e) {
            stop();
            if (p != null) stopProcess(p);
            throw new CannotLaunch("socket to the OCR engine process: " + e.getMessage(), e);
        } catch (CannotLaunch | OcrEngineUnavailableException | InterruptedException | RuntimeException e) {
            stop();
            if (p != null) stopProcess(p);
            throw e;
        } finally {
            try {
                Files.deleteIfExists(socket);
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                log.debug("cannot delete {}: {}", dir, e.toString());
            }
        }
    }

    /** Waits for the child to connect; fails when it exits first or takes too long. */
    private static SocketChannel accept(ServerSocketChannel server, Process p, ArrayDeque<String> lines, Thread pump)
            throws IOException, CannotLaunch, OcrEngineUnavailableException, InterruptedException {
        long deadline = System.nanoTime() + STARTUP_MILLIS * 1_000_000;
        while (true) {
            SocketChannel ch = server.accept();
            if (ch != null) return ch;
            if (!p.isAlive()) {
                Death d = Death.of(p, lines, pump);
                if (d.crashed()) {
                    throw new OcrEngineUnavailableException("the OCR engine process died while starting (" + d.description()
                            + "): " + tailText(lines));
                }
                throw new CannotLaunch("the OCR engine process exited while starting (" + d.description() + "): " + tailText(lines));
            }
            if (System.nanoTime() > deadline) {
                throw new CannotLaunch("the OCR engine process did not connect within " + STARTUP_MILLIS / 1000 + " s");
            }
            Thread.sleep(5); // an interrupt is no reason to think children cannot run: it propagates
        }
    }

    /** Reads the child's first answer: its engine is loaded, or Tesseract could not load. */
    private void hello(Process p) throws OcrEngineUnavailableException, CannotLaunch, InterruptedException {
        ScheduledFuture<?> kill = WATCHDOG.schedule(p::destroyForcibly, STARTUP_MILLIS, TimeUnit.MILLISECONDS);
        try {
            byte b = in.readByte();
            if (b == ChildProtocol.UNAVAILABLE) {
                String msg = in.readUTF();
                stop();
                throw new OcrEngineUnavailableException(msg);
            }
            int version = in.readInt();
            if (b != ChildProtocol.HELLO || version != ChildProtocol.VERSION) {
                stop();
                throw new CannotLaunch("the OCR engine process answered " + b + "/" + version + ", not protocol " + ChildProtocol.VERSION);
            }
        } catch (ClosedByInterruptException e) {
            kill();
            throw new InterruptedException("interrupted while the OCR engine process was starting");
        } catch (IOException e) {
            stop();
            Death d = Death.of(p, tail, pump);
            if (d.crashed()) {
                throw new OcrEngineUnavailableException("the OCR engine process died while loading Tesseract ("
                        + d.description() + "): " + tailText());
            }
            throw new CannotLaunch("the OCR engine process ended while loading Tesseract (" + d.description() + "): " + tailText(), e);
        } finally {
            kill.cancel(false);
        }
    }

    /** Ends the child at once (it may be busy in Tesseract and would not notice the socket closing). */
    private void kill() {
        Process p = process;
        if (p != null) p.destroyForcibly();
        stop();
    }

    /** Closes the socket and ends the child (it exits on end of stream; killed if it does not). */
    private void stop() {
        Process p = process;
        process = null;
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                log.debug("closing the OCR engine socket: {}", e.toString());
            }
            channel = null;
        }
        in = null;
        if (p != null) stopProcess(p);
    }

    private static void stopProcess(Process p) {
        if (!waitQuietly(p, 2000)) {
            p.destroyForcibly();
            waitQuietly(p, 5000);
        }
        LIVE.remove(p);
    }

    private static boolean waitQuietly(Process p, long millis) {
        boolean interrupted = Thread.interrupted();
        try {
            return p.waitFor(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
            return !p.isAlive();
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    @Override public void close() {
        stop();
    }

    private String tailText() {
        return tail == null ? "" : tailText(tail);
    }

    private static String tailText(ArrayDeque<String> lines) {
        synchronized (lines) {
            return lines.isEmpty() ? "(none)" : String.join(" | ", lines);
        }
    }

    /** Logs the child's stdout and stderr (native code prints there) at debug, keeping the last lines. */
    private static Thread pumpOutput(Process p, ArrayDeque<String> lines) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank()) continue;
                    log.debug("OCR engine process {}: {}", p.pid(), line);
                    synchronized (lines) {
                        if (lines.size() == TAIL_LINES) lines.removeFirst();
                        lines.addLast(line.strip());
                    }
                }
            } catch (IOException e) {
                log.debug("OCR engine process {} output: {}", p.pid(), e.toString());
            }
        }, "sinpdf-ocr-child-" + p.pid() + "-output");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void register(Process p) {
        LIVE.add(p);
        p.onExit().thenRun(() -> LIVE.remove(p));
    }

    /** Processes started and not yet ended (for tests). */
    static Set<Process> live() { return Set.copyOf(LIVE); }

    private static ScheduledExecutorService watchdog() {
        ScheduledThreadPoolExecutor ex = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "sinpdf-ocr-watchdog");
            t.setDaemon(true);
            return t;
        });
        ex.setRemoveOnCancelPolicy(true);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Process p : LIVE) p.destroyForcibly();
        }, "sinpdf-ocr-children-shutdown"));
        return ex;
    }
}
