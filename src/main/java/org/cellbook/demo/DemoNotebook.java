package org.cellbook.demo;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cellbook.cells.AssembleCell;
import org.cellbook.cells.Cell;
import org.cellbook.cells.CellConfiguration;
import org.cellbook.cells.CellFormat;
import org.cellbook.cells.CellService;
import org.cellbook.cells.CellStatus;
import org.cellbook.electrodes.DiscMetrics;
import org.cellbook.electrodes.NewDisc;
import org.cellbook.electrodes.NewSheet;
import org.cellbook.electrodes.SheetService;
import org.cellbook.materials.AmountUnit;
import org.cellbook.materials.Lot;
import org.cellbook.materials.LotFilter;
import org.cellbook.materials.LotOrigin;
import org.cellbook.materials.LotService;
import org.cellbook.materials.Material;
import org.cellbook.materials.MaterialKind;
import org.cellbook.materials.MaterialService;
import org.cellbook.materials.NewPurchasedLot;
import org.cellbook.measurements.AnalysisParameters;
import org.cellbook.measurements.MeasurementService;
import org.cellbook.measurements.NewFile;
import org.cellbook.measurements.Technique;
import org.cellbook.security.DemoUsers;
import org.cellbook.security.UserService;
import org.cellbook.synthesis.BatchService;
import org.cellbook.synthesis.NewBatch;
import org.cellbook.synthesis.NewSeries;
import org.cellbook.synthesis.SynthesisBatch;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reference study's notebook (Yang et al., Nano-Micro Lett. 13, 98 (2021): hard carbons made by
 * molten diffusion of PTCDA into porous hosts): its materials with published properties, the
 * purchased lots, every batch of the study, electrodes at the published loadings, half cells and
 * the full cell. Published numbers are used as published; weighed masses, lot numbers and dates are
 * illustrative, as any real notebook's would be. Loading is idempotent: a notebook that already has
 * the study's host carbon is left alone.
 */
@Service
public class DemoNotebook {

  static final String MARKER_MATERIAL = "AC";
  private static final LocalDate START = LocalDate.of(2026, 9, 1);

  private final MaterialService materials;
  private final LotService lots;
  private final BatchService batches;
  private final SheetService sheets;
  private final CellService cells;
  private final UserService users;
  private final MeasurementService measurements;

  DemoNotebook(
      MaterialService materials,
      LotService lots,
      BatchService batches,
      SheetService sheets,
      CellService cells,
      UserService users,
      MeasurementService measurements) {
    this.materials = materials;
    this.lots = lots;
    this.batches = batches;
    this.sheets = sheets;
    this.cells = cells;
    this.users = users;
    this.measurements = measurements;
  }

  /** Loads the demo notebook unless it is there; returns false when it was already loaded. */
  @Transactional
  public boolean load() {
    DemoUsers.create(users);
    if (materials.findByCode(MARKER_MATERIAL).isPresent()) {
      return false;
    }
    catalogue();
    Map<String, Lot> bought = purchases();
    synthesis(bought);
    electrodesAndCells(bought);
    return true;
  }

  private void catalogue() {
    material(
        "AC",
        "activated carbon XFP06",
        MaterialKind.HOST_CARBON,
        "XFNANO",
        m -> {
          m.setPoreVolumeCm3PerGram(1.391);
          m.setSpecificSurfaceAreaM2PerGram(1429.0);
        });
    material("CMK-8", "cubic mesoporous carbon XFP02", MaterialKind.HOST_CARBON, "XFNANO", m -> {});
    material(
        "PTCDA",
        "perylene-3,4,9,10-tetracarboxylic dianhydride",
        MaterialKind.FILLER,
        "Sigma-Aldrich",
        m -> {
          m.setDensityGramsPerCm3(1.70);
          m.setMolarMassGramsPerMole(392.32);
          m.setCasNumber("128-69-8");
          // Design capacity as a cathode, from the study's N/P 1.15 at anode:cathode mass 1 : 2.54
          // with the anode's 346 mAh/g: 346 / (2.54 × 1.15) = 118 mAh/g.
          m.setReferenceCapacityMilliAmpHoursPerGram(118.0);
          m.setNotes("melting point 350 °C");
        });
    material(
        "KOH",
        "potassium hydroxide pellets ≥85 %",
        MaterialKind.ACTIVATOR,
        "Sigma-Aldrich",
        m -> {});
    material("SUGAR", "sucrose", MaterialKind.PRECURSOR, null, m -> {});
    material("CMC-Na", "sodium carboxymethyl cellulose", MaterialKind.BINDER, null, m -> {});
    material("CU-FOIL", "copper foil", MaterialKind.CURRENT_COLLECTOR, null, m -> {});
    // Not in the paper: an aluminium foil for the full cell's PTCDA cathode (illustrative).
    material("AL-FOIL", "aluminium foil", MaterialKind.CURRENT_COLLECTOR, null, m -> {});
    material("GF/B", "Whatman GF/B glass fibre", MaterialKind.SEPARATOR, "Whatman", m -> {});
    material(
        "NAOTF-DEGDME",
        "1 M NaOTf in DEGDME",
        MaterialKind.ELECTROLYTE,
        null,
        m -> m.setConcentrationMolesPerLitre(1.0));
    material("NA", "sodium metal", MaterialKind.COUNTER_ELECTRODE, null, m -> {});
  }

