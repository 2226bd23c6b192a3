package org.sinpdf.extract.ocr;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the engines of one stage, where its {@code isolation} option says: in child processes
 * ({@link ChildProcessEngine}, the default: a native crash costs one page) or in this JVM
 * ({@link TesseractEngine}).
 *
 * <p>When the very first child cannot be launched at all (no {@code java} command known, a class
 * path without {@link OcrChildMain}, e.g. an application packaged in a way that hides it), OCR
 * falls back to this JVM with one WARN line: the results are the same, only a native crash would
 * then stop the run, as it did before isolation existed. Once a child has run, a later launch
 * failure fails the page instead (the setup works; something transient went wrong). A child that
 * reports missing Tesseract data, or dies by a signal while loading, is never a reason to fall back.
 */
final class EngineFactory {
    private static final Logger log = LoggerFactory.getLogger(EngineFactory.class);

    private final TesseractSetup setup;
    private final OcrOptions options;
    private final boolean isolated;
    private final Launches launches;
    private final AtomicBoolean fellBack = new AtomicBoolean();
    private volatile boolean childStarted;

    /** How a child is started (tests give a broken one to see the fallback). */
    interface Launches {
        ChildProcessEngine.Launch launch() throws ChildProcessEngine.CannotLaunch;
    }

    EngineFactory(TesseractSetup setup, OcrOptions options) {
        this(setup, options, () -> ChildProcessEngine.Launch.of(setup, options));
    }

    EngineFactory(TesseractSetup setup, OcrOptions options, Launches launches) {
        this.setup = setup;
        this.options = options;
        this.isolated = OcrOptions.ISOLATION_PROCESS.equals(options.isolation());
        this.launches = launches;
    }

    /** Whether engines run in child processes (false when configured in-process or fallen back). */
    boolean isolated() { return isolated && !fellBack.get(); }

    String describe() {
        return setup.languages() + ", psm " + options.psm() + (isolated() ? ", in a child process" : ", in this JVM");
    }

    OcrEngine create() throws OcrEngineUnavailableException, InterruptedException {
        if (!isolated()) return TesseractEngine.create(setup, options.psm());
        try {
            ChildProcessEngine e = ChildProcessEngine.start(launches.launch());
            childStarted = true;
            return e;
        } catch (ChildProcessEngine.CannotLaunch e) {
            if (childStarted) {
                throw new OcrEngineUnavailableException("the OCR engine process could not be started: " + e.getMessage(), e);
            }
            if (fellBack.compareAndSet(false, true)) {
                log.warn("OCR runs inside this JVM: the OCR engine process could not be started ({}); a crash in Tesseract"
                        + " would now stop the whole run (set tesseract-ocr isolation: in-process to silence this)", e.getMessage());
            }
            return TesseractEngine.create(setup, options.psm());
        }
    }
}
