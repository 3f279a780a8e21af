package org.cellbook.materials;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.cellbook.base.Label;
import org.cellbook.base.WithdrawableEntity;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * A quantity of one material, purchased or produced by a synthesis batch. The amount left only
 * changes through {@link LotService}, which keeps the ledger and refuses to go below zero.
 */
@Entity
@Table(name = "lot")
@Audited
public class Lot extends WithdrawableEntity {

  @Label("Code")
  @Column(nullable = false, unique = true)
  private String code;

  @Label("Material")
  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "material_id")
  private Material material;

  @Label("Origin")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private LotOrigin origin;

  @Label("Supplier")
  private @Nullable String supplier;

  @Label("Supplier lot no.")
  @Column(name = "supplier_lot")
  private @Nullable String supplierLot;

  @Label("Received")
  @Column(name = "received_on")
  private @Nullable LocalDate receivedOn;

  @Label("Expires")
  @Column(name = "expires_on")
  private @Nullable LocalDate expiresOn;

  @Label("Storage location")
  private @Nullable String location;

  @Label("Unit")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AmountUnit unit;

  @Label(value = "Amount", unitFrom = "unit")
  @Column(name = "amount_initial", nullable = false)
  private double amountInitial;

  @Label(value = "Amount left", unitFrom = "unit")
  @Column(name = "amount_left", nullable = false)
  private double amountLeft;

  /** The synthesis batch that made this lot; null for purchased lots. */
  @Label("Produced by batch (id)")
  @Column(name = "produced_by_batch_id")
  private @Nullable Long producedByBatchId;

  @Label("Notes")
  private @Nullable String notes;

  @Label("Created")
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Lot() {}

  Lot(
      String code,
      Material material,
      LotOrigin origin,
      AmountUnit unit,
      double amount,
      Instant at) {
    this.code = code;
    this.material = material;
    this.origin = origin;
    this.unit = unit;
    this.amountInitial = amount;
    this.amountLeft = amount;
    this.createdAt = at;
  }

  @Override
  public String getCode() {
    return code;
  }

  public Material getMaterial() {
    return material;
  }

  public LotOrigin getOrigin() {
    return origin;
  }

  public @Nullable String getSupplier() {
    return supplier;
  }

  public void setSupplier(@Nullable String supplier) {
    this.supplier = supplier;
  }

  public @Nullable String getSupplierLot() {
    return supplierLot;
  }

  public void setSupplierLot(@Nullable String supplierLot) {
    this.supplierLot = supplierLot;
  }

  public @Nullable LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(@Nullable LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }

  public @Nullable LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(@Nullable LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }

  public @Nullable String getLocation() {
    return location;
  }

  public void setLocation(@Nullable String location) {
    this.location = location;
  }

  public AmountUnit getUnit() {
    return unit;
  }

  public double getAmountInitial() {
    return amountInitial;
  }

  public double getAmountLeft() {
    return amountLeft;
  }

  void changeAmountLeft(double delta) {
    this.amountLeft += delta;
  }

  void setAmountLeft(double amountLeft) {
    this.amountLeft = amountLeft;
  }

  void setAmountInitial(double amountInitial) {
    this.amountInitial = amountInitial;
  }

  public @Nullable Long getProducedByBatchId() {
    return producedByBatchId;
  }

  void setProducedByBatchId(@Nullable Long producedByBatchId) {
    this.producedByBatchId = producedByBatchId;
  }

  public @Nullable String getNotes() {
    return notes;
  }

  public void setNotes(@Nullable String notes) {
    this.notes = notes;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** "AC-LOT-0003 (12.40 g left)": what pickers show. */
  public String describe() {
    return "%s · %s (%.2f %s left)".formatted(code, material.getName(), amountLeft, unit.symbol());
  }

  @Override
  public String toString() {
    return code;
  }
}
