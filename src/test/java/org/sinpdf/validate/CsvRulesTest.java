package org.sinpdf.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** For each CSV rule (structure, content, encoding) one file that fails it and one that passes. */
class CsvRulesTest {
    @TempDir Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("csv-quoting", "a,b\n1,\"x\"y\n", "a,b\n1,\"x \"\"quoted\"\", with comma\"\n2,\"two\nlines\"\n"),
                Arguments.of("csv-quoting", "a,b\n1,x\"y\n", "a,b\n1,xy\n"),
                Arguments.of("csv-quoting", "a,b\n1,\"open\n2,3\n", "a,b\r\n1,\"closed\"\r\n"),
                Arguments.of("csv-delimiter", "nombre;monto\nx;1\n", "nombre,monto\nx,1\n"),
                Arguments.of("csv-ragged-row", "a,b\nx,1,2\ny,3\n", "a,b\nx,1\ny,3\n"),
                Arguments.of("csv-ragged-row", "a,b,c\nx,1\n", "a,b,c\nx,1,\n"),
                Arguments.of("csv-no-header", "1,2012-01-01,5.5\n2,2012-01-02,6\n", "id,fecha,valor\n1,2012-01-01,5.5\n"),
                Arguments.of("csv-blank-header", "a,,c\nx,1,2\n", "a,b,c\nx,1,2\n"),
                Arguments.of("csv-duplicate-header", "a,monto,Monto\nx,1,2\n", "a,monto,monto_2\nx,1,2\n"),
                Arguments.of("csv-blank-row", "a,b\nx,1\n\ny,2\n", "a,b\nx,1\ny,2\n"),
                Arguments.of("csv-blank-row", "a,b\nx,1\n,\ny,2\n", "a,b\nx,\n,2\n"),
                Arguments.of("csv-title-row", "Ingresos por estado 2020,,\nFuente: SHCP,,\nestado,anio,monto\nx,2020,1\n",
                        "estado,anio,monto\nx,2020,1\n"),
                Arguments.of("csv-merged-cells", "region,estado,n\nNorte,Sonora,1\n,Chihuahua,2\n,Durango,3\n",
                        "region,estado,n\nNorte,Sonora,1\nNorte,Chihuahua,2\n"),
                Arguments.of("csv-merged-cells", "estado,municipio,n\nRegión Norte,,\nSonora,Hermosillo,1\n",
                        "estado,municipio,n\nSonora,Hermosillo,1\nSonora,,2\n"),
                Arguments.of("number-format", "concepto,monto\nx,\"$1,234.00\"\n", "concepto,monto_pesos\nx,1234.00\n"),
                Arguments.of("number-format", "concepto,avance\nx,12.5%\n", "concepto,avance_porcentaje\nx,12.5\n"),
                Arguments.of("number-format", "concepto,monto\nx,\"1.234.567,50\"\n", "concepto,monto\nx,-1234567.50\n"),
                Arguments.of("date-format", "evento,fecha\nx,14/12/2012\n", "evento,fecha\nx,2012-12-14\n"),
                Arguments.of("date-format", "evento,fecha\nx,14 de diciembre de 2012\n", "evento,periodo\nx,2011/2012\n"),
                Arguments.of("date-format", "evento,mes\nx,dic-2012\n", "evento,mes\nx,2012-09\n"),
                Arguments.of("mixed-types", "estado,monto\nx,1\ny,2.5\nz,N/D\n", "estado,nota\nx,1\ny,sin dato\nz,otra\n"),
                Arguments.of("mixed-types", "estado,fecha\nx,2012-01-01\ny,2012-02-01\nz,pendiente\n",
                        "estado,fecha\nx,2012-01-01\ny,2012\nz,\n"),
                Arguments.of("total-row", "estado,n\nx,1\ny,2\nTotal,3\n", "estado,n\nx,1\nTotolapan,2\n"),
                Arguments.of("total-row", "estado,n\nx,1\nSubtotal Norte,1\n", "estado,n\nx,1\n"),
                Arguments.of("duplicate-row", "estado,n\nx,1\ny,2\nx,1\n", "estado,n\nx,1\ny,2\nx,11\n"),
                Arguments.of("inegi-code", "cve_ent,cve_mun,nombre\n1,1,Aguascalientes\n", "cve_ent,cve_mun,nombre\n01,001,Aguascalientes\n"),
                Arguments.of("inegi-code", "clave_localidad,nombre\n12AB,x\n", "clave_localidad,nombre\n0001,x\n"),
                Arguments.of("inegi-code", "cvegeo,nombre\n1001,x\n", "cvegeo,nombre\n01001,x\n"),
                Arguments.of("encoding-bom", "\uFEFFa,b\nx,1\n", "a,b\nx,1\n"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void eachRuleHasAFailingAndAPassingFile(String rule, String failing, String passing) throws Exception {
        ValidationReport bad = Datasets.validate(Datasets.write(dir, "bad.csv", failing));
        assertTrue(Datasets.rules(bad).contains(rule), rule + " not reported: " + bad.findings());
        ValidationReport good = Datasets.validate(Datasets.write(dir, "good.csv", passing));
        assertTrue(good.findings().isEmpty(), "passing file has findings: " + good.findings());
    }

    @Test
    void reportsLineColumnAndExcerpt() throws Exception {
        ValidationReport r = Datasets.validate(Datasets.write(dir, "x.csv", "a,monto\nx,1\n\"y\nz\",\"$1,000\"\n"));
        ValidationFinding f = Datasets.of(r, "number-format").get(0);
        assertEquals(3, f.line());
        assertEquals(2, f.column());
        assertEquals("$1,000", f.excerpt());
        assertTrue(f.message().contains("1000"), f.message());
    }

    @Test
    void invalidUtf8GivesTheByteOffsetEvenPastTheFirstBuffer() throws Exception {
        StringBuilder b = new StringBuilder("a,b\n");
        while (b.length() < 100_000) b.append("xxxxxxxxxx,1\n");
        byte[] head = b.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + 9];
        System.arraycopy(head, 0, bytes, 0, head.length);
        byte[] tail = {'J', 'o', 's', (byte) 0xE9, ',', '2', '\n'}; // "José" in Latin-1
        System.arraycopy(tail, 0, bytes, head.length, tail.length);
        long lines = b.chars().filter(c -> c == '\n').count();
        ValidationReport r = Datasets.validate(Datasets.write(dir, "latin1.csv", java.util.Arrays.copyOf(bytes, head.length + 7)));
        List<ValidationFinding> enc = Datasets.of(r, "encoding-utf8");
        assertEquals(1, enc.size(), r.findings().toString());
        assertTrue(enc.get(0).message().contains("byte offset " + (head.length + 3)), enc.get(0).message());
        assertEquals(lines + 1, enc.get(0).line());
        ValidationReport ok = Datasets.validate(Datasets.write(dir, "utf8.csv", "a,b\nJosé,2\n"));
        assertTrue(ok.findings().isEmpty(), ok.findings().toString());
    }

