package org.sinpdf.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Finding;
import org.sinpdf.spi.StageContext;

/** The {@link StageContext} of one document: collects findings from every thread. */
final class DocumentContext implements StageContext {
    private final DocumentInfo document;
    private final boolean raw;
    private final List<Finding> findings = new ArrayList<>();

    DocumentContext(DocumentInfo document, boolean raw) {
        this.document = document;
        this.raw = raw;
    }

    @Override public DocumentInfo document() { return document; }
    @Override public boolean raw() { return raw; }

    @Override public synchronized void report(Finding finding) { findings.add(finding); }

    synchronized List<Finding> findings() { return List.copyOf(findings); }
}
