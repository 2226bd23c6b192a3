package org.sinpdf.validate;

import org.sinpdf.model.Severity;

/**
 * One open-data rule: a stable kebab-case id (used in config/eida.yaml and in reports), the
 * severity it has unless the config says otherwise, and what it checks. The checks themselves
 * live in the checkers of {@code org.sinpdf.validate.rules}, which may emit several rules from
 * one streaming pass (a CSV is read once, every CSV rule fed row by row).
 */
public interface Rule {
    String id();

    Severity defaultSeverity();

    /** One line: what the rule checks and where it comes from. */
    String description();
}
