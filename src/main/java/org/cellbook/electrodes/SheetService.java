package org.cellbook.electrodes;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.cellbook.base.CodeGenerator;
import org.cellbook.base.NotFoundException;
import org.cellbook.base.Numbers;
import org.cellbook.base.Problems;
import org.cellbook.base.RecordLocks;
import org.cellbook.base.RecordType;
import org.cellbook.base.ValidationException;
import org.cellbook.materials.Lot;
import org.cellbook.materials.LotService;
import org.cellbook.security.CanEdit;
import org.cellbook.security.CurrentUser;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Electrode sheets and their discs; a refused sheet or disc list writes nothing. */
@Service
public class SheetService {

  /** Fractions are typed to 0.01 %; rounding must not refuse 33.33 + 33.33 + 33.34. */
  private static final double FRACTION_TOLERANCE_PERCENT = 0.011;

  private final ElectrodeSheetRepository sheets;
  private final DiscRepository discs;
  private final LotService lots;
  private final CodeGenerator codes;
  private final Clock clock;
  private final RecordLocks locks;

  SheetService(
      ElectrodeSheetRepository sheets,
      DiscRepository discs,
      LotService lots,
      CodeGenerator codes,
      Clock clock,
      RecordLocks locks) {
    this.sheets = sheets;
    this.discs = discs;
    this.lots = lots;
    this.codes = codes;
    this.clock = clock;
    this.locks = locks;
  }

  @Transactional(readOnly = true)
  public List<ElectrodeSheet> page(SheetFilter filter, Pageable pageable) {
    return sheets.findAll(specification(filter), pageable).getContent();
  }

  /** A sheet with its discs loaded. */
  @Transactional(readOnly = true)
  public ElectrodeSheet get(String code) {
    ElectrodeSheet sheet =
        sheets.findByCode(code).orElseThrow(() -> new NotFoundException("electrode sheet", code));
    sheet.getDiscs().size(); // loaded inside the transaction, for the page
    return sheet;
  }

  @Transactional(readOnly = true)
  public Disc disc(String code) {
    return discs.findByCode(code).orElseThrow(() -> new NotFoundException("disc", code));
  }

  @CanEdit
  @Transactional
  public ElectrodeSheet create(NewSheet command) {
    Problems problems = new Problems();
    problems
        .required(command.name(), "name", "Name")
        .required(command.activeLotCode(), "activeLot", "Active material lot")
        .required(command.collectorLotCode(), "collectorLot", "Current collector lot")
        .positive(command.activeFractionPercent(), "activeFraction", "Active fraction")
        .required(command.binderFractionPercent(), "binderFraction", "Binder fraction")
        .positiveIfGiven(
            command.binderSolutionMilligramsPerMillilitre(),
            "binderSolution",
            "Binder solution concentration")
        .positiveIfGiven(
            command.slurryActiveMassGrams(), "slurryActiveMass", "Active mass in the slurry");
    double additive =
        command.additiveFractionPercent() == null ? 0 : command.additiveFractionPercent();
    problems.check(
        command.binderFractionPercent() == null || command.binderFractionPercent() >= 0,
        "binderFraction",
        "Binder fraction cannot be negative");
    problems.check(additive >= 0, "additiveFraction", "Additive fraction cannot be negative");
    if (command.activeFractionPercent() != null && command.binderFractionPercent() != null) {
      double sum = command.activeFractionPercent() + command.binderFractionPercent() + additive;
      problems.check(
          Math.abs(sum - 100) <= FRACTION_TOLERANCE_PERCENT,
          "activeFraction",
          "Mass fractions add up to " + Numbers.plain(sum) + " %, not 100 %");
    }
    problems.check(
        additive == 0 || command.additiveLotCode() != null && !command.additiveLotCode().isBlank(),
        "additiveLot",
        "Choose the additive lot, or set its fraction to 0");
    if (command.name() != null && !command.name().isBlank()) {
      sheets
          .findFirstByNameIgnoreCase(command.name().trim())
          .ifPresent(
              other ->
                  problems.check(
                      false,
                      "name",
                      "A sheet named "
                          + other.getName()
                          + " already exists ("
                          + other.getCode()
                          + ")"));
    }
    problems.throwIfAny();
    Lot active = lot(command.activeLotCode(), "activeLot");
    Lot binder = lot(command.binderLotCode(), "binderLot");
    Lot additiveLot = lot(command.additiveLotCode(), "additiveLot");
    Lot collector = lot(command.collectorLotCode(), "collectorLot");
    String code = codes.next("E-" + Year.now(clock) + "-");
    if (command.slurryActiveMassGrams() != null) {
      lots.consume(active.getId(), command.slurryActiveMassGrams(), code, "slurryActiveMass");
    }
    return sheets.save(
        new ElectrodeSheet(
            code,
            command,
            command.operatorName() == null || command.operatorName().isBlank()
                ? CurrentUser.username().orElse(null)
                : command.operatorName().trim(),
            active,
            binder,
            additiveLot,
            collector,
            clock.instant()));
  }

