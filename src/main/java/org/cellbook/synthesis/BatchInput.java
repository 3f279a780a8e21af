package org.cellbook.synthesis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.cellbook.base.AbstractEntity;
import org.cellbook.base.Label;
import org.cellbook.materials.Lot;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** One input of a batch: which lot, in which role, how much was planned and weighed. */
@Entity
@Table(name = "batch_input")
@Audited
public class BatchInput extends AbstractEntity {

  @Label("Batch")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "batch_id")
  private SynthesisBatch batch;

  @Label("Input no.")
  @Column(name = "seq_no", nullable = false)
  private int seqNo;

  @Label("Lot")
  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "lot_id")
  private @Nullable Lot lot;

  @Label("Role")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InputRole role;

  @Label(value = "Planned mass", unit = "g")
  @Column(name = "planned_mass_g")
  private @Nullable Double plannedMassGrams;

  /** Weighed mass; null until weighed. This is what was taken from the lot. */
  @Label(value = "Weighed mass", unit = "g")
  @Column(name = "mass_g")
  private @Nullable Double massGrams;

  protected BatchInput() {}

  BatchInput(SynthesisBatch batch, int seqNo, InputRole role, Lot lot, Double plannedMassGrams) {
    this.batch = batch;
    this.seqNo = seqNo;
    this.role = role;
    this.lot = lot;
    this.plannedMassGrams = plannedMassGrams;
  }

  public int getSeqNo() {
    return seqNo;
  }

  public @Nullable Lot getLot() {
    return lot;
  }

  void setLot(@Nullable Lot lot) {
    this.lot = lot;
  }

  public InputRole getRole() {
    return role;
  }

  public @Nullable Double getPlannedMassGrams() {
    return plannedMassGrams;
  }

  void setPlannedMassGrams(@Nullable Double plannedMassGrams) {
    this.plannedMassGrams = plannedMassGrams;
  }

  public @Nullable Double getMassGrams() {
    return massGrams;
  }

  void setMassGrams(@Nullable Double massGrams) {
    this.massGrams = massGrams;
  }

  @Override
  public String toString() {
    return role + " " + (lot == null ? "(no lot)" : lot.getCode()) + " " + massGrams + " g";
  }
}
