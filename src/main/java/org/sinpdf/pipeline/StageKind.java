package org.sinpdf.pipeline;

/** The kinds of stage a plugin can register, in pipeline order. */
public enum StageKind {
    EXTRACTOR("extract"), TABULATOR("tabulate"), NORMALIZER("normalize"),
    SERIALIZER("serialize"), DOCUMENT_SERIALIZER("serialize");

    private final String configKey;
    StageKind(String configKey) { this.configKey = configKey; }

    /** The config list that names stages of this kind. */
    public String configKey() { return configKey; }
}
