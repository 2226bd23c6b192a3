package org.sinpdf.validate;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** A file to validate: on disk or inside a zip archive. Opening never modifies it. */
public interface InputFile {
    /** How reports name it: the path as given, or {@code archive.zip!/dir/name}. */
    String displayName();

    /** The file name alone. */
    String name();

    /** Size in bytes, or -1 when unknown. */
    long size();

    /** A new stream over the bytes; the caller closes it. */
    InputStream open() throws IOException;

    /** A file relative to this one's folder ("x.xsd", "../a.xsd"), when it exists. */
    Optional<InputFile> resolve(String relative);

    /** Lower-case extension without the dot ("" when none). */
    default String extension() {
        String n = name();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** The name without its extension. */
    default String baseName() {
        String n = name();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? n : n.substring(0, dot);
    }
}