  private interface Properties {
    void set(Material m);
  }

  private void material(
      String code,
      String name,
      MaterialKind kind,
      @Nullable String supplier,
      Properties properties) {
    Material m = new Material(code, name, kind);
    m.setSupplier(supplier);
    properties.set(m);
    materials.save(m);
  }

  private Map<String, Lot> purchases() {
    return Map.ofEntries(
        Map.entry("AC", buy("AC", AmountUnit.GRAM, 25, "XFNANO", "XF-2026-0612", "Cabinet C2")),
        Map.entry(
            "CMK-8", buy("CMK-8", AmountUnit.GRAM, 10, "XFNANO", "XF-2026-0488", "Cabinet C2")),
        Map.entry(
            "PTCDA", buy("PTCDA", AmountUnit.GRAM, 100, "Sigma-Aldrich", "MKCR4471", "Cabinet C3")),
        Map.entry(
            "KOH", buy("KOH", AmountUnit.GRAM, 500, "Sigma-Aldrich", "SZBF1930", "Base cabinet")),
        Map.entry("SUGAR", buy("SUGAR", AmountUnit.GRAM, 500, "Sinopharm", "20260311", "Shelf S1")),
        Map.entry("CMC-Na", buy("CMC-Na", AmountUnit.GRAM, 50, "MTI", "CMC-2207", "Shelf S2")),
        Map.entry(
            "CU-FOIL", buy("CU-FOIL", AmountUnit.PIECE, 20, "MTI", "CU9-2026-04", "Drawer D1")),
        Map.entry(
            "AL-FOIL", buy("AL-FOIL", AmountUnit.PIECE, 20, "MTI", "AL15-2026-02", "Drawer D1")),
        Map.entry("GF/B", buy("GF/B", AmountUnit.PIECE, 200, "Whatman", "1821-047-A", "Glovebox")),
        Map.entry(
            "NAOTF-DEGDME",
            buy("NAOTF-DEGDME", AmountUnit.MILLILITRE, 50, "DodoChem", "E-NA-0915", "Glovebox")),
        Map.entry("NA", buy("NA", AmountUnit.GRAM, 25, "Sigma-Aldrich", "MKCN9012", "Glovebox")));
  }

  private Lot buy(
      String material,
      AmountUnit unit,
      double amount,
      String supplier,
      String supplierLot,
      String location) {
    return lots.registerPurchase(
        new NewPurchasedLot(
            material,
            unit,
            amount,
            supplier,
            supplierLot,
            START.minusDays(30),
            null,
            location,
            null));
  }

