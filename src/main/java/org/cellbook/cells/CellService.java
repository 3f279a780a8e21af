package org.cellbook.cells;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cellbook.audit.RevisionReason;
import org.cellbook.base.CodeGenerator;
import org.cellbook.base.NotFoundException;
import org.cellbook.base.Numbers;
import org.cellbook.base.Problems;
import org.cellbook.base.RecordLocks;
import org.cellbook.base.RecordType;
import org.cellbook.base.ValidationException;
import org.cellbook.base.Withdrawal;
import org.cellbook.electrodes.Disc;
import org.cellbook.electrodes.DiscMetrics;
import org.cellbook.electrodes.SheetService;
import org.cellbook.lineage.LineageService;
import org.cellbook.materials.AmountUnit;
import org.cellbook.materials.Lot;
import org.cellbook.materials.LotService;
import org.cellbook.materials.MaterialKind;
import org.cellbook.security.CanEdit;
import org.cellbook.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cell assembly: a disc goes into one cell only; the electrolyte volume and a separator are taken
 * from their lots; a refused assembly takes nothing.
 */
@Service
public class CellService {

  /**
   * Glovebox O₂ and H₂O sensors read 0…1000 ppm (cells are assembled below 1 ppm); anything beyond
   * is a typing error.
   */
  private static final double MAX_PPM = 1000;

  /**
   * Climate chambers for cell tests span about −70…+180 °C; low-temperature studies go to −40 °C,
   * and polymer gaskets and carbonate electrolytes do not survive 200 °C.
   */
  static final double MIN_TEST_TEMPERATURE_C = -80;

  static final double MAX_TEST_TEMPERATURE_C = 200;

  private static final int FREE_DISC_LIMIT = 500;

  private final CellRepository cells;
  private final SheetService sheets;
  private final LotService lots;
  private final CodeGenerator codes;
  private final RecordLocks locks;
  private final LineageService lineage;
  private final Clock clock;

