package org.sinpdf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinpdf.archive.ArchiveDatabase;
import org.sinpdf.model.DocumentInfo;
import picocli.CommandLine;

class SearchCommandTest {
    @TempDir Path dir;
    Path db;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    static ArchiveDatabase.PageRow page(int n, String text) {
        return new ArchiveDatabase.PageRow(n, "text-layer", "", 612, 792, "pt", text.split(" ").length, 1, text);
    }

    @BeforeEach
    void database() throws Exception {
        db = dir.resolve("sinpdf.sqlite");
        ArchiveDatabase.write(db, new ArchiveDatabase.DocumentRecord(
                new DocumentInfo("2013/acta", "acta.pdf", "aa", "application/pdf", 10),
                List.of(page(1, "Acta de cabildo"), page(2, "Se aprueba el presupuesto de egresos para el ejercicio 2013"),
                        page(3, "El presupuesto se publica en el periódico oficial")),
                List.of(), List.of()));
        ArchiveDatabase.write(db, new ArchiveDatabase.DocumentRecord(
                new DocumentInfo("informe", "informe.pdf", "bb", "application/pdf", 10),
                List.of(page(1, "Informe de obra pública sin relación")), List.of(), List.of()));
        ArchiveDatabase.close(db);
    }

    private int run(String... args) {
        return new CommandLine(new SearchCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    @Test
    void printsMatchingPagesBestFirstWithASnippet() {
        assertEquals(0, run(db.toString(), "presupuesto", "egresos"));
        assertEquals("2013/acta.pdf:2: Se aprueba el [presupuesto] de [egresos] para el ejercicio 2013", out.toString().strip());
        out.getBuffer().setLength(0);
        assertEquals(0, run(db.toString(), "PERIODICO"));
        assertTrue(out.toString().startsWith("2013/acta.pdf:3: "), out.toString());
        assertTrue(out.toString().contains("[periódico]"), out.toString());
    }

    @Test
    void limitsAndAcceptsFtsSyntax() {
        assertEquals(0, run("--fts", "-n", "5", db.toString(), "presupuesto OR obra"));
        assertEquals(3, out.toString().strip().lines().count());
        out.getBuffer().setLength(0);
        assertEquals(0, run("-n", "1", db.toString(), "presupuesto"));
        assertEquals(1, out.toString().strip().lines().count());
    }

    @Test
    void exitsOneWhenNothingMatches() {
        assertEquals(1, run(db.toString(), "inexistente"));
        assertEquals("", out.toString());
        assertTrue(err.toString().contains("no page matches"));
    }

    @Test
    void exitsTwoForAMissingDatabaseOrABadQuery() {
        assertEquals(2, run(dir.resolve("otro.sqlite").toString(), "x"));
        assertTrue(err.toString().contains("no database"), err.toString());
        assertEquals(2, run("--fts", db.toString(), "presupuesto AND ("));
        assertEquals(1, run(db.toString(), "presupuesto-AND-("), "plain queries are taken literally, never a syntax error");
    }
}
