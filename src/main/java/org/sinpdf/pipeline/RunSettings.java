package org.sinpdf.pipeline;

/**
 * Settings of a run rather than of a stage (config key {@code run}).
 *
 * @param workers            worker threads for pages and files; 0 = one per core
 * @param fileTimeoutSeconds a file still converting after this long is stopped and recorded as timed out; 0 = no limit
 * @param pageTimeoutSeconds a page still extracting after this long is recorded as failed; 0 = no limit
 * @param raw                write cell text exactly as extracted (skip the normalize stage)
 * @param reviewBelow        cells whose confidence is below this are listed for review in the manifest
 */
public record RunSettings(int workers, int fileTimeoutSeconds, int pageTimeoutSeconds, boolean raw, double reviewBelow) {
    public static final RunSettings DEFAULTS = new RunSettings(0, 1800, 300, false, 0.6);

    public RunSettings {
        if (workers < 0) throw new IllegalArgumentException("run.workers must be 0 (all cores) or more: " + workers);
        if (fileTimeoutSeconds < 0 || pageTimeoutSeconds < 0) throw new IllegalArgumentException("timeouts must be >= 0");
        if (!(reviewBelow >= 0 && reviewBelow <= 1)) throw new IllegalArgumentException("run.reviewBelow must be in [0,1]: " + reviewBelow);
    }

    /** The number of worker threads this run uses. */
    public int effectiveWorkers() { return workers > 0 ? workers : Runtime.getRuntime().availableProcessors(); }

    public RunSettings withRaw(boolean r) { return new RunSettings(workers, fileTimeoutSeconds, pageTimeoutSeconds, r, reviewBelow); }
    public RunSettings withWorkers(int w) { return new RunSettings(w, fileTimeoutSeconds, pageTimeoutSeconds, raw, reviewBelow); }
}
