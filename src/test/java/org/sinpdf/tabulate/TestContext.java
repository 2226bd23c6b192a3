package org.sinpdf.tabulate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Finding;
import org.sinpdf.spi.StageContext;

/** A stage context that keeps the findings it is given. */
final class TestContext implements StageContext {
    final List<Finding> findings = Collections.synchronizedList(new ArrayList<>());

    @Override public DocumentInfo document() { return new DocumentInfo("test", "test.pdf", "", "application/pdf", 0); }
    @Override public void report(Finding finding) { findings.add(finding); }
    @Override public boolean raw() { return false; }
}
