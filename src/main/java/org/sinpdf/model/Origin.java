package org.sinpdf.model;

/** Where a piece of text came from. */
public enum Origin { TEXT_LAYER, OCR }
