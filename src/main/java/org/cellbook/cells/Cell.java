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

/** An assembled cell. A disc is in at most one cell (unique columns and a check on assembly). */
@Entity
@Table(name = "cell")
@Audited
public class Cell extends WithdrawableEntity {

  @Label("Code")
  @Column(nullable = false, unique = true)
  private String code;

  @Label("Name")
  private String name;

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
  private Lot counterLot;

  @Label("Positive electrode disc")
  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "counter_disc_id")
  private Disc counterDisc;

  @Label("Separator")
  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "separator_lot_id")
  private Lot separatorLot;

  @Label("Electrolyte")
  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "electrolyte_lot_id")
  private Lot electrolyteLot;

  @Label(value = "Electrolyte volume", unit = "µL")
  @Column(name = "electrolyte_volume_ul")
  private Double electrolyteVolumeMicrolitres;

  @Label(value = "Glovebox H₂O", unit = "ppm")
  @Column(name = "h2o_ppm")
  private Double waterPpm;

  @Label(value = "Glovebox O₂", unit = "ppm")
  @Column(name = "o2_ppm")
  private Double oxygenPpm;

  @Label(value = "Test temperature", unit = "°C")
  @Column(name = "test_temperature_c")
  private Double testTemperatureCelsius;

  @Label("Assembled on")
  @Column(name = "assembled_on")
  private LocalDate assembledOn;

  @Label("Assembled by")
  @Column(name = "assembled_by")
  private String assembledBy;

  @Label("Cycler")
  private String cycler;

  @Label("Channel")
  private String channel;

  @Label("Status")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CellStatus status = CellStatus.ASSEMBLED;

  @Label("Notes")
  private String notes;

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

  public String getName() {
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

  public Lot getCounterLot() {
    return counterLot;
  }

  public Disc getCounterDisc() {
    return counterDisc;
  }

  public Lot getSeparatorLot() {
    return separatorLot;
  }

  public Lot getElectrolyteLot() {
    return electrolyteLot;
  }

  public Double getElectrolyteVolumeMicrolitres() {
    return electrolyteVolumeMicrolitres;
  }

  public Double getWaterPpm() {
    return waterPpm;
  }

  public Double getOxygenPpm() {
    return oxygenPpm;
  }

  public Double getTestTemperatureCelsius() {
    return testTemperatureCelsius;
  }

  public LocalDate getAssembledOn() {
    return assembledOn;
  }

  public String getAssembledBy() {
    return assembledBy;
  }

  public String getCycler() {
    return cycler;
  }

  public String getChannel() {
    return channel;
  }

  public CellStatus getStatus() {
    return status;
  }

  void setStatus(CellStatus status) {
    this.status = status;
  }

  public String getNotes() {
    return notes;
  }

  void setNotes(String notes) {
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
