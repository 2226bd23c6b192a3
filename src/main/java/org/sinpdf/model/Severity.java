package org.sinpdf.model;

public enum Severity { INFO, WARNING, ERROR }
