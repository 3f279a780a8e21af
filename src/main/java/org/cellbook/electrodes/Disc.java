package org.cellbook.electrodes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;
import org.cellbook.base.Label;
import org.cellbook.base.WithdrawableEntity;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** A disc punched from a sheet, with the two weighings its loading comes from. */
@Entity
@Table(name = "disc")
@Audited
public class Disc extends WithdrawableEntity {

  @Label("Code")
  @Column(nullable = false, unique = true)
  private String code;

  @Label("Sheet")
  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "sheet_id")
  private ElectrodeSheet sheet;

  @Label("Disc no.")
  @Column(name = "seq_no", nullable = false)
  private int seqNo;

  @Label(value = "Diameter", unit = "mm")
  @Column(name = "diameter_mm", nullable = false)
  private double diameterMillimetres;

  @Label(value = "Disc mass", unit = "mg")
  @Column(name = "disc_mass_mg", nullable = false)
  private double discMassMilligrams;

  /** Weighed blank foil disc; null when it comes from the foil's areal mass. */
  @Label(value = "Blank foil mass", unit = "mg")
  @Column(name = "blank_mass_mg")
  private @Nullable Double blankMassMilligrams;

  @Label("Notes")
  private @Nullable String notes;

  protected Disc() {}

  Disc(
      ElectrodeSheet sheet,
      String code,
      int seqNo,
      double diameterMillimetres,
      double discMassMilligrams,
      Double blankMassMilligrams) {
    this.sheet = sheet;
    this.code = code;
    this.seqNo = seqNo;
    this.diameterMillimetres = diameterMillimetres;
    this.discMassMilligrams = discMassMilligrams;
    this.blankMassMilligrams = blankMassMilligrams;
  }

  /** Applies checked weighings. */
  void correct(double diameterMillimetres, double discMassMilligrams, Double blankMassMilligrams) {
    this.diameterMillimetres = diameterMillimetres;
    this.discMassMilligrams = discMassMilligrams;
    this.blankMassMilligrams = blankMassMilligrams;
  }

  @Override
  public String getCode() {
    return code;
  }

  public ElectrodeSheet getSheet() {
    return sheet;
  }

  public int getSeqNo() {
    return seqNo;
  }

  public double getDiameterMillimetres() {
    return diameterMillimetres;
  }

  public double getDiscMassMilligrams() {
    return discMassMilligrams;
  }

  public @Nullable Double getBlankMassMilligrams() {
    return blankMassMilligrams;
  }

  /** Area, coating, active mass and loading; blank from the foil when it was not weighed. */
  public DiscMetrics metrics() {
    Double blank =
        blankMassMilligrams != null
            ? blankMassMilligrams
            : sheet.blankFromFoil(diameterMillimetres);
    if (blank == null) {
      throw new IllegalStateException(code + " has neither a blank mass nor a foil areal mass");
    }
    return DiscMetrics.of(
        diameterMillimetres, discMassMilligrams, blank, sheet.getActiveFractionPercent() / 100);
  }

  /**
   * "E-2026-0003-D2 · AC750 anode · disc 14.20 mg, active 1.800 mg, 1.59 mg cm⁻²": what pickers
   * show, so the disc is chosen by its loading.
   */
  public String describe() {
    DiscMetrics m = metrics();
    return String.format(
        Locale.ROOT,
        "%s · %s · disc %.2f mg, active %.3f mg, %.2f mg cm⁻²",
        code,
        sheet.getName(),
        discMassMilligrams,
        m.activeMassMilligrams(),
        m.loadingMilligramsPerCm2());
  }

  @Override
  public String toString() {
    return code;
  }
}
