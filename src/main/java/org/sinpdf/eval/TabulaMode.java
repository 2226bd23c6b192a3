package org.sinpdf.eval;

import java.util.Locale;

/** The tabula-java 1.0.5 runs sinpdf compares itself with. */
public enum TabulaMode {
    /** {@code -g -p all}: lattice where the page has ruled cells, otherwise detected areas in stream mode. */
    GUESS("tabula-guess", "-g"),
    /** {@code -l -p all}: ruling lines only. */
    LATTICE("tabula-lattice", "-l"),
    /** {@code -t -p all}: stream over whole pages. */
    STREAM("tabula-stream", "-t"),
    /** {@code -t -a REGION -p PAGE}: stream with the true table regions given (needs ground truth). */
    STREAM_REGIONS("tabula-stream-regions", "-t");

    private final String id;
    private final String flags;

    TabulaMode(String id, String flags) { this.id = id; this.flags = flags; }

    public String id() { return id; }
    public String flags() { return flags; }

    /** Parses "tabula-lattice" or "lattice". */
    public static TabulaMode of(String s) {
        String t = s.toLowerCase(Locale.ROOT);
        for (TabulaMode m : values()) {
            if (m.id.equals(t) || m.id.equals("tabula-" + t)) return m;
        }
        throw new IllegalArgumentException("unknown tabula mode: " + s);
    }
}
