package org.sinpdf.eval;

import java.util.Objects;

/**
 * An adjacency relation of the ICDAR 2013 structure measure: cell {@code from} has {@code to} as
 * its nearest non-blank neighbour in {@code direction}. Texts are normalised with
 * {@link AdjacencyRelations#normalize(String)}.
 */
public record Relation(String from, String to, Direction direction) {
    public enum Direction { RIGHT, BELOW }

    public Relation {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(direction, "direction");
    }
}
