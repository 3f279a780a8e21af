package org.cellbook.materials;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
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
import org.cellbook.lineage.LineageService;
import org.cellbook.security.CanEdit;
import org.cellbook.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lots and their amounts. Every change of an amount goes through here and is written to the lot's
 * ledger; consumption never takes a lot below zero; only an explicit correction with a reason sets
 * an amount directly.
 */
@Service
public class LotService {

  /** Amounts are weighed to 0.1 mg; a remainder below this is rounding, not stock. */
  private static final double AMOUNT_EPSILON = 1e-6;

  private final LotRepository lots;
  private final LotMovementRepository movements;
  private final MaterialRepository materials;
  private final CodeGenerator codes;
  private final RecordLocks locks;
  private final LineageService lineage;
  private final Clock clock;

  LotService(
      LotRepository lots,
      LotMovementRepository movements,
      MaterialRepository materials,
      CodeGenerator codes,
      RecordLocks locks,
      LineageService lineage,
      Clock clock) {
    this.lots = lots;
    this.movements = movements;
    this.materials = materials;
    this.codes = codes;
    this.locks = locks;
    this.lineage = lineage;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<Lot> page(LotFilter filter, Pageable pageable) {
    return lots.findAll(specification(filter), pageable).getContent();
  }

  @Transactional(readOnly = true)
  public long count(LotFilter filter) {
    return lots.count(specification(filter));
  }

  @Transactional(readOnly = true)
  public Optional<Lot> findByCode(String code) {
    return lots.findByCode(code);
  }

  @Transactional(readOnly = true)
  public Lot get(String code) {
    return lots.findByCode(code).orElseThrow(() -> new NotFoundException("lot", code));
  }

  @Transactional(readOnly = true)
  public Lot get(Long id) {
    return lots.findById(id).orElseThrow(() -> new NotFoundException("lot", "#" + id));
  }

  /** Lots of these kinds with something left and not withdrawn, for pickers. */
  @Transactional(readOnly = true)
  public List<Lot> available(MaterialKind... kinds) {
    return lots.findByMaterialKindInAndAmountLeftGreaterThanAndWithdrawnAtIsNullOrderByCodeAsc(
        List.of(kinds), AMOUNT_EPSILON);
  }

  @Transactional(readOnly = true)
  public List<Lot> producedBy(Long batchId) {
    return lots.findByProducedByBatchId(batchId);
  }

  @Transactional(readOnly = true)
  public List<LotMovement> ledger(Long lotId) {
    return movements.findByLotIdOrderByHappenedAtAscIdAsc(lotId);
  }

  @CanEdit
  @Transactional
  public Lot registerPurchase(NewPurchasedLot command) {
    Problems problems = new Problems();
    problems
        .required(command.materialCode(), "material", "Material")
        .required(command.unit(), "unit", "Unit")
        .positive(command.amount(), "amount", "Amount");
    checkDates(problems, command.receivedOn(), command.expiresOn());
    problems.throwIfAny();
    Material material =
        materials
            .findByCode(command.materialCode())
            .orElseThrow(() -> new ValidationException("material", "Unknown material"));
    Lot lot =
        new Lot(
            codes.next(lotPrefix(material)),
            material,
            LotOrigin.PURCHASED,
            command.unit(),
            command.amount(),
            clock.instant());
    lot.setSupplier(command.supplier());
    lot.setSupplierLot(command.supplierLot());
    lot.setReceivedOn(command.receivedOn());
    lot.setExpiresOn(command.expiresOn());
    lot.setLocation(command.location());
    lot.setNotes(command.notes());
    lot = lots.save(lot);
    record(lot, LotMovement.Kind.RECEIVED, command.amount(), "received", null);
    return lot;
  }

  /**
   * Takes {@code amount} out of a lot for the record {@code referenceCode}; part of the caller's
   * transaction, so a failed save elsewhere returns it.
   *
   * @param field the form field the error belongs to, e.g. "inputs[0].mass"
   */
  @CanEdit
  @Transactional(propagation = Propagation.MANDATORY)
  public void consume(Long lotId, double amount, String referenceCode, String field) {
    if (Math.abs(amount) < AMOUNT_EPSILON) {
      return;
    }
    Lot lot = get(lotId);
    if (amount > 0 && lot.isWithdrawn()) {
      throw new ValidationException(
          field,
          lot.getCode() + " was withdrawn: nothing can be taken from it; choose another lot");
    }
    if (amount > 0 && lot.getAmountLeft() - amount < -AMOUNT_EPSILON) {
      throw new ValidationException(
          field,
          "%s has only %s %s left; %s %s needed. If the stock is wrong, record a correction with a reason on the lot."
              .formatted(
                  lot.getCode(),
                  Numbers.plain(lot.getAmountLeft()),
                  lot.getUnit().symbol(),
                  Numbers.plain(amount),
                  lot.getUnit().symbol()));
    }
    lot.changeAmountLeft(-amount);
    record(
        lot,
        amount > 0 ? LotMovement.Kind.CONSUMED : LotMovement.Kind.RETURNED,
        -amount,
        null,
        referenceCode);
  }

  /**
   * Gives back to a lot what a withdrawn record took from it, with the withdrawal's reason on the
   * ledger (kind {@link LotMovement.Kind#RETURNED}); part of the withdrawal's transaction.
   */
  @CanEdit
  @Transactional(propagation = Propagation.MANDATORY)
  public void giveBack(Long lotId, double amount, String referenceCode, String reason) {
    if (Math.abs(amount) < AMOUNT_EPSILON) {
      return;
    }
    Lot lot = get(lotId);
    lot.changeAmountLeft(amount);
    record(lot, LotMovement.Kind.RETURNED, amount, reason, referenceCode);
  }

  /** Corrects a lot's description (supplier, dates, location, notes), with the reason. */
  @CanEdit
  @Transactional
  public Lot updateDetails(LotDetails details, String reason) {
    locks.requireEditable(RecordType.LOT, details.code());
    Lot lot = get(details.code());
    lot.requireNotWithdrawn();
    if (lot.getVersion() != details.version()) {
      throw new ObjectOptimisticLockingFailureException(Lot.class, details.code());
    }
    RevisionReason.require(reason, "reason");
    Problems problems = new Problems();
    checkDates(problems, details.receivedOn(), details.expiresOn());
    problems.throwIfAny();
    lot.setSupplier(details.supplier());
    lot.setSupplierLot(details.supplierLot());
    lot.setReceivedOn(details.receivedOn());
    lot.setExpiresOn(details.expiresOn());
    lot.setLocation(details.location());
    lot.setNotes(details.notes());
    return lot;
  }

  /**
   * Withdraws a lot that should never have been recorded. Refused while a record made from it
   * stands; the lot stays in the lineage, marked, and leaves lists and pickers.
   */
  @CanEdit
  @Transactional
  public Lot withdraw(String lotCode, String reason) {
    locks.requireEditable(RecordType.LOT, lotCode);
    Lot lot = get(lotCode);
    lot.requireNotWithdrawn();
    String why = RevisionReason.require(reason, "reason");
    lineage.requireUnused(RecordType.LOT, lot.getCode(), lot.getCode());
    lot.withdraw(new Withdrawal(clock.instant(), CurrentUser.username().orElse("system"), why));
    return lot;
  }

  /** Sets the amount left after a recount, with the reason on the ledger. */
  @CanEdit
  @Transactional
  public Lot correct(String lotCode, @Nullable Double newAmountLeft, String reason) {
    locks.requireEditable(RecordType.LOT, lotCode);
    new Problems()
        .required(newAmountLeft, "amountLeft", "Amount left")
        .check(
            newAmountLeft == null || newAmountLeft >= 0,
            "amountLeft",
            "Amount left cannot be negative")
        .throwIfAny();
    String why = RevisionReason.require(reason, "reason");
    Lot lot = get(lotCode);
    lot.requireNotWithdrawn();
    double delta = newAmountLeft - lot.getAmountLeft();
    lot.setAmountLeft(newAmountLeft);
    record(lot, LotMovement.Kind.CORRECTION, delta, why, null);
    return lot;
  }

  /**
   * Records the product of a batch: creates its lot on first weighing and updates the amount when
   * the product is re-weighed (what was already used from it stays used).
   */
  @CanEdit
  @Transactional(propagation = Propagation.MANDATORY)
  public Lot recordProduct(
      @Nullable Long batchId, String batchCode, Material product, double grams) {
    List<Lot> existing = lots.findByProducedByBatchId(batchId);
    if (existing.isEmpty()) {
      Lot lot =
          new Lot(
              codes.next(lotPrefix(product)),
              product,
              LotOrigin.PRODUCED,
              AmountUnit.GRAM,
              grams,
              clock.instant());
      lot.setProducedByBatchId(batchId);
      lot = lots.save(lot);
      record(lot, LotMovement.Kind.PRODUCED, grams, null, batchCode);
      return lot;
    }
    Lot lot = existing.getFirst();
    double delta = grams - lot.getAmountInitial();
    if (lot.getAmountLeft() + delta < -AMOUNT_EPSILON) {
      throw new ValidationException(
          "productMass",
          "%s g of %s were already used; the product mass cannot be less than that."
              .formatted(
                  Numbers.plain(lot.getAmountInitial() - lot.getAmountLeft()), lot.getCode()));
    }
    lot.setAmountInitial(grams);
    lot.changeAmountLeft(delta);
    record(lot, LotMovement.Kind.CORRECTION, delta, "product re-weighed", batchCode);
    return lot;
  }

  private void record(
      Lot lot, LotMovement.Kind kind, double delta, String reason, String referenceCode) {
    movements.save(
        new LotMovement(
            lot.getId(),
            kind,
            delta,
            reason,
            referenceCode,
            clock.instant(),
            CurrentUser.username().orElse("system")));
  }

  private static void checkDates(
      Problems problems, @Nullable LocalDate receivedOn, @Nullable LocalDate expiresOn) {
    if (receivedOn != null && expiresOn != null) {
      problems.check(
          !expiresOn.isBefore(receivedOn), "expiresOn", "Expiry date is before the date received");
    }
  }

  /** "AC-LOT-": codes stay URL- and label-safe whatever the material code holds. */
  private static String lotPrefix(Material material) {
    return material.getCode().toUpperCase().replaceAll("[^A-Z0-9+]+", "-") + "-LOT-";
  }

  private static Specification<Lot> specification(LotFilter filter) {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      var material = root.join("material");
      if (filter.text() != null && !filter.text().isBlank()) {
        String like = "%" + filter.text().trim().toLowerCase() + "%";
        where.add(
            cb.or(
                cb.like(cb.lower(root.get("code")), like),
                cb.like(cb.lower(material.get("code")), like),
                cb.like(cb.lower(material.get("name")), like),
                cb.like(cb.lower(root.get("supplier")), like),
                cb.like(cb.lower(root.get("supplierLot")), like),
                cb.like(cb.lower(root.get("location")), like)));
      }
      if (filter.kind() != null) {
        where.add(cb.equal(material.get("kind"), filter.kind()));
      }
      if (filter.origin() != null) {
        where.add(cb.equal(root.get("origin"), filter.origin()));
      }
      if (filter.receivedFrom() != null) {
        where.add(cb.greaterThanOrEqualTo(root.get("receivedOn"), filter.receivedFrom()));
      }
      if (filter.receivedTo() != null) {
        where.add(cb.lessThanOrEqualTo(root.get("receivedOn"), filter.receivedTo()));
      }
      if (!filter.showWithdrawn()) {
        where.add(cb.isNull(root.get("withdrawnAt")));
      }
      if (filter.onlyAvailable()) {
        where.add(cb.greaterThan(root.get("amountLeft"), AMOUNT_EPSILON));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }
}