  private Lot lot(String code, String field) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return lots.findByCode(code.trim())
        .orElseThrow(() -> new ValidationException(field, "No lot with code " + code));
  }

  /**
   * Adds weighed discs to a sheet, all or none; errors name the row ("discs[2].discMass"). A disc
   * without a weighed blank takes it from the current collector's areal mass.
   */
  @CanEdit
  @Transactional
  public ElectrodeSheet addDiscs(String sheetCode, List<NewDisc> weighed) {
    locks.requireEditable(RecordType.SHEET, sheetCode);
    ElectrodeSheet sheet = get(sheetCode);
    Problems problems = new Problems();
    problems.check(!weighed.isEmpty(), "discs", "Enter at least one disc");
    for (int i = 0; i < weighed.size(); i++) {
      NewDisc d = weighed.get(i);
      String row = "discs[" + i + "].";
      String label = "Row " + (i + 1) + ": ";
      problems
          .positive(d.diameterMillimetres(), row + "diameter", label + "diameter")
          .positive(d.discMassMilligrams(), row + "discMass", label + "disc mass")
          .positiveIfGiven(d.blankMassMilligrams(), row + "blankMass", label + "blank foil mass");
      if (d.diameterMillimetres() == null
          || d.discMassMilligrams() == null
          || d.diameterMillimetres() <= 0) {
        continue;
      }
      Double blank =
          d.blankMassMilligrams() != null
              ? d.blankMassMilligrams()
              : sheet.blankFromFoil(d.diameterMillimetres());
      if (blank == null) {
        problems.check(
            false,
            row + "blankMass",
            label
                + "weigh a blank foil disc, or give the current collector's areal mass in the catalogue");
      } else {
        problems.check(
            d.discMassMilligrams() > blank,
            row + "discMass",
            label
                + "disc ("
                + Numbers.plain(d.discMassMilligrams())
                + " mg) is not heavier than its blank foil ("
                + Numbers.plain(blank)
                + " mg)");
      }
    }
    problems.throwIfAny();
    for (NewDisc d : weighed) {
      sheet.addDisc(d.diameterMillimetres(), d.discMassMilligrams(), d.blankMassMilligrams());
    }
    return sheets.save(sheet);
  }

  private static Specification<ElectrodeSheet> specification(SheetFilter f) {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (f.text() != null && !f.text().isBlank()) {
        String like = "%" + f.text().trim().toLowerCase() + "%";
        var active = root.join("activeLot");
        where.add(
            cb.or(
                cb.like(cb.lower(root.get("code")), like),
                cb.like(cb.lower(root.get("name")), like),
                cb.like(cb.lower(active.get("code")), like),
                cb.like(cb.lower(active.get("material").get("name")), like)));
      }
      if (f.madeFrom() != null) {
        where.add(cb.greaterThanOrEqualTo(root.get("madeOn"), f.madeFrom()));
      }
      if (f.madeTo() != null) {
        where.add(cb.lessThanOrEqualTo(root.get("madeOn"), f.madeTo()));
      }
      if (f.operatorName() != null && !f.operatorName().isBlank()) {
        where.add(
            cb.equal(cb.lower(root.get("operatorName")), f.operatorName().trim().toLowerCase()));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }
}
