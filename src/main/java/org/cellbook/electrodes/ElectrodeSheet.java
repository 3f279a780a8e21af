package org.cellbook.electrodes;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cellbook.base.Label;
import org.cellbook.base.Numbers;
import org.cellbook.base.WithdrawableEntity;
import org.cellbook.materials.Lot;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * One slurry, one coating: what it was made of (mass fractions in %) and the discs punched from it.
 * Changed only through {@link SheetService}.
 */
@Entity
@Table(name = "electrode_sheet")
@Audited
public class ElectrodeSheet extends WithdrawableEntity {

  @Label("Code")
  @Column(nullable = false, unique = true)
  private String code;

  @Label("Name")
  @Column(nullable = false)
  private String name;

  @Label("Active material")
  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "active_lot_id")
  private Lot activeLot;

  @Label("Binder")
  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "binder_lot_id")
  private @Nullable Lot binderLot;

  @Label("Conductive additive")
  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "additive_lot_id")
  private @Nullable Lot additiveLot;

  @Label("Current collector")
  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "collector_lot_id")
  private @Nullable Lot collectorLot;

  @Label(value = "Active", unit = "%")
  @Column(name = "active_fraction_pct", nullable = false)
  private double activeFractionPercent;

  @Label(value = "Binder fraction", unit = "%")
  @Column(name = "binder_fraction_pct", nullable = false)
  private double binderFractionPercent;

  @Label(value = "Additive", unit = "%")
  @Column(name = "additive_fraction_pct", nullable = false)
  private double additiveFractionPercent;

  @Label(value = "Binder solution", unit = "mg mL⁻¹")
  @Column(name = "binder_solution_mg_ml")
  private @Nullable Double binderSolutionMilligramsPerMillilitre;

  @Label("Solvent")
  private @Nullable String solvent;

  @Label("Coating method")
  @Column(name = "coating_method")
  private @Nullable String coatingMethod;

  /** Active material weighed into the slurry (g); taken from the active lot. */
  @Label(value = "Active material weighed into the slurry", unit = "g")
  @Column(name = "slurry_active_mass_g")
  private @Nullable Double slurryActiveMassGrams;

  @Label("Drying")
  private @Nullable String drying;

  @Label("Made on")
  @Column(name = "made_on")
  private @Nullable LocalDate madeOn;

  @Label("Operator")
  @Column(name = "operator_name")
  private @Nullable String operatorName;

  @Label("Notes")
  private @Nullable String notes;

  @Label("Created")
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @OneToMany(mappedBy = "sheet", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("seqNo")
  private List<Disc> discs = new ArrayList<>();

  protected ElectrodeSheet() {}

  ElectrodeSheet(
      String code,
      NewSheet command,
      String operatorName,
      Lot activeLot,
      Lot binderLot,
      Lot additiveLot,
      Lot collectorLot,
      Instant createdAt) {
    this.code = code;
    this.name = command.name().trim();
    this.activeLot = activeLot;
    this.binderLot = binderLot;
    this.additiveLot = additiveLot;
    this.collectorLot = collectorLot;
    this.activeFractionPercent = command.activeFractionPercent();
    this.binderFractionPercent = command.binderFractionPercent();
    this.additiveFractionPercent =
        command.additiveFractionPercent() == null ? 0 : command.additiveFractionPercent();
    this.binderSolutionMilligramsPerMillilitre = command.binderSolutionMilligramsPerMillilitre();
    this.solvent = command.solvent();
    this.coatingMethod = command.coatingMethod();
    this.slurryActiveMassGrams = command.slurryActiveMassGrams();
    this.drying = command.drying();
    this.madeOn = command.madeOn();
    this.operatorName = operatorName;
    this.notes = command.notes();
    this.createdAt = createdAt;
  }

  Disc addDisc(double diameterMillimetres, double discMassMilligrams, Double blankMassMilligrams) {
    int seqNo = discs.size() + 1;
    Disc disc =
        new Disc(
            this,
            code + "-D" + seqNo,
            seqNo,
            diameterMillimetres,
            discMassMilligrams,
            blankMassMilligrams);
    discs.add(disc);
    return disc;
  }

  /** Applies a checked correction; the lots stay as they were. */
  void correct(SheetDetails d) {
    this.name = d.name().trim();
    this.activeFractionPercent = d.activeFractionPercent();
    this.binderFractionPercent = d.binderFractionPercent();
    this.additiveFractionPercent =
        d.additiveFractionPercent() == null ? 0 : d.additiveFractionPercent();
    this.binderSolutionMilligramsPerMillilitre = d.binderSolutionMilligramsPerMillilitre();
    this.solvent = d.solvent();
    this.coatingMethod = d.coatingMethod();
    this.slurryActiveMassGrams = d.slurryActiveMassGrams();
    this.drying = d.drying();
    this.madeOn = d.madeOn();
    this.operatorName = d.operatorName();
    this.notes = d.notes();
  }

  /**
   * Blank foil mass of a disc of this diameter from the current collector's areal mass, if known.
   */
  public @Nullable Double blankFromFoil(double diameterMillimetres) {
    Double arealMass =
        collectorLot == null ? null : collectorLot.getMaterial().getArealMassMilligramsPerCm2();
    return arealMass == null ? null : DiscMetrics.blankFromFoil(diameterMillimetres, arealMass);
  }

  @Override
  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public Lot getActiveLot() {
    return activeLot;
  }

  public @Nullable Lot getBinderLot() {
    return binderLot;
  }

  public @Nullable Lot getAdditiveLot() {
    return additiveLot;
  }

  public @Nullable Lot getCollectorLot() {
    return collectorLot;
  }

  public double getActiveFractionPercent() {
    return activeFractionPercent;
  }

  public double getBinderFractionPercent() {
    return binderFractionPercent;
  }

  public double getAdditiveFractionPercent() {
    return additiveFractionPercent;
  }

  public @Nullable Double getBinderSolutionMilligramsPerMillilitre() {
    return binderSolutionMilligramsPerMillilitre;
  }

  public @Nullable String getSolvent() {
    return solvent;
  }

  public @Nullable String getCoatingMethod() {
    return coatingMethod;
  }

  public @Nullable Double getSlurryActiveMassGrams() {
    return slurryActiveMassGrams;
  }

  public @Nullable String getDrying() {
    return drying;
  }

  public @Nullable LocalDate getMadeOn() {
    return madeOn;
  }

  public @Nullable String getOperatorName() {
    return operatorName;
  }

  public @Nullable String getNotes() {
    return notes;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<Disc> getDiscs() {
    return Collections.unmodifiableList(discs);
  }

  /** "90 : 10" or "80 : 10 : 10" (active : binder : additive, mass %). */
  public String recipe() {
    return additiveFractionPercent > 0
        ? "%s : %s : %s"
            .formatted(
                pct(activeFractionPercent),
                pct(binderFractionPercent),
                pct(additiveFractionPercent))
        : "%s : %s".formatted(pct(activeFractionPercent), pct(binderFractionPercent));
  }

  private static String pct(double value) {
    return Numbers.plain(value);
  }

  @Override
  public String toString() {
    return code + " · " + name;
  }
}
