package org.sinpdf.cli;

import org.sinpdf.spi.ConfigException;
import picocli.CommandLine;

/** sinpdf's exit codes, listed in {@code sinpdf --help}. */
final class ExitCodes {
    static final int OK = 0;
    static final int SOME_FAILED = 1;
    static final int USAGE = 2;
    static final int CONFIG = 3;
    static final int INTERNAL = 70;

    private ExitCodes() {}

    static int forException(Throwable t) {
        if (t instanceof ConfigException) return CONFIG;
        if (t instanceof CommandLine.ParameterException) return USAGE;
        return INTERNAL;
    }
}
