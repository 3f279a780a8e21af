package org.cellbook.materials;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.cellbook.base.Label;
import org.cellbook.base.WithdrawableEntity;
import org.hibernate.envers.Audited;

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
  private String supplier;

  @Label(value = "Density", unit = "g cm⁻³")
  @Column(name = "density_g_cm3")
  private Double densityGramsPerCm3;

  @Label(value = "Pore volume", unit = "cm³ g⁻¹")
  @Column(name = "pore_volume_cm3_g")
  private Double poreVolumeCm3PerGram;

  @Label(value = "S_BET", unit = "m² g⁻¹")
  @Column(name = "s_bet_m2_g")
  private Double specificSurfaceAreaM2PerGram;

  @Label(value = "Molar mass", unit = "g mol⁻¹")
  @Column(name = "molar_mass_g_mol")
  private Double molarMassGramsPerMole;

  @Label(value = "Concentration", unit = "mol L⁻¹")
  @Column(name = "concentration_mol_l")
  private Double concentrationMolesPerLitre;

  @Label(value = "Areal mass (foils)", unit = "mg cm⁻²")
  @Column(name = "areal_mass_mg_cm2")
  private Double arealMassMilligramsPerCm2;

  /** Specific capacity used for N/P design (mAh g⁻¹ of this active material). */
  @Label(value = "Reference capacity", unit = "mAh g⁻¹")
  @Column(name = "reference_capacity_mah_g")
  private Double referenceCapacityMilliAmpHoursPerGram;

  @Label("CAS number")
  @Column(name = "cas_number")
  private String casNumber;

  @Label("Notes")
  private String notes;

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

  public String getSupplier() {
    return supplier;
  }

  public void setSupplier(String supplier) {
    this.supplier = supplier;
  }

  public Double getDensityGramsPerCm3() {
    return densityGramsPerCm3;
  }

  public void setDensityGramsPerCm3(Double densityGramsPerCm3) {
    this.densityGramsPerCm3 = densityGramsPerCm3;
  }

  public Double getPoreVolumeCm3PerGram() {
    return poreVolumeCm3PerGram;
  }

  public void setPoreVolumeCm3PerGram(Double poreVolumeCm3PerGram) {
    this.poreVolumeCm3PerGram = poreVolumeCm3PerGram;
  }

  public Double getSpecificSurfaceAreaM2PerGram() {
    return specificSurfaceAreaM2PerGram;
  }

  public void setSpecificSurfaceAreaM2PerGram(Double specificSurfaceAreaM2PerGram) {
    this.specificSurfaceAreaM2PerGram = specificSurfaceAreaM2PerGram;
  }

  public Double getMolarMassGramsPerMole() {
    return molarMassGramsPerMole;
  }

  public void setMolarMassGramsPerMole(Double molarMassGramsPerMole) {
    this.molarMassGramsPerMole = molarMassGramsPerMole;
  }

  public Double getConcentrationMolesPerLitre() {
    return concentrationMolesPerLitre;
  }

  public void setConcentrationMolesPerLitre(Double concentrationMolesPerLitre) {
    this.concentrationMolesPerLitre = concentrationMolesPerLitre;
  }

  public Double getArealMassMilligramsPerCm2() {
    return arealMassMilligramsPerCm2;
  }

  public void setArealMassMilligramsPerCm2(Double arealMassMilligramsPerCm2) {
    this.arealMassMilligramsPerCm2 = arealMassMilligramsPerCm2;
  }

  public Double getReferenceCapacityMilliAmpHoursPerGram() {
    return referenceCapacityMilliAmpHoursPerGram;
  }

  public void setReferenceCapacityMilliAmpHoursPerGram(Double value) {
    this.referenceCapacityMilliAmpHoursPerGram = value;
  }

  public String getCasNumber() {
    return casNumber;
  }

  public void setCasNumber(String casNumber) {
    this.casNumber = casNumber;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  @Override
  public String toString() {
    return code + " · " + name;
  }
}