  /** Every batch of the study, in the order a lab would make them. */
  private void synthesis(Map<String, Lot> bought) {
    String gc = made(pyrolysis("GC", bought.get("PTCDA"), 900, 5, 5, 2.0), 1.02);
    made(pyrolysis("AC1050", bought.get("AC"), 1050, 5, 5, 1.0), 0.93);
    made(mix("AC+GC", bought.get("AC").getCode(), gc, 0.5), 0.99);

    var series =
        batches.createSeries(
            new NewSeries(
                "molten-diffusion-carbonization",
                "ACGC",
                List.of(750.0, 900.0, 1050.0, 1200.0),
                Map.of("host_mass_g", 1.0),
                List.of(bought.get("AC").getCode(), bought.get("PTCDA").getCode()),
                "researcher",
                START.plusDays(3),
                "Study series: carbonization temperature 750–1200 °C, host:filler 1 : 2.36"));
    // Weighed filler masses; ACGC1200's is off by 6.6 % so the ratio warning shows in the demo.
    double[] filler = {2.37, 2.35, 2.36, 2.52};
    double[] product = {2.30, 2.22, 2.16, 2.12};
    List<SynthesisBatch> acgc = batches.batchesOf(series.getCode());
    for (int i = 0; i < acgc.size(); i++) {
      weigh(
          acgc.get(i).getCode(),
          bought.get("AC").getCode(),
          1.0,
          bought.get("PTCDA").getCode(),
          filler[i]);
      batches.recordProduct(acgc.get(i).getCode(), product[i]);
    }

    String bp = batch("hydrothermal", "BP", Map.of(), bought.get("SUGAR").getCode());
    weigh(bp, bought.get("SUGAR").getCode(), 6.4);
    batches.recordProduct(bp, 2.10);
    String lc = made(pyrolysis("LC", productLot(bp), 900, 5, 3, 1.0), 0.62);
    String hcPre = made(pyrolysis("HC-pre", productLot(bp), 500, 2, 5, 0.6), 0.41);
    String hc =
        batch(
            "koh-activation",
            "HC",
            Map.of("carbon_mass_g", 0.4),
            productLot(hcPre),
            bought.get("KOH").getCode());
    weigh(hc, productLot(hcPre), 0.4, bought.get("KOH").getCode(), 1.6);
    batches.recordProduct(hc, 0.18);

    moltenDiffusion(
        "CMK8GC", bought.get("CMK-8").getCode(), bought.get("PTCDA").getCode(), 0.5, 1.18, 0.98);
    moltenDiffusion("HCGC", productLot(hc), bought.get("PTCDA").getCode(), 0.1, 0.24, 0.19);
    moltenDiffusion("LCGC", productLot(lc), bought.get("PTCDA").getCode(), 0.5, 1.18, 1.05);
  }

  private void moltenDiffusion(
      String name, String hostLot, String fillerLot, double host, double filler, double product) {
    String code =
        batch(
            "molten-diffusion-carbonization",
            name,
            Map.of("carbonization_C", 1050.0, "host_mass_g", host),
            hostLot,
            fillerLot);
    weigh(code, hostLot, host, fillerLot, filler);
    batches.recordProduct(code, product);
  }

  private String pyrolysis(
      String name, Lot precursor, double celsius, double holdHours, double ramp, double grams) {
    return pyrolysis(name, precursor.getCode(), celsius, holdHours, ramp, grams);
  }

  private String pyrolysis(
      String name,
      String precursorLot,
      double celsius,
      double holdHours,
      double ramp,
      double grams) {
    String code =
        batch(
            "pyrolysis",
            name,
            Map.of(
                "temperature_C",
                celsius,
                "hold_h",
                holdHours,
                "ramp_C_min",
                ramp,
                "precursor_mass_g",
                grams),
            precursorLot);
    weigh(code, precursorLot, grams);
    return code;
  }

  private String mix(String name, String firstLot, String secondBatch, double gramsEach) {
    String secondLot = productLot(secondBatch);
    String code =
        batch(
            "mechanical-mix",
            name,
            Map.of("first_mass_g", gramsEach, "second_mass_g", gramsEach),
            firstLot,
            secondLot);
    weigh(code, firstLot, gramsEach, secondLot, gramsEach);
    return code;
  }

  private String batch(
      String template, String name, Map<String, Double> parameters, String... lotCodes) {
    return batches
        .createFromTemplate(
            new NewBatch(
                template, name, parameters, Arrays.asList(lotCodes), "researcher", START, null))
        .getCode();
  }

  /** Weighs inputs 1, 2, … from the given (lot, grams) pairs. */
  private void weigh(String batchCode, Object... lotAndGrams) {
    for (int i = 0; i < lotAndGrams.length; i += 2) {
      batches.weighInput(
          batchCode, i / 2 + 1, (String) lotAndGrams[i], (Double) lotAndGrams[i + 1]);
    }
  }

  private String made(String batchCode, double productGrams) {
    batches.recordProduct(batchCode, productGrams);
    return batchCode;
  }