  CellService(
      CellRepository cells,
      SheetService sheets,
      LotService lots,
      CodeGenerator codes,
      RecordLocks locks,
      LineageService lineage,
      Clock clock) {
    this.cells = cells;
    this.sheets = sheets;
    this.lots = lots;
    this.codes = codes;
    this.locks = locks;
    this.lineage = lineage;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<Cell> page(CellFilter filter, Pageable pageable) {
    return cells.findAll(specification(filter), pageable).getContent();
  }

  @Transactional(readOnly = true)
  public Cell get(String code) {
    return cells.findByCode(code).orElseThrow(() -> new NotFoundException("cell", code));
  }

  /** Discs not yet in any cell, newest sheets first. */
  @Transactional(readOnly = true)
  public List<Disc> freeDiscs() {
    return cells.freeDiscs(Limit.of(FREE_DISC_LIMIT));
  }

  /** N/P and mass ratio of a full cell whose materials carry reference capacities. */
  public Optional<FullCellBalance> balance(Cell cell) {
    if (cell.getConfiguration() != CellConfiguration.FULL || cell.getCounterDisc() == null) {
      return Optional.empty();
    }
    Disc negative = cell.getWorkingDisc();
    Disc positive = cell.getCounterDisc();
    Double qNeg =
        negative.getSheet().getActiveLot().getMaterial().getReferenceCapacityMilliAmpHoursPerGram();
    Double qPos =
        positive.getSheet().getActiveLot().getMaterial().getReferenceCapacityMilliAmpHoursPerGram();
    if (qNeg == null || qPos == null) {
      return Optional.empty();
    }
    DiscMetrics n = negative.metrics();
    DiscMetrics p = positive.metrics();
    return Optional.of(
        FullCellBalance.of(
            n.loadingMilligramsPerCm2(),
            qNeg,
            n.activeMassMilligrams(),
            p.loadingMilligramsPerCm2(),
            qPos,
            p.activeMassMilligrams()));
  }

  @CanEdit
  @Transactional
  public Cell assemble(AssembleCell c) {
    Problems problems = new Problems();
    CellFormat format = c.format() == null ? CellFormat.DEFAULT : c.format();
    problems
        .required(c.configuration(), "configuration", "Half or full cell")
        .required(c.workingDiscCode(), "workingDisc", "Working electrode disc")
        .inRangeIfGiven(
            c.electrolyteVolumeMicrolitres(),
            0,
            format.maxElectrolyteMicrolitres(),
            "electrolyteVolume",
            "Electrolyte volume in a " + format.label() + " cell",
            "µL")
        .check(
            c.waterPpm() == null || c.waterPpm() >= 0 && c.waterPpm() <= MAX_PPM,
            "waterPpm",
            "H₂O must be 0–1000 ppm")
        .check(
            c.oxygenPpm() == null || c.oxygenPpm() >= 0 && c.oxygenPpm() <= MAX_PPM,
            "oxygenPpm",
            "O₂ must be 0–1000 ppm")
        .check(
            c.testTemperatureCelsius() == null
                || c.testTemperatureCelsius() >= MIN_TEST_TEMPERATURE_C
                    && c.testTemperatureCelsius() <= MAX_TEST_TEMPERATURE_C,
            "testTemperature",
            "Test temperature must be between %s and %s °C, not %s"
                .formatted(
                    Numbers.plain(MIN_TEST_TEMPERATURE_C),
                    Numbers.plain(MAX_TEST_TEMPERATURE_C),
                    c.testTemperatureCelsius()))
        .check(
            c.electrolyteLotCode() == null
                || c.electrolyteLotCode().isBlank()
                || c.electrolyteVolumeMicrolitres() != null,
            "electrolyteVolume",
            "Give the electrolyte volume");
    if (c.configuration() == CellConfiguration.HALF) {
      problems.required(
          c.counterLotCode(), "counterLot", "Counter electrode lot (e.g. sodium metal)");
    } else if (c.configuration() == CellConfiguration.FULL) {
      problems.required(c.counterDiscCode(), "counterDisc", "Positive electrode disc");
      problems.check(
          c.counterDiscCode() == null || !c.counterDiscCode().equals(c.workingDiscCode()),
          "counterDisc",
          "The positive and negative electrodes must be different discs");
    }
    problems.throwIfAny();

    Disc working = freeDisc(c.workingDiscCode(), "workingDisc");
    Disc counterDisc =
        c.configuration() == CellConfiguration.FULL
            ? freeDisc(c.counterDiscCode(), "counterDisc")
            : null;
    Lot counterLot =
        c.configuration() == CellConfiguration.HALF ? lot(c.counterLotCode(), "counterLot") : null;
    if (counterLot != null
        && counterLot.getMaterial().getKind() != MaterialKind.COUNTER_ELECTRODE) {
      throw new ValidationException(
          "counterLot", counterLot.getCode() + " is not a counter-electrode material");
    }
    Lot separator = lot(c.separatorLotCode(), "separatorLot");
    Lot electrolyte = lot(c.electrolyteLotCode(), "electrolyteLot");
    String code = codes.next("C-" + Year.now(clock) + "-");
    if (electrolyte != null && electrolyte.getUnit() == AmountUnit.MILLILITRE) {
      lots.consume(
          electrolyte.getId(), c.electrolyteVolumeMicrolitres() / 1000, code, "electrolyteVolume");
    }
    if (separator != null && separator.getUnit() == AmountUnit.PIECE) {
      lots.consume(separator.getId(), 1, code, "separatorLot");
    }
    String by =
        c.assembledBy() == null || c.assembledBy().isBlank()
            ? CurrentUser.username().orElse(null)
            : c.assembledBy().trim();
    return cells.save(
        new Cell(
            code,
            c,
            working,
            counterLot,
            counterDisc,
            separator,
            electrolyte,
            by,
            clock.instant()));
  }

  @CanEdit
  @Transactional
  public Cell changeStatus(String code, long version, CellStatus status, @Nullable String notes) {
    new Problems().required(status, "status", "Status").throwIfAny();
    locks.requireEditable(RecordType.CELL, code);
    Cell cell = get(code);
    cell.requireNotWithdrawn();
    if (cell.getVersion() != version) {
      throw new ObjectOptimisticLockingFailureException(Cell.class, code);
    }
    cell.setStatus(status);
    cell.setNotes(notes);
    return cell;
  }

  /**
   * Corrects a cell's assembly record, with the reason. A changed electrolyte volume moves the
   * difference in or out of the electrolyte lot's ledger.
   */
  @CanEdit
  @Transactional
  public Cell update(CellDetails d, String reason) {
    locks.requireEditable(RecordType.CELL, d.code());
    Cell cell = get(d.code());
    cell.requireNotWithdrawn();
    if (cell.getVersion() != d.version()) {
      throw new ObjectOptimisticLockingFailureException(Cell.class, d.code());
    }
    RevisionReason.require(reason, "reason");
    new Problems()
        .positiveIfGiven(
            d.electrolyteVolumeMicrolitres(), "electrolyteVolume", "Electrolyte volume")
        .check(
            d.waterPpm() == null || d.waterPpm() >= 0 && d.waterPpm() <= MAX_PPM,
            "waterPpm",
            "H₂O must be 0–1000 ppm")
        .check(
            d.oxygenPpm() == null || d.oxygenPpm() >= 0 && d.oxygenPpm() <= MAX_PPM,
            "oxygenPpm",
            "O₂ must be 0–1000 ppm")
        .check(
            cell.getElectrolyteLot() == null || d.electrolyteVolumeMicrolitres() != null,
            "electrolyteVolume",
            "Give the electrolyte volume")
        .throwIfAny();
    Lot electrolyte = cell.getElectrolyteLot();
    if (electrolyte != null && electrolyte.getUnit() == AmountUnit.MILLILITRE) {
      double before =
          cell.getElectrolyteVolumeMicrolitres() == null
              ? 0
              : cell.getElectrolyteVolumeMicrolitres();
      lots.consume(
          electrolyte.getId(),
          (d.electrolyteVolumeMicrolitres() - before) / 1000,
          cell.getCode(),
          "electrolyteVolume");
    }
    cell.correct(d);
    return cell;
  }

  /**
   * Withdraws a cell and gives its electrolyte and separator back to their lots. Refused while a
   * measurement of it stands, naming it. Its discs stay with it: a disc is punched once.
   */
  @CanEdit
  @Transactional
  public Cell withdraw(String code, String reason) {
    locks.requireEditable(RecordType.CELL, code);
    Cell cell = get(code);
    cell.requireNotWithdrawn();
    String why = RevisionReason.require(reason, "reason");
    lineage.requireUnused(RecordType.CELL, cell.getCode(), cell.getCode());
    Lot electrolyte = cell.getElectrolyteLot();
    if (electrolyte != null
        && electrolyte.getUnit() == AmountUnit.MILLILITRE
        && cell.getElectrolyteVolumeMicrolitres() != null) {
      lots.giveBack(electrolyte.getId(), cell.getElectrolyteVolumeMicrolitres() / 1000, code, why);
    }
    Lot separator = cell.getSeparatorLot();
    if (separator != null && separator.getUnit() == AmountUnit.PIECE) {
      lots.giveBack(separator.getId(), 1, code, why);
    }
    cell.withdraw(new Withdrawal(clock.instant(), CurrentUser.username().orElse("system"), why));
    return cell;
  }

  private Disc freeDisc(String code, String field) {
    Disc disc;
    try {
      disc = sheets.disc(code.trim());
    } catch (NotFoundException e) {
      throw new ValidationException(field, "No disc with code " + code);
    }
    if (disc.isWithdrawn()) {
      throw new ValidationException(field, "Disc " + disc.getCode() + " was withdrawn");
    }
    cells
        .findUsing(disc)
        .ifPresent(
            other -> {
              throw new ValidationException(
                  field, "Disc " + disc.getCode() + " is already in cell " + other.getCode());
            });
    return disc;
  }

  private @Nullable Lot lot(@Nullable String code, String field) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return lots.findByCode(code.trim())
        .orElseThrow(() -> new ValidationException(field, "No lot with code " + code));
  }

