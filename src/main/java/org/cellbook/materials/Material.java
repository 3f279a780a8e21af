package org.cellbook.materials;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.cellbook.base.Label;
import org.cellbook.base.WithdrawableEntity;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * A catalogue entry with the typed properties that calculators use. Every property carries its unit
 * in its name; a missing property is null, never zero.
 */
@Entity
@Table(name = "material")
@Audited
public class Material extends WithdrawableEntity {

  @Label("Code")
  @Column(nullable = false, unique = true)
  private String code;

  @Label("Name")
  @Column(nullable = false)
  private String name;

  @Label("Kind")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MaterialKind kind;

  @Label("Supplier")
  private @Nullable String supplier;

  @Label(value = "Density", unit = "g cm⁻³")
  @Column(name = "density_g_cm3")
  private @Nullable Double densityGramsPerCm3;

  @Label(value = "Pore volume", unit = "cm³ g⁻¹")
  @Column(name = "pore_volume_cm3_g")
  private @Nullable Double poreVolumeCm3PerGram;

  @Label(value = "S_BET", unit = "m² g⁻¹")
  @Column(name = "s_bet_m2_g")
  private @Nullable Double specificSurfaceAreaM2PerGram;

  @Label(value = "Molar mass", unit = "g mol⁻¹")
  @Column(name = "molar_mass_g_mol")
  private @Nullable Double molarMassGramsPerMole;

  @Label(value = "Concentration", unit = "mol L⁻¹")
  @Column(name = "concentration_mol_l")
  private @Nullable Double concentrationMolesPerLitre;

  @Label(value = "Areal mass (foils)", unit = "mg cm⁻²")
  @Column(name = "areal_mass_mg_cm2")
  private @Nullable Double arealMassMilligramsPerCm2;

  /** Specific capacity used for N/P design (mAh g⁻¹ of this active material). */
  @Label(value = "Reference capacity", unit = "mAh g⁻¹")
  @Column(name = "reference_capacity_mah_g")
  private @Nullable Double referenceCapacityMilliAmpHoursPerGram;

  @Label("CAS number")
  @Column(name = "cas_number")
  private @Nullable String casNumber;

  @Label("Notes")
  private @Nullable String notes;

  public Material() {}

  public Material(String code, String name, MaterialKind kind) {
    this.code = code;
    this.name = name;
    this.kind = kind;
  }

  @Override
  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public MaterialKind getKind() {
    return kind;
  }

  public void setKind(MaterialKind kind) {
    this.kind = kind;
  }

  public @Nullable String getSupplier() {
    return supplier;
  }

  public void setSupplier(@Nullable String supplier) {
    this.supplier = supplier;
  }

  public @Nullable Double getDensityGramsPerCm3() {
    return densityGramsPerCm3;
  }

  public void setDensityGramsPerCm3(@Nullable Double densityGramsPerCm3) {
    this.densityGramsPerCm3 = densityGramsPerCm3;
  }

  public @Nullable Double getPoreVolumeCm3PerGram() {
    return poreVolumeCm3PerGram;
  }

  public void setPoreVolumeCm3PerGram(@Nullable Double poreVolumeCm3PerGram) {
    this.poreVolumeCm3PerGram = poreVolumeCm3PerGram;
  }

  public @Nullable Double getSpecificSurfaceAreaM2PerGram() {
    return specificSurfaceAreaM2PerGram;
  }

  public void setSpecificSurfaceAreaM2PerGram(@Nullable Double specificSurfaceAreaM2PerGram) {
    this.specificSurfaceAreaM2PerGram = specificSurfaceAreaM2PerGram;
  }

  public @Nullable Double getMolarMassGramsPerMole() {
    return molarMassGramsPerMole;
  }

  public void setMolarMassGramsPerMole(@Nullable Double molarMassGramsPerMole) {
    this.molarMassGramsPerMole = molarMassGramsPerMole;
  }

  public @Nullable Double getConcentrationMolesPerLitre() {
    return concentrationMolesPerLitre;
  }

  public void setConcentrationMolesPerLitre(@Nullable Double concentrationMolesPerLitre) {
    this.concentrationMolesPerLitre = concentrationMolesPerLitre;
  }

  public @Nullable Double getArealMassMilligramsPerCm2() {
    return arealMassMilligramsPerCm2;
  }

  public void setArealMassMilligramsPerCm2(@Nullable Double arealMassMilligramsPerCm2) {
    this.arealMassMilligramsPerCm2 = arealMassMilligramsPerCm2;
  }

  public @Nullable Double getReferenceCapacityMilliAmpHoursPerGram() {
    return referenceCapacityMilliAmpHoursPerGram;
  }

  public void setReferenceCapacityMilliAmpHoursPerGram(@Nullable Double value) {
    this.referenceCapacityMilliAmpHoursPerGram = value;
  }

  public @Nullable String getCasNumber() {
    return casNumber;
  }

  public void setCasNumber(@Nullable String casNumber) {
    this.casNumber = casNumber;
  }

  public @Nullable String getNotes() {
    return notes;
  }

  public void setNotes(@Nullable String notes) {
    this.notes = notes;
  }

  @Override
  public String toString() {
    return code + " · " + name;
  }
}
