package org.cellbook;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

/** The package-by-feature boundaries of DESIGN.md, made real. */
@AnalyzeClasses(packages = "org.cellbook", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule analysisCoreIsPlainJava =
      noClasses()
          .that()
          .resideInAPackage("org.cellbook.analysis..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..",
              "com.vaadin..",
              "jakarta.persistence..",
              "org.hibernate..",
              "org.cellbook.materials..",
              "org.cellbook.synthesis..",
              "org.cellbook.electrodes..",
              "org.cellbook.cells..",
              "org.cellbook.base..")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule featuresAreFreeOfCycles =
      slices().matching("org.cellbook.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule baseKnowsNoFeature =
      noClasses()
          .that()
          .resideInAPackage("org.cellbook.base..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.cellbook.materials..",
              "org.cellbook.synthesis..",
              "org.cellbook.electrodes..",
              "org.cellbook.cells..",
              "org.cellbook.lineage..",
              "org.cellbook.measurements..",
              "org.cellbook.reports..",
              "org.cellbook.api..",
              "org.cellbook.demo..",
              "org.cellbook.cli..");

  @ArchTest
  static final ArchRule viewsAreReachedOnlyByTheRouter =
      noClasses()
          .that()
          .resideOutsideOfPackage("..ui..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.cellbook.(*).ui..")
          .because("services, the CLI and other features must not depend on views");

  @ArchTest
  static final ArchRule repositoriesStayInsideTheirFeature =
      classes().that().areAssignableTo(Repository.class).should().notBePublic();

  @ArchTest
  static final ArchRule lineageReadsTheDatabaseNotOtherFeatures =
      noClasses()
          .that()
          .resideInAPackage("org.cellbook.lineage..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.cellbook.materials..",
              "org.cellbook.synthesis..",
              "org.cellbook.electrodes..",
              "org.cellbook.cells..");
}
