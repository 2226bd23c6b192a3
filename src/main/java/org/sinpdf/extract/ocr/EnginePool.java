package org.sinpdf.extract.ocr;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bounded pool of {@link OcrEngine}s owned by the OCR stage (made by an {@link EngineFactory}:
 * child processes or engines in this JVM). An engine is lent to one
 * thread at a time and kept alive across pages and documents (initialising one costs ~100 ms);
 * at most {@code size} exist, so a caller waits when all are lent. An engine that failed is
 * discarded, not returned.
 */
final class EnginePool implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EnginePool.class);

    private final EngineFactory factory;
    private final int size;
    private final Deque<OcrEngine> idle = new ArrayDeque<>();
    private final AtomicInteger created = new AtomicInteger();
    private int live;
    private boolean closed;

    EnginePool(EngineFactory factory, int size) {
        if (size < 1) throw new IllegalArgumentException("pool size " + size);
        this.factory = factory;
        this.size = size;
    }

    int size() { return size; }

    /** Engines made so far (for tests and logs). */
    int created() { return created.get(); }

    /** Borrows an engine for the calling thread's exclusive use; give it back with {@link #release}. */
    OcrEngine borrow() throws OcrEngineUnavailableException, InterruptedException {
        synchronized (this) {
            while (true) {
                if (closed) throw new IllegalStateException("OCR engine pool closed");
                OcrEngine e = idle.pollFirst();
                if (e != null) return e;
                if (live < size) { live++; break; }
                wait();
            }
        }
        try { // initialise outside the lock: other threads can take idle engines meanwhile
            OcrEngine e = factory.create();
            log.debug("Tesseract engine {} initialised ({})", created.incrementAndGet(), factory.describe());
            return e;
        } catch (OcrEngineUnavailableException | InterruptedException | RuntimeException | Error e) {
            synchronized (this) { live--; notifyAll(); }
            throw e;
        }
    }

    /** Returns an engine; a {@code broken} one (it failed mid-page) is closed instead of reused. */
    void release(OcrEngine engine, boolean broken) {
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
            for (OcrEngine e : idle) {
                e.close();
                live--;
            }
            idle.clear();
            notifyAll();
        }
    }
}
