package org.sinpdf.model;

/** How sure a stage is of a value, from 0 (a guess) to 1 (read from the text layer). */
public record Confidence(double value) implements Comparable<Confidence> {
    public static final Confidence CERTAIN = new Confidence(1.0);

    public Confidence {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException("confidence outside [0,1]: " + value);
        }
    }

    public static Confidence min(Confidence a, Confidence b) { return a.value <= b.value ? a : b; }

    @Override public int compareTo(Confidence o) { return Double.compare(value, o.value); }
}
