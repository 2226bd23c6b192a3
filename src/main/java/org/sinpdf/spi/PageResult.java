package org.sinpdf.spi;

import java.util.Objects;
import java.util.Optional;
import org.sinpdf.model.Page;

/**
 * What an extractor made of one page: the page, or a refusal with the reason (e.g. "no text
 * layer", "text layer is garbage: 73% unmapped glyphs") so the next extractor can try.
 */
public record PageResult(Optional<Page> page, String reason) {
    public PageResult {
        Objects.requireNonNull(page, "page");
        reason = reason == null ? "" : reason;
    }

    public static PageResult of(Page page) { return new PageResult(Optional.of(page), page.reason()); }
    public static PageResult declined(String reason) { return new PageResult(Optional.empty(), reason); }
    public boolean declined() { return page.isEmpty(); }
}
