package org.sinpdf.spi;

/** The configuration is wrong; thrown only while a pipeline is being built, before any file is read. */
public class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) { super(message); }
    public ConfigException(String message, Throwable cause) { super(message, cause); }
}
