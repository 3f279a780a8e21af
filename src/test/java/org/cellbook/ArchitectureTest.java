package org.cellbook;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cellbook.analysis.cycling.CyclingAnalysis;
import org.cellbook.analysis.cycling.DifferentialCapacity;
import org.cellbook.analysis.cycling.TemperatureSeries;
import org.cellbook.analysis.gitt.GittAnalysis;
import org.cellbook.analysis.gitt.GittProtocol;
import org.cellbook.analysis.math.LineFit;
import org.cellbook.analysis.raman.CarbonRaman;
import org.cellbook.analysis.raman.CarbonRamanAnalysis;
import org.cellbook.analysis.raman.SadezkyRaman;
import org.cellbook.analysis.run.Analyzer;
import org.cellbook.analysis.sorption.BetAnalysis;
import org.cellbook.analysis.sorption.DubininRadushkevich;
import org.cellbook.analysis.sorption.IsothermAnalysis;
import org.cellbook.analysis.sorption.TPlot;
import org.cellbook.analysis.voltammetry.ScanRateStudy;
import org.cellbook.analysis.voltammetry.Voltammogram;
import org.cellbook.analysis.xrd.CarbonXrd;
import org.cellbook.analysis.xrd.CarbonXrdAnalysis;
import org.cellbook.analysis.xrd.CarbonXrdFit;
import org.cellbook.base.ui.IsoDatePicker;
import org.springframework.data.repository.Repository;

/** The package-by-feature boundaries of docs/decisions/0001-package-by-feature.md, made real. */
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
  static final ArchRule datePickersReadIsoDates =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(IsoDatePicker.class.getName())
          .should()
          .callConstructorWhere(
              DescribedPredicate.describe(
                  "new DatePicker(…)",
                  (JavaConstructorCall call) ->
                      call.getTargetOwner().isEquivalentTo(DatePicker.class)))
          .because("a date typed or shown in a picker reads as in the lists (IsoDatePicker)");

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

  /**
   * The analyses and fits whose results are stored with a run: plots, reports and the API read the
   * stored run and must not compute them a second time: a plot that refits can disagree with the
   * KPI beside it.
   */
  private static final Map<Class<?>, List<String>> ANALYSES =
      Map.ofEntries(
          Map.entry(CyclingAnalysis.class, List.of("analyze")),
          Map.entry(DifferentialCapacity.class, List.of("of")),
          Map.entry(TemperatureSeries.class, List.of("of")),
          Map.entry(Voltammogram.class, List.of("of", "byScanRate")),
          Map.entry(
              ScanRateStudy.class,
              List.of("<init>", "bValue", "dunn", "capacitiveShare", "cycleCapacitiveFraction")),
          Map.entry(GittAnalysis.class, List.of("analyze")),
          Map.entry(GittProtocol.class, List.of("of")),
          Map.entry(IsothermAnalysis.class, List.of("analyze")),
          Map.entry(
              BetAnalysis.class, List.of("auto", "fit", "fitRange", "totalPoreVolumeCm3PerGram")),
          Map.entry(TPlot.class, List.of("fit")),
          Map.entry(DubininRadushkevich.class, List.of("fit", "carbonDioxide")),
          Map.entry(CarbonXrd.class, List.of("rValue", "strongestPeak")),
          Map.entry(CarbonXrdFit.class, List.of("fit")),
          Map.entry(CarbonXrdAnalysis.class, List.of("of")),
          Map.entry(CarbonRaman.class, List.of("fit", "fitBreitWignerFano")),
          Map.entry(SadezkyRaman.class, List.of("fit")),
          Map.entry(CarbonRamanAnalysis.class, List.of("of")));

  private static final Map<String, List<String>> ANALYSES_BY_NAME =
      ANALYSES.entrySet().stream()
          .collect(Collectors.toMap(e -> e.getKey().getName(), Map.Entry::getValue));

  private static DescribedPredicate<JavaCall<?>> calls(
      String description, Map<String, List<String>> methods) {
    return DescribedPredicate.describe(
        description,
        call ->
            methods
                .getOrDefault(call.getTarget().getOwner().getFullName(), List.of())
                .contains(call.getTarget().getName()));
  }

  @ArchTest
  static final ArchRule resultsAreStoredOnceAndNeverRefitted =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.cellbook.analysis..")
          .should()
          .callCodeUnitWhere(calls("an analysis or a fit of the analysis core", ANALYSES_BY_NAME))
          .because(
              "plots, reports and the API draw the stored run (its document's fits and plot data);"
                  + " analysing or fitting again could disagree with the stored KPIs");

  @ArchTest
  static final ArchRule onlyTheWorkerAndTheCommandLineAnalyse =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.cellbook.analysis..")
          .and()
          .doNotHaveFullyQualifiedName("org.cellbook.measurements.AnalysisWorker")
          .and()
          .doNotHaveFullyQualifiedName("org.cellbook.cli.AnalyzeCommand")
          .should()
          .callCodeUnitWhere(
              calls("Analyzer.analyze", Map.of(Analyzer.class.getName(), List.of("analyze"))))
          .because("an analysis runs once, in a job whose result is stored");

  @ArchTest
  static final ArchRule lineFitsOutsideTheAnalysesAreSeriesFits =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.cellbook.analysis..")
          .and()
          .doNotHaveFullyQualifiedName("org.cellbook.measurements.SeriesComparison")
          .should()
          .callCodeUnitWhere(calls("LineFit.of", Map.of(LineFit.class.getName(), List.of("of"))))
          .because(
              "a line through one run's points is its analysis's (stored); only a series fits a"
                  + " line across runs");
}