  /**
   * Electrodes at the study's recipe (90 : 10 active : CMC-Na, 12.5 mg/mL binder solution, water,
   * Cu foil) and loadings (1.5–2.0 mg/cm²; one thick electrode at ~19 mg/cm²), half cells vs Na in
   * 1 M NaOTf/DEGDME with GF/B, and the LCGC ‖ PTCDA full cell at N/P 1.15.
   */
  private void electrodesAndCells(Map<String, Lot> bought) {
    Material lcgc = materials.get("LCGC");
    lcgc.setReferenceCapacityMilliAmpHoursPerGram(346.0); // reversible at 30 mA/g (study)
    materials.save(lcgc);

    String lcgcLot = lotOf("LCGC");
    String thin = sheet("LCGC 90:10 CMC-Na", lcgcLot, bought.get("CU-FOIL"), 0.18, bought);
    // Coating masses for loadings of 1.50–2.00 mg/cm² on 12 mm discs (1.131 cm², 90 % active).
    sheets.addDiscs(thin, discs(9.80, 1.50, 1.62, 1.71, 1.80, 1.88, 2.00, 1.50));
    String thick = sheet("LCGC thick 19 mg/cm²", lcgcLot, bought.get("CU-FOIL"), 0.10, bought);
    sheets.addDiscs(thick, discs(9.80, 19.0, 18.7));
    int channel = 1;
    for (int i = 1; i <= 6; i++) {
      Cell cell = halfCell(thin + "-D" + i, "LCGC half cell " + i, channel++, bought);
      rateTest(cell, "LCGC", 1 + 0.015 * ((i * 7) % 5 - 2));
      if (i == 5) {
        kinetics(cell);
      }
    }
    rateTest(halfCell(thick + "-D1", "LCGC thick electrode", channel++, bought), "LCGC", 0.8);
    for (String name : List.of("ACGC750", "ACGC900", "ACGC1050", "ACGC1200", "GC", "AC+GC")) {
      String sheet =
          sheet(name + " 90:10 CMC-Na", lotOf(name), bought.get("CU-FOIL"), 0.08, bought);
      sheets.addDiscs(sheet, discs(9.80, 1.62, 1.75));
      rateTest(halfCell(sheet + "-D1", name + " half cell", channel++, bought), name, 1);
      characterize(name);
    }
    characterize("LCGC");

    // Full cell: cathode active mass 2.54 × the anode's (1.50 mg/cm² → 3.81 mg/cm²).
    String cathode =
        sheet(
            "PTCDA cathode 90:10",
            bought.get("PTCDA").getCode(),
            bought.get("AL-FOIL"),
            0.20,
            bought);
    sheets.addDiscs(cathode, discs(4.60, 3.81));
    cells.assemble(
        new AssembleCell(
            "LCGC ‖ PTCDA full cell",
            CellFormat.CR2032,
            CellConfiguration.FULL,
            thin + "-D7",
            null,
            cathode + "-D1",
            bought.get("GF/B").getCode(),
            bought.get("NAOTF-DEGDME").getCode(),
            60.0,
            0.1,
            0.1,
            null,
            START.plusDays(20),
            "researcher",
            "LAND CT2001A",
            "2-" + channel,
            "window 0.5–3.0 V"));
  }

  private String sheet(
      String name,
      String activeLot,
      Lot collector,
      double slurryActiveGrams,
      Map<String, Lot> bought) {
    return sheets
        .create(
            new NewSheet(
                name,
                activeLot,
                bought.get("CMC-Na").getCode(),
                null,
                collector.getCode(),
                90.0,
                10.0,
                0.0,
                12.5,
                "water",
                "doctor blade",
                slurryActiveGrams,
                "50 °C 4 h in air; after punching 120 °C 12 h under vacuum",
                START.plusDays(15),
                "researcher",
                "slurry stirred overnight"))
        .getCode();
  }

  /**
   * Discs of 12 mm on blanks of {@code blankMg}, weighed to give these active loadings (mg/cm²).
   */
  private static List<NewDisc> discs(double blankMg, double... loadings) {
    double area = DiscMetrics.areaCm2(12);
    return Arrays.stream(loadings)
        .mapToObj(
            l -> new NewDisc(12.0, Math.round((blankMg + l * area / 0.90) * 100) / 100.0, blankMg))
        .toList();
  }

  /**
   * Reversible plateau and sloping capacity (mAh g⁻¹ at 30 mA g⁻¹) and ICE of each demo carbon:
   * higher carbonization temperature, more plateau and less slope, higher ICE (the study's trend).
   */
  private static final Map<String, double[]> CYCLING =
      Map.of(
          "ACGC750", new double[] {95, 185, 0.64},
          "ACGC900", new double[] {150, 160, 0.72},
          "ACGC1050", new double[] {205, 135, 0.80},
          "ACGC1200", new double[] {228, 112, 0.85},
          "GC", new double[] {120, 150, 0.70},
          "AC+GC", new double[] {60, 130, 0.45},
          "LCGC", new double[] {207.9, 138.7, 0.806});

