package org.cellbook.cells;

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
import org.cellbook.electrodes.Disc;
import org.cellbook.materials.Lot;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** An assembled cell. A disc is in at most one cell (unique columns and a check on assembly). */
@Entity
@Table(name = "cell")
@Audited
public class Cell extends WithdrawableEntity {

  @Label("Code")
  @Column(nullable = false, unique = true)
  private String code;

  @Label("Name")
  private @Nullable String name;

  @Label("Format")
  @Enumerated(EnumType.STRING)
  @Column(name = "cell_format", nullable = false)
  private CellFormat format;

  @Label("Half or full cell")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CellConfiguration configuration;

  @Label("Working electrode disc")
  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "working_disc_id")
  private Disc workingDisc;

  @Label("Counter electrode lot")
  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "counter_lot_id")
  private @Nullable Lot counterLot;

  @Label("Positive electrode disc")
  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "counter_disc_id")
  private @Nullable Disc counterDisc;

  @Label("Separator")
  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "separator_lot_id")
  private @Nullable Lot separatorLot;

  @Label("Electrolyte")
  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "electrolyte_lot_id")
  private @Nullable Lot electrolyteLot;

  @Label(value = "Electrolyte volume", unit = "µL")
  @Column(name = "electrolyte_volume_ul")
  private @Nullable Double electrolyteVolumeMicrolitres;

  @Label(value = "Glovebox H₂O", unit = "ppm")
  @Column(name = "h2o_ppm")
  private @Nullable Double waterPpm;

  @Label(value = "Glovebox O₂", unit = "ppm")
  @Column(name = "o2_ppm")
  private @Nullable Double oxygenPpm;

  @Label(value = "Test temperature", unit = "°C")
  @Column(name = "test_temperature_c")
  private @Nullable Double testTemperatureCelsius;

  @Label("Assembled on")
  @Column(name = "assembled_on")
  private @Nullable LocalDate assembledOn;

  @Label("Assembled by")
  @Column(name = "assembled_by")
  private @Nullable String assembledBy;

  @Label("Cycler")
  private @Nullable String cycler;

  @Label("Channel")
  private @Nullable String channel;

  @Label("Status")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CellStatus status = CellStatus.ASSEMBLED;

  @Label("Notes")
  private @Nullable String notes;

  @Label("Created")
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Cell() {}

  Cell(
      String code,
      AssembleCell c,
      Disc working,
      Lot counterLot,
      Disc counterDisc,
      Lot separator,
      Lot electrolyte,
      String assembledBy,
      Instant createdAt) {
    this.code = code;
    this.name = c.name();
    this.format = c.format() == null ? CellFormat.DEFAULT : c.format();
    this.configuration = c.configuration();
    this.workingDisc = working;
    this.counterLot = counterLot;
    this.counterDisc = counterDisc;
    this.separatorLot = separator;
    this.electrolyteLot = electrolyte;
    this.electrolyteVolumeMicrolitres = c.electrolyteVolumeMicrolitres();
    this.waterPpm = c.waterPpm();
    this.oxygenPpm = c.oxygenPpm();
    this.testTemperatureCelsius = c.testTemperatureCelsius();
    this.assembledOn = c.assembledOn();
    this.assembledBy = assembledBy;
    this.cycler = c.cycler();
    this.channel = c.channel();
    this.notes = c.notes();
    this.createdAt = createdAt;
  }

  /** Applies a checked correction; the discs and lots stay as they were. */
  void correct(CellDetails d) {
    this.name = d.name();
    this.format = d.format() == null ? CellFormat.CR2032 : d.format();
    this.electrolyteVolumeMicrolitres = d.electrolyteVolumeMicrolitres();
    this.waterPpm = d.waterPpm();
    this.oxygenPpm = d.oxygenPpm();
    this.assembledOn = d.assembledOn();
    this.assembledBy = d.assembledBy();
    this.cycler = d.cycler();
    this.channel = d.channel();
    this.notes = d.notes();
  }

  @Override
  public String getCode() {
    return code;
  }

  public @Nullable String getName() {
    return name;
  }

  public CellFormat getFormat() {
    return format;
  }

  public CellConfiguration getConfiguration() {
    return configuration;
  }

  public Disc getWorkingDisc() {
    return workingDisc;
  }

  public @Nullable Lot getCounterLot() {
    return counterLot;
  }

  public @Nullable Disc getCounterDisc() {
    return counterDisc;
  }

  public @Nullable Lot getSeparatorLot() {
    return separatorLot;
  }

  public @Nullable Lot getElectrolyteLot() {
    return electrolyteLot;
  }

  public @Nullable Double getElectrolyteVolumeMicrolitres() {
    return electrolyteVolumeMicrolitres;
  }

  public @Nullable Double getWaterPpm() {
    return waterPpm;
  }

  public @Nullable Double getOxygenPpm() {
    return oxygenPpm;
  }

  public @Nullable Double getTestTemperatureCelsius() {
    return testTemperatureCelsius;
  }

  public @Nullable LocalDate getAssembledOn() {
    return assembledOn;
  }

  public @Nullable String getAssembledBy() {
    return assembledBy;
  }

  public @Nullable String getCycler() {
    return cycler;
  }

  public @Nullable String getChannel() {
    return channel;
  }

  public CellStatus getStatus() {
    return status;
  }

  void setStatus(CellStatus status) {
    this.status = status;
  }

  public @Nullable String getNotes() {
    return notes;
  }

  void setNotes(@Nullable String notes) {
    this.notes = notes;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  @Override
  public String toString() {
    return code + (name == null ? "" : " · " + name);
  }
}
