package org.sinpdf.model;

/** Where a value came from: source file id, page, region on the page, and the stage that made it. */
public record Provenance(String sourceId, int page, BoundingBox region, String stageId) {}
