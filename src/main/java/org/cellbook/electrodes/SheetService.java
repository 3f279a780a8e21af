package org.cellbook.electrodes;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.cellbook.audit.RevisionReason;
import org.cellbook.base.CodeGenerator;
import org.cellbook.base.NotFoundException;
import org.cellbook.base.Numbers;
import org.cellbook.base.Problems;
import org.cellbook.base.RecordLocks;
import org.cellbook.base.RecordType;
import org.cellbook.base.ValidationException;
import org.cellbook.base.Withdrawal;
import org.cellbook.lineage.LineageService;
import org.cellbook.materials.Lot;
import org.cellbook.materials.LotService;
import org.cellbook.security.CanEdit;
import org.cellbook.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
  private final RecordLocks locks;
  private final LineageService lineage;
  private final Clock clock;

  SheetService(
      ElectrodeSheetRepository sheets,
      DiscRepository discs,
      LotService lots,
      CodeGenerator codes,
      RecordLocks locks,
      LineageService lineage,
      Clock clock) {
    this.sheets = sheets;
    this.discs = discs;
    this.lots = lots;
    this.codes = codes;
    this.locks = locks;
    this.lineage = lineage;
    this.clock = clock;
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
          .findFirstByNameIgnoreCaseAndWithdrawnAtIsNull(command.name().trim())
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

  private @Nullable Lot lot(@Nullable String code, String field) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return lots.findByCode(code.trim())
        .orElseThrow(() -> new ValidationException(field, "No lot with code " + code));
  }

  /**
   * What {@link #addDiscs} would make of these discs, row by row, without saving: the same check,
   * so every row it flags is a row the save refuses, with the same message.
   */
  @Transactional(readOnly = true)
  public List<DiscPreview> previewDiscs(String sheetCode, List<NewDisc> weighed) {
    return DiscRules.check(get(sheetCode), weighed);
  }

  /**
   * Adds weighed discs to a sheet, all or none; errors name the row ("discs[2].discMass"). A disc
   * without a weighed blank takes it from the current collector's areal mass. Refused: a diameter
   * outside (0, 30] mm, a disc not heavier than its blank, and discs holding more active material
   * than the slurry took.
   */
  @CanEdit
  @Transactional
  public ElectrodeSheet addDiscs(String sheetCode, List<NewDisc> weighed) {
    locks.requireEditable(RecordType.SHEET, sheetCode);
    ElectrodeSheet sheet = get(sheetCode);
    sheet.requireNotWithdrawn();
    if (weighed.isEmpty()) {
      throw new ValidationException("discs", "Enter at least one disc");
    }
    List<ValidationException.Problem> problems =
        DiscRules.check(sheet, weighed).stream().flatMap(r -> r.problems().stream()).toList();
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    for (NewDisc d : weighed) {
      sheet.addDisc(d.diameterMillimetres(), d.discMassMilligrams(), d.blankMassMilligrams());
    }
    return sheets.save(sheet);
  }

  /**
   * Corrects a sheet's recipe and description, with the reason. A changed slurry mass moves the
   * difference in or out of the active lot's ledger.
   */
  @CanEdit
  @Transactional
  public ElectrodeSheet update(SheetDetails d, String reason) {
    locks.requireEditable(RecordType.SHEET, d.code());
    ElectrodeSheet sheet = get(d.code());
    sheet.requireNotWithdrawn();
    if (sheet.getVersion() != d.version()) {
      throw new ObjectOptimisticLockingFailureException(ElectrodeSheet.class, d.code());
    }
    RevisionReason.require(reason, "reason");
    checkRecipe(d, sheet);
    double before = sheet.getSlurryActiveMassGrams() == null ? 0 : sheet.getSlurryActiveMassGrams();
    double after = d.slurryActiveMassGrams() == null ? 0 : d.slurryActiveMassGrams();
    lots.consume(sheet.getActiveLot().getId(), after - before, sheet.getCode(), "slurryActiveMass");
    sheet.correct(d);
    return sheet;
  }

  /** The rules a new sheet obeys, for a corrected one: required fields, fractions, unique name. */
  private void checkRecipe(SheetDetails d, ElectrodeSheet sheet) {
    Problems problems = new Problems();
    problems
        .required(d.name(), "name", "Name")
        .positive(d.activeFractionPercent(), "activeFraction", "Active fraction")
        .required(d.binderFractionPercent(), "binderFraction", "Binder fraction")
        .positiveIfGiven(
            d.binderSolutionMilligramsPerMillilitre(),
            "binderSolution",
            "Binder solution concentration")
        .positiveIfGiven(
            d.slurryActiveMassGrams(), "slurryActiveMass", "Active mass in the slurry");
    double additive = d.additiveFractionPercent() == null ? 0 : d.additiveFractionPercent();
    problems
        .check(
            d.binderFractionPercent() == null || d.binderFractionPercent() >= 0,
            "binderFraction",
            "Binder fraction cannot be negative")
        .check(additive >= 0, "additiveFraction", "Additive fraction cannot be negative")
        .check(
            additive == 0 || sheet.getAdditiveLot() != null,
            "additiveFraction",
            "The sheet has no additive lot: its additive fraction must be 0");
    if (d.activeFractionPercent() != null && d.binderFractionPercent() != null) {
      double sum = d.activeFractionPercent() + d.binderFractionPercent() + additive;
      problems.check(
          Math.abs(sum - 100) <= FRACTION_TOLERANCE_PERCENT,
          "activeFraction",
          "Mass fractions add up to " + Numbers.plain(sum) + " %, not 100 %");
    }
    if (d.name() != null && !d.name().isBlank()) {
      sheets
          .findFirstByNameIgnoreCaseAndWithdrawnAtIsNull(d.name().trim())
          .filter(other -> !other.getId().equals(sheet.getId()))
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
  }

  /** Corrects the weighings of one disc, with the reason; the same checks as adding it. */
  @CanEdit
  @Transactional
  public Disc correctDisc(DiscCorrection c, String reason) {
    locks.requireEditable(RecordType.DISC, c.code());
    Disc disc = disc(c.code());
    disc.requireNotWithdrawn();
    if (disc.getVersion() != c.version()) {
      throw new ObjectOptimisticLockingFailureException(Disc.class, c.code());
    }
    RevisionReason.require(reason, "reason");
    List<ValidationException.Problem> problems =
        DiscRules.checkCorrection(
            disc,
            new NewDisc(c.diameterMillimetres(), c.discMassMilligrams(), c.blankMassMilligrams()));
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    disc.correct(c.diameterMillimetres(), c.discMassMilligrams(), c.blankMassMilligrams());
    return disc;
  }

  /**
   * Withdraws a sheet with its discs and gives the active material of its slurry back to the lot.
   * Refused while a cell made from one of its discs stands, naming it.
   */
  @CanEdit
  @Transactional
  public ElectrodeSheet withdraw(String sheetCode, String reason) {
    locks.requireEditable(RecordType.SHEET, sheetCode);
    ElectrodeSheet sheet = get(sheetCode);
    sheet.requireNotWithdrawn();
    String why = RevisionReason.require(reason, "reason");
    List<Disc> standing = sheet.getDiscs().stream().filter(d -> !d.isWithdrawn()).toList();
    for (Disc disc : standing) {
      lineage.requireUnused(
          RecordType.DISC,
          disc.getCode(),
          sheet.getCode() + " (through its disc " + disc.getCode() + ")");
    }
    if (sheet.getSlurryActiveMassGrams() != null) {
      lots.giveBack(
          sheet.getActiveLot().getId(), sheet.getSlurryActiveMassGrams(), sheet.getCode(), why);
    }
    Withdrawal withdrawal = withdrawal(why);
    standing.forEach(d -> d.withdraw(withdrawal));
    sheet.withdraw(withdrawal);
    return sheet;
  }

  /** Withdraws one disc; refused while a cell made from it stands. */
  @CanEdit
  @Transactional
  public Disc withdrawDisc(String discCode, String reason) {
    locks.requireEditable(RecordType.DISC, discCode);
    Disc disc = disc(discCode);
    disc.requireNotWithdrawn();
    String why = RevisionReason.require(reason, "reason");
    lineage.requireUnused(RecordType.DISC, disc.getCode(), disc.getCode());
    disc.withdraw(withdrawal(why));
    return disc;
  }

  private Withdrawal withdrawal(String why) {
    return new Withdrawal(clock.instant(), CurrentUser.username().orElse("system"), why);
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
      if (!f.showWithdrawn()) {
        where.add(cb.isNull(root.get("withdrawnAt")));
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
