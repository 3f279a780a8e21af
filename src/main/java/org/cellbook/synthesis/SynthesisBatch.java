package org.cellbook.synthesis;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cellbook.base.Label;
import org.cellbook.base.Numbers;
import org.cellbook.base.WithdrawableEntity;
import org.cellbook.materials.Lot;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * A synthesis batch: inputs, ordered steps, product. Changed only through {@link BatchService},
 * which keeps lot amounts in step with the weighed inputs.
 */
@Entity
@Table(name = "synthesis_batch")
@Audited
public class SynthesisBatch extends WithdrawableEntity {

  @Label("Code")
  @Column(nullable = false, unique = true)
  private String code;

  @Label("Name")
  @Column(nullable = false)
  private String name;

  @Label("Route template")
  @Column(name = "route_code")
  private @Nullable String routeCode;

  @Label("Series")
  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "series_id")
  private @Nullable BatchSeries series;

  @Label("Series value")
  @Column(name = "series_value")
  private @Nullable Double seriesValue;

  /** Highest heat-treatment set-point (°C): what "carbonized at" means in filters. */
  @Label(value = "Carbonized at", unit = "°C")
  @Column(name = "key_temperature_c")
  private @Nullable Double keyTemperatureCelsius;

  @Label("Status")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private BatchStatus status = BatchStatus.PLANNED;

  @Label("Operator")
  @Column(name = "operator_name")
  private @Nullable String operatorName;

  @Label("Planned")
  @Column(name = "planned_on")
  private @Nullable LocalDate plannedOn;

  @Label("Started")
  @Column(name = "started_on")
  private @Nullable LocalDate startedOn;

  @Label("Finished")
  @Column(name = "finished_on")
  private @Nullable LocalDate finishedOn;

  /** Planned filler grams per host gram, from the ratio calculator; null without a filler. */
  @Label(value = "Planned filler per host", unit = "g g⁻¹")
  @Column(name = "planned_filler_per_host")
  private @Nullable Double plannedFillerPerHost;

  @Label(value = "Product mass", unit = "g")
  @Column(name = "product_mass_g")
  private @Nullable Double productMassGrams;

  @Label("Notes")
  private @Nullable String notes;

  @Label("Created")
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @OneToMany(mappedBy = "batch", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("seqNo")
  private List<BatchInput> inputs = new ArrayList<>();

  @OneToMany(mappedBy = "batch", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("seqNo")
  private List<BatchStep> steps = new ArrayList<>();

  protected SynthesisBatch() {}

  SynthesisBatch(String code, String name, String routeCode, Instant createdAt) {
    this.code = code;
    this.name = name;
    this.routeCode = routeCode;
    this.createdAt = createdAt;
  }

  BatchInput addInput(InputRole role, Lot lot, Double plannedMassGrams) {
    BatchInput input = new BatchInput(this, inputs.size() + 1, role, lot, plannedMassGrams);
    inputs.add(input);
    return input;
  }

  BatchStep addStep(StepParameters parameters) {
    BatchStep step = new BatchStep(this, steps.size() + 1, parameters);
    steps.add(step);
    updateKeyTemperature();
    return step;
  }

  void removeStep(BatchStep step) {
    steps.remove(step);
    for (int i = 0; i < steps.size(); i++) {
      steps.get(i).setSeqNo(i + 1);
    }
    updateKeyTemperature();
  }

  void updateKeyTemperature() {
    OptionalDouble max =
        steps.stream()
            .filter(s -> s.getType() == SynthesisStepType.HEAT && s.getTemperatureCelsius() != null)
            .mapToDouble(BatchStep::getTemperatureCelsius)
            .max();
    keyTemperatureCelsius = max.isPresent() ? max.getAsDouble() : null;
  }

  /** Weighed filler:host ratio, when both are weighed. */
  public Optional<Double> weighedFillerPerHost() {
    double host = weighed(InputRole.HOST);
    double filler = weighed(InputRole.FILLER);
    return host > 0 && filler > 0 ? Optional.of(filler / host) : Optional.empty();
  }

  /** Sum of weighed masses of inputs in this role (g). */
  public double weighed(InputRole role) {
    return inputs.stream()
        .filter(i -> i.getRole() == role && i.getMassGrams() != null)
        .mapToDouble(BatchInput::getMassGrams)
        .sum();
  }

  /** Sum of all weighed input masses (g): what the product's mass balance is checked against. */
  public double weighedInputGrams() {
    return inputs.stream()
        .filter(i -> i.getMassGrams() != null)
        .mapToDouble(BatchInput::getMassGrams)
        .sum();
  }

  private double carbonBearingGrams() {
    return inputs.stream()
        .filter(i -> i.getRole().carbonBearing() && i.getMassGrams() != null)
        .mapToDouble(BatchInput::getMassGrams)
        .sum();
  }

  /** Yield in % of the carbon-bearing inputs, when product and inputs are weighed. */
  public Optional<Double> yieldPercent() {
    double carbon = carbonBearingGrams();
    return productMassGrams == null || carbon <= 0
        ? Optional.empty()
        : Optional.of(BatchYield.percent(productMassGrams, carbon));
  }

  /** "yield 68.2 % of 3.37 g of carbon-bearing inputs": a yield is read with what it is of. */
  public Optional<String> yieldSummary() {
    return yieldPercent()
        .map(
            y ->
                String.format(Locale.ROOT, "yield %.1f %% of ", y)
                    + Numbers.plain(carbonBearingGrams())
                    + " g of carbon-bearing inputs");
  }

  @Override
  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  void setName(String name) {
    this.name = name;
  }

  public @Nullable String getRouteCode() {
    return routeCode;
  }

  public @Nullable BatchSeries getSeries() {
    return series;
  }

  void setSeries(BatchSeries series, Double value) {
    this.series = series;
    this.seriesValue = value;
  }

  public @Nullable Double getSeriesValue() {
    return seriesValue;
  }

  public @Nullable Double getKeyTemperatureCelsius() {
    return keyTemperatureCelsius;
  }

  public BatchStatus getStatus() {
    return status;
  }

  void setStatus(BatchStatus status) {
    this.status = status;
  }

  public @Nullable String getOperatorName() {
    return operatorName;
  }

  void setOperatorName(@Nullable String operatorName) {
    this.operatorName = operatorName;
  }

  public @Nullable LocalDate getPlannedOn() {
    return plannedOn;
  }

  void setPlannedOn(@Nullable LocalDate plannedOn) {
    this.plannedOn = plannedOn;
  }

  public @Nullable LocalDate getStartedOn() {
    return startedOn;
  }

  void setStartedOn(@Nullable LocalDate startedOn) {
    this.startedOn = startedOn;
  }

  public @Nullable LocalDate getFinishedOn() {
    return finishedOn;
  }

  void setFinishedOn(@Nullable LocalDate finishedOn) {
    this.finishedOn = finishedOn;
  }

  public @Nullable Double getPlannedFillerPerHost() {
    return plannedFillerPerHost;
  }

  void setPlannedFillerPerHost(@Nullable Double plannedFillerPerHost) {
    this.plannedFillerPerHost = plannedFillerPerHost;
  }

  public @Nullable Double getProductMassGrams() {
    return productMassGrams;
  }

  void setProductMassGrams(@Nullable Double productMassGrams) {
    this.productMassGrams = productMassGrams;
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

  public List<BatchInput> getInputs() {
    return Collections.unmodifiableList(inputs);
  }

  public List<BatchStep> getSteps() {
    return Collections.unmodifiableList(steps);
  }

  @Override
  public String toString() {
    return code + " · " + name;
  }
}
