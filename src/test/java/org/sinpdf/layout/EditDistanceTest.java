package org.sinpdf.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EditDistanceTest {
    @Test
    void countsInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, EditDistance.between("Municipio", "Municipio"));
        assertEquals(3, EditDistance.between("kitten", "sitting"));
        assertEquals(1, EditDistance.between("1,234.5", "1,234.56"));
        assertEquals(2, EditDistance.between("ab", ""));
    }

    @Test
    void countsCodePointsNotCharsAndAccentsAreCharacters() {
        assertEquals(1, EditDistance.between("Año", "Ano"));
        assertEquals(1, EditDistance.between("a\uD835\uDC00b", "ab"), "a supplementary character is one edit");
    }

    @Test
    void similarityIsOneMinusDistanceOverTheLongerText() {
        assertEquals(1.0, EditDistance.similarity("", ""));
        assertEquals(0.0, EditDistance.similarity("", "x"));
        assertEquals(0.75, EditDistance.similarity("Sexo", "Seco"), 1e-9);
    }
}
