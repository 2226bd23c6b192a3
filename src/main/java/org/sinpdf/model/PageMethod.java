package org.sinpdf.model;

/** How a page's text was obtained; written to the manifest as {@link #label()}. */
public enum PageMethod {
    TEXT_LAYER("text-layer"), OCR("ocr");

    private final String label;
    PageMethod(String label) { this.label = label; }
    public String label() { return label; }
}
