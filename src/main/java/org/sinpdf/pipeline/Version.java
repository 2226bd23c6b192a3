package org.sinpdf.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** sinpdf's version, from the build. */
public final class Version {
    private static final String VERSION = load();

    private Version() {}

    public static String get() { return VERSION; }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/org/sinpdf/version.properties")) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
