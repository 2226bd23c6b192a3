package org.sinpdf.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sinpdf.normalize.Numbers.Convention;

class NumbersTest {
    static Optional<String> read(String s, Convention c) {
        return Numbers.strip(s).flatMap(p -> Numbers.canonical(p.core(), p.negative(), c));
    }

    @Test
    void readsEachConvention() {
        assertEquals(Optional.of("1234.56"), read("1,234.56", Convention.COMMA_GROUP_DOT_DECIMAL));
        assertEquals(Optional.of("1234.56"), read("1.234,56", Convention.DOT_GROUP_COMMA_DECIMAL));
        assertEquals(Optional.of("1234.56"), read("1 234,56", Convention.SPACE_GROUP_COMMA_DECIMAL));
        assertEquals(Optional.of("1234.56"), read("1\u202F234,56", Convention.SPACE_GROUP_COMMA_DECIMAL));
        assertEquals(Optional.of("1234567.89"), read("$1,234,567.89", Convention.COMMA_GROUP_DOT_DECIMAL));
        assertEquals(Optional.empty(), read("1.234,56", Convention.COMMA_GROUP_DOT_DECIMAL));
        assertEquals(Optional.empty(), read("12,34", Convention.COMMA_GROUP_DOT_DECIMAL));
    }

    @Test
    void readsNegativesInEveryForm() {
        Convention mx = Convention.COMMA_GROUP_DOT_DECIMAL;
        assertEquals(Optional.of("-1234.5"), read("(1,234.5)", mx));
        assertEquals(Optional.of("-1234.5"), read("-1,234.5", mx));
        assertEquals(Optional.of("-1234.5"), read("\u22121,234.5", mx));
        assertEquals(Optional.of("-1234.5"), read("1,234.5-", mx));
        assertEquals(Optional.of("-1234.00"), read("($1,234.00)", mx));
        assertEquals(Optional.of("-1234.00"), read("-$1,234.00", mx));
        assertEquals(Optional.of("-1234.00"), read("$ (1,234.00)", mx));
        assertEquals(Optional.of("0.5"), read(".5", mx));
        assertEquals(Optional.of("0"), read("-0", mx));
    }

    @Test
    void marksPercentAndCurrency() {
        Numbers.Printed p = Numbers.strip("12.5%").orElseThrow();
        assertTrue(p.percent());
        assertEquals("MXN", Numbers.strip("$1,234.00 M.N.").orElseThrow().currency());
        assertEquals("USD", Numbers.strip("US$ 1,234.00").orElseThrow().currency());
        assertEquals("MXN", Numbers.strip("1,234 pesos").orElseThrow().currency());
        assertEquals(Optional.empty(), Numbers.strip("no aplica"));
        assertEquals(Optional.empty(), Numbers.strip("45a"));
    }

    @Test
    void columnEvidenceDecidesTheConvention() {
        List<Convention> mxFirst = Convention.preference(Convention.COMMA_GROUP_DOT_DECIMAL);
        assertEquals(Convention.COMMA_GROUP_DOT_DECIMAL, Numbers.choose(List.of("1,234", "5,000"), mxFirst),
                "ambiguous values: the locale decides");
        assertEquals(Convention.DOT_GROUP_COMMA_DECIMAL, Numbers.choose(List.of("1.234", "5.000", "12,5"), mxFirst),
                "one value with a decimal comma settles the column");
        assertEquals(Convention.SPACE_GROUP_COMMA_DECIMAL, Numbers.choose(List.of("1 234,5", "12 000,75"), mxFirst));
        assertEquals(Convention.DOT_GROUP_COMMA_DECIMAL, Convention.forLocale("es-ES"));
        assertEquals(Convention.COMMA_GROUP_DOT_DECIMAL, Convention.forLocale("es-MX"));
        assertEquals(Convention.SPACE_GROUP_COMMA_DECIMAL, Convention.forLocale("fr-FR"));
    }
}
