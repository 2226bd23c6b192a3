package org.sinpdf.serialize.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The reading-order code is copied into three stage packages (they may not import each other). */
class LayoutCopiesTest {
    static String body(String pkg) throws IOException {
        Path p = Path.of("src/main/java/org/sinpdf", pkg.replace('.', '/'), "Layout.java");
        return Files.readString(p).replaceFirst("package [a-z.]+;", "");
    }

    @Test
    void copiesAreIdentical() throws IOException {
        String text = body("serialize.text");
        assertEquals(text, body("serialize.alto"), "serialize/alto/Layout.java differs from serialize/text/Layout.java");
        assertEquals(text, body("archive"), "archive/Layout.java differs from serialize/text/Layout.java");
    }
}