  private static Specification<Cell> specification(CellFilter f) {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (f.text() != null && !f.text().isBlank()) {
        String like = "%" + f.text().trim().toLowerCase() + "%";
        var disc = root.join("workingDisc");
        where.add(
            cb.or(
                cb.like(cb.lower(root.get("code")), like),
                cb.like(cb.lower(root.get("name")), like),
                cb.like(cb.lower(disc.get("code")), like),
                cb.like(cb.lower(root.get("channel")), like)));
      }
      if (!f.showWithdrawn()) {
        where.add(cb.isNull(root.get("withdrawnAt")));
      }
      if (f.status() != null) {
        where.add(cb.equal(root.get("status"), f.status()));
      }
      if (f.configuration() != null) {
        where.add(cb.equal(root.get("configuration"), f.configuration()));
      }
      if (f.assembledFrom() != null) {
        where.add(cb.greaterThanOrEqualTo(root.get("assembledOn"), f.assembledFrom()));
      }
      if (f.assembledTo() != null) {
        where.add(cb.lessThanOrEqualTo(root.get("assembledOn"), f.assembledTo()));
      }
      if (f.assembledBy() != null && !f.assembledBy().isBlank()) {
        where.add(
            cb.equal(cb.lower(root.get("assembledBy")), f.assembledBy().trim().toLowerCase()));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }
}
