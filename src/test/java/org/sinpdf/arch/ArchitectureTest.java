package org.sinpdf.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point inward: stages see only model and spi; only pipeline composes; only cli knows picocli. */
class ArchitectureTest {
    /** The main classes only, read straight from the build output (scanning the class path takes half a minute). */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(java.nio.file.Path.of("target/classes"));

    private static final String[] STAGES = {"org.sinpdf.extract..", "org.sinpdf.tabulate..",
            "org.sinpdf.normalize..", "org.sinpdf.serialize..", "org.sinpdf.archive.."};

    @Test
    void sharedLayoutHelpersSeeOnlyTheModel() {
        noClasses().that().resideInAPackage("org.sinpdf.layout..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.sinpdf.layout..", "org.sinpdf.model..", "java..")
                .check(MAIN);
    }

    @Test
    void modelAndSpiDependOnNothingElseOfOurs() {
        noClasses().that().resideInAnyPackage("org.sinpdf.model..", "org.sinpdf.spi..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sinpdf.extract..", "org.sinpdf.tabulate..",
                        "org.sinpdf.normalize..", "org.sinpdf.serialize..", "org.sinpdf.pipeline..", "org.sinpdf.cli..",
                        "org.sinpdf.validate..", "org.sinpdf.eval..", "org.sinpdf.archive..")
                .check(MAIN);
    }

    @Test
    void stagePackagesDoNotImportEachOtherNorThePipeline() {
        for (String stage : STAGES) {
            String[] others = java.util.Arrays.stream(STAGES).filter(s -> !s.equals(stage)).toArray(String[]::new);
            noClasses().that().resideInAPackage(stage)
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .orShould().dependOnClassesThat().resideInAnyPackage("org.sinpdf.pipeline..", "org.sinpdf.cli..")
                    .allowEmptyShould(true)
                    .check(MAIN);
        }
    }

    @Test
    void onlyTheCliKnowsPicocli() {
        noClasses().that().resideOutsideOfPackage("org.sinpdf.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(MAIN);
    }

    @Test
    void libraryCodeNeverWritesToStandardStreams() {
        noClasses().that().resideOutsideOfPackages("org.sinpdf.cli..", "org.sinpdf.samples..", "org.sinpdf.tools..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(MAIN);
    }
}
