package org.sinpdf.extract.ocr;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bounded pool of {@link TesseractEngine}s owned by the OCR stage. An engine is lent to one
 * thread at a time and kept alive across pages and documents (initialising one costs ~100 ms);
 * at most {@code size} exist, so a caller waits when all are lent. An engine that failed is
 * discarded, not returned.
 */
final class EnginePool implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EnginePool.class);

    private final TesseractSetup setup;
    private final int psm;
    private final int size;
    private final Deque<TesseractEngine> idle = new ArrayDeque<>();
    private final AtomicInteger created = new AtomicInteger();
    private int live;
    private boolean closed;

    EnginePool(TesseractSetup setup, int psm, int size) {
        if (size < 1) throw new IllegalArgumentException("pool size " + size);
        this.setup = setup;
        this.psm = psm;
        this.size = size;
    }

    int size() { return size; }

    /** Engines made so far (for tests and logs). */
    int created() { return created.get(); }

    /** Borrows an engine for the calling thread's exclusive use; give it back with {@link #release}. */
    TesseractEngine borrow() throws OcrEngineUnavailableException, InterruptedException {
        synchronized (this) {
            while (true) {
                if (closed) throw new IllegalStateException("OCR engine pool closed");
                TesseractEngine e = idle.pollFirst();
                if (e != null) return e;
                if (live < size) { live++; break; }
                wait();
            }
        }
        try { // initialise outside the lock: other threads can take idle engines meanwhile
            TesseractEngine e = TesseractEngine.create(setup, psm);
            log.debug("Tesseract engine {} initialised ({}, psm {})", created.incrementAndGet(), setup.languages(), psm);
            return e;
        } catch (OcrEngineUnavailableException | RuntimeException | Error e) {
            synchronized (this) { live--; notifyAll(); }
            throw e;
        }
    }

    /** Returns an engine; a {@code broken} one (it failed mid-page) is closed instead of reused. */
    void release(TesseractEngine engine, boolean broken) {
        synchronized (this) {
            if (!broken && !closed) {
                idle.addLast(engine);
                notifyAll();
                return;
            }
            live--;
            notifyAll();
        }
        engine.close();
    }

    @Override public void close() {
        synchronized (this) {
            closed = true;
            for (TesseractEngine e : idle) {
                e.close();
                live--;
            }
            idle.clear();
            notifyAll();
        }
    }
}