    @Test
    void findingsPerRuleAreCappedAndCounted() throws Exception {
        StringBuilder b = new StringBuilder("a,b\n");
        for (int i = 0; i < 120; i++) b.append("x").append(i).append(",\"$1,000\"\n");
        ValidationReport r = Datasets.validate(Datasets.write(dir, "many.csv", b.toString()));
        List<ValidationFinding> nf = Datasets.of(r, "number-format");
        assertEquals(51, nf.size());
        assertTrue(nf.get(50).message().startsWith("70 more"), nf.get(50).message());
    }

    @Test
    void rulesOffInConfigAreNotChecked() throws Exception {
        Path bad = Datasets.write(dir, "bad.csv", "estado,n\nx,1\nx,1\n");
        ValidationConfig off = ValidationConfig.DEFAULTS.withSeverity("duplicate-row", java.util.Optional.empty());
        assertTrue(Datasets.validate(off, bad).findings().isEmpty());
        ValidationConfig warn = ValidationConfig.DEFAULTS.withSeverity("duplicate-row",
                java.util.Optional.of(org.sinpdf.model.Severity.WARNING));
        ValidationReport r = Datasets.validate(warn, bad);
        assertEquals(org.sinpdf.model.Severity.WARNING, r.findings().get(0).severity());
        assertEquals(0, r.exitCode());
    }

    @Test
    void validationDoesNotModifyTheFile() throws Exception {
        Path p = Datasets.write(dir, "bad.csv", "Título,,\na;b\n\"x\n");
        byte[] before = java.nio.file.Files.readAllBytes(p);
        java.nio.file.attribute.FileTime t = java.nio.file.Files.getLastModifiedTime(p);
        Datasets.validate(p);
        assertTrue(java.util.Arrays.equals(before, java.nio.file.Files.readAllBytes(p)));
        assertEquals(t, java.nio.file.Files.getLastModifiedTime(p));
        assertFalse(java.nio.file.Files.list(dir).anyMatch(x -> !x.equals(p)));
    }
}