  /**
   * S_BET (m² g⁻¹), graphitic and disordered (002) heights (counts), (002) FWHM (°), I_D/I_G and D
   * width (cm⁻¹): porosity closes and order grows with temperature.
   */
  private static final Map<String, double[]> MATERIALS_DATA =
      Map.of(
          "ACGC750", new double[] {480, 250, 650, 5.5, 0.86, 190},
          "ACGC900", new double[] {310, 400, 560, 5.0, 0.95, 175},
          "ACGC1050", new double[] {150, 560, 470, 4.6, 1.05, 160},
          "ACGC1200", new double[] {60, 720, 380, 4.2, 1.14, 145},
          "LCGC", new double[] {35, 900, 500, 4.5, 1.0, 150});

  /** A synthetic rate test of the cell, capacities scaled by {@code spread} (cell to cell). */
  private void rateTest(Cell cell, String material, double spread) {
    double[] p = CYCLING.get(material);
    double mass = cell.getWorkingDisc().metrics().activeMassMilligrams();
    byte[] csv = new SyntheticHalfCell(mass, p[0] * spread, p[1] * spread, p[2]).csv();
    measurements.attachToCell(
        cell.getCode(),
        Technique.RATE,
        List.of(file(cell.getCode() + "_" + material + "_rate.csv", csv)),
        null);
  }

  /** A CV scan-rate series (one file, four rates) and a GITT run on one LCGC cell. */
  private void kinetics(Cell cell) {
    DiscMetrics disc = cell.getWorkingDisc().metrics();
    measurements.attachToCell(
        cell.getCode(),
        Technique.CV,
        List.of(
            file(
                cell.getCode() + "_CV_0.1-1mVs_nova.txt",
                SyntheticVoltammetry.nova(disc.activeMassMilligrams()))),
        null);
    measurements.attachToCell(
        cell.getCode(),
        Technique.GITT,
        List.of(
            file(
                cell.getCode() + "_GITT.csv",
                new SyntheticGitt(disc.activeMassMilligrams(), disc.areaCm2()).csv())),
        new AnalysisParameters(
            null,
            null,
            null,
            null,
            null,
            SyntheticGitt.MOLAR_MASS_G_MOL,
            SyntheticGitt.MOLAR_VOLUME_CM3_MOL,
            null,
            null,
            null));
  }

  /** N₂ isotherm, XRD and Raman of a batch's product lot. */
  private void characterize(String batchName) {
    double[] p = MATERIALS_DATA.get(batchName);
    if (p == null) {
      return;
    }
    String lot = lotOf(batchName);
    long seed = batchName.hashCode();
    measurements.attachToLot(
        lot,
        Technique.SORPTION,
        List.of(file(batchName + "_N2_77K.csv", SyntheticMaterials.isotherm(p[0], 150, 3, seed))),
        null);
    measurements.attachToLot(
        lot,
        Technique.XRD,
        List.of(file(batchName + "_XRD_CuKa.xy", SyntheticMaterials.xrd(p[1], p[2], p[3], seed))),
        null);
    measurements.attachToLot(
        lot,
        Technique.RAMAN,
        List.of(file(batchName + "_Raman_532nm.txt", SyntheticMaterials.raman(p[4], p[5], seed))),
        null);
  }

  private static NewFile file(String name, byte[] bytes) {
    return new NewFile(name, () -> new ByteArrayInputStream(bytes));
  }

  private Cell halfCell(String disc, String name, int channel, Map<String, Lot> bought) {
    Cell cell =
        cells.assemble(
            new AssembleCell(
                name,
                CellFormat.CR2032,
                CellConfiguration.HALF,
                disc,
                bought.get("NA").getCode(),
                null,
                bought.get("GF/B").getCode(),
                bought.get("NAOTF-DEGDME").getCode(),
                60.0,
                0.1,
                0.1,
                null,
                START.plusDays(16),
                "researcher",
                "LAND CT2001A",
                "1-" + channel,
                "window 0.001–3.0 V vs Na"));
    cells.changeStatus(
        cell.getCode(),
        cell.getVersion(),
        channel % 3 == 0 ? CellStatus.FINISHED : CellStatus.ON_TEST,
        cell.getNotes());
    return cells.get(cell.getCode());
  }

  private String lotOf(String batchName) {
    return lots.page(
            new LotFilter(batchName + "-LOT", null, LotOrigin.PRODUCED, false),
            PageRequest.of(0, 1))
        .getFirst()
        .getCode();
  }

  private String productLot(String batchCode) {
    SynthesisBatch batch = batches.get(batchCode);
    return lots.producedBy(batch.getId()).getFirst().getCode();
  }
}
