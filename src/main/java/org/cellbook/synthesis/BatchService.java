package org.cellbook.synthesis;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.cellbook.materials.Lot;
import org.cellbook.materials.LotService;
import org.cellbook.materials.Material;
import org.cellbook.materials.MaterialService;
import org.cellbook.security.CanEdit;
import org.cellbook.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Synthesis batches: made from route templates, alone or as a series; inputs weighed from lots
 * (which decrements them); product recorded as a new lot. Every method is one transaction: a
 * refused save leaves batches and lots as they were.
 */
@Service
public class BatchService {

  private final SynthesisBatchRepository batches;
  private final BatchSeriesRepository series;
  private final RouteTemplateCatalog templates;
  private final LotService lots;
  private final MaterialService materials;
  private final CodeGenerator codes;
  private final RecordLocks locks;
  private final LineageService lineage;
  private final Clock clock;
  private final double ratioTolerancePercent;
  private final double massBalanceTolerancePercent;

  BatchService(
      SynthesisBatchRepository batches,
      BatchSeriesRepository series,
      RouteTemplateCatalog templates,
      LotService lots,
      MaterialService materials,
      CodeGenerator codes,
      RecordLocks locks,
      LineageService lineage,
      Clock clock,
      SynthesisSettings settings) {
    this.batches = batches;
    this.series = series;
    this.templates = templates;
    this.lots = lots;
    this.materials = materials;
    this.codes = codes;
    this.locks = locks;
    this.lineage = lineage;
    this.clock = clock;
    this.ratioTolerancePercent = settings.synthesis().ratioTolerancePercent();
    this.massBalanceTolerancePercent = settings.synthesis().massBalanceTolerancePercent();
  }

  public List<RouteTemplate> templates() {
    return templates.all();
  }

  public double ratioTolerancePercent() {
    return ratioTolerancePercent;
  }

  @Transactional(readOnly = true)
  public List<SynthesisBatch> page(BatchFilter filter, Pageable pageable) {
    return batches.findAll(specification(filter), pageable).getContent();
  }

  /** Series not withdrawn, for pickers. */
  @Transactional(readOnly = true)
  public List<BatchSeries> allSeries() {
    return series.findByWithdrawnAtIsNullOrderByCodeAsc();
  }

  @Transactional(readOnly = true)
  public BatchSeries series(String seriesCode) {
    return series
        .findByCode(seriesCode)
        .orElseThrow(() -> new NotFoundException("series", seriesCode));
  }

  /** The series' batches that are not withdrawn, by the value of its parameter. */
  @Transactional(readOnly = true)
  public List<SynthesisBatch> batchesOf(String seriesCode) {
    return batches.findBySeriesAndWithdrawnAtIsNullOrderBySeriesValueAsc(series(seriesCode));
  }

  /** A batch with its inputs and steps loaded, ready for a page. */
  @Transactional(readOnly = true)
  public SynthesisBatch get(String code) {
    SynthesisBatch batch = load(code);
    // Touch both collections inside the transaction (two bags cannot be fetch-joined at once).
    batch.getInputs().size();
    batch.getSteps().size();
    return batch;
  }

  /** Planned against weighed filler:host ratio, when the batch has both. */
  public Optional<FillerRatio.Check> ratioCheck(SynthesisBatch batch) {
    if (batch.getPlannedFillerPerHost() == null) {
      return Optional.empty();
    }
    return batch
        .weighedFillerPerHost()
        .map(
            actual ->
                FillerRatio.Check.of(
                    batch.getPlannedFillerPerHost(), actual, ratioTolerancePercent));
  }

  @CanEdit
  @Transactional
  public SynthesisBatch createFromTemplate(NewBatch command) {
    new Problems()
        .required(command.templateCode(), "template", "Route template")
        .required(command.name(), "name", "Name")
        .throwIfAny();
    RouteTemplate template = templates.get(command.templateCode());
    return create(
        template,
        command.name().trim(),
        template.resolveParameters(command.parameters()),
        command.inputLotCodes(),
        command.operatorName(),
        command.plannedOn(),
        command.notes());
  }

  /** One batch per value of the template's series parameter, named prefix + value. */
  @CanEdit
  @Transactional
  public BatchSeries createSeries(NewSeries command) {
    Problems problems = new Problems();
    problems
        .required(command.templateCode(), "template", "Route template")
        .required(command.namePrefix(), "namePrefix", "Name prefix")
        .check(
            command.values() != null && !command.values().isEmpty(),
            "values",
            "Give at least one value")
        .throwIfAny();
    RouteTemplate template = templates.get(command.templateCode());
    if (template.seriesParameter() == null) {
      throw new ValidationException("template", template.name() + " has no series parameter");
    }
    String prefix = command.namePrefix().trim();
    problems.check(
        command.values().stream().distinct().count() == command.values().size(),
        "values",
        "Each value may appear only once");
    problems.throwIfAny();
    RouteTemplate.Parameter parameter = template.parameter(template.seriesParameter());
    BatchSeries created =
        series.save(
            new BatchSeries(
                codes.next("S-" + Year.now(clock) + "-"),
                prefix + " " + parameter.label().toLowerCase() + " series",
                template.code(),
                parameter.name()));
    for (Double value : command.values()) {
      Map<String, Double> parameters = new HashMap<>(command.otherParameters());
      parameters.put(parameter.name(), value);
      SynthesisBatch batch =
          create(
              template,
              prefix + formatValue(value),
              template.resolveParameters(parameters),
              command.inputLotCodes(),
              command.operatorName(),
              command.plannedOn(),
              command.notes());
      batch.setSeries(created, value);
    }
    return created;
  }

  private SynthesisBatch create(
      RouteTemplate template,
      String name,
      Map<String, Double> parameters,
      List<String> inputLotCodes,
      @Nullable String operatorName,
      @Nullable LocalDate plannedOn,
      @Nullable String notes) {
    batches
        .findFirstByNameIgnoreCaseAndWithdrawnAtIsNull(name)
        .ifPresent(
            other -> {
              throw new ValidationException(
                  "name", "A batch named " + name + " already exists (" + other.getCode() + ")");
            });
    List<Lot> inputLots = resolveLots(template, inputLotCodes);
    SynthesisBatch batch =
        new SynthesisBatch(
            codes.next("B-" + Year.now(clock) + "-"), name, template.code(), clock.instant());
    batch.setOperatorName(
        operatorName == null || operatorName.isBlank()
            ? CurrentUser.username().orElse(null)
            : operatorName.trim());
    batch.setPlannedOn(plannedOn);
    batch.setNotes(notes);
    Double hostMass = null;
    for (int i = 0; i < template.inputs().size(); i++) {
      RouteTemplate.Input input = template.inputs().get(i);
      Double planned = plannedMass(input.plannedMass(), parameters);
      if (input.role() == InputRole.HOST) {
        hostMass = planned;
      }
      batch.addInput(input.role(), inputLots.get(i), planned);
    }
    planFiller(template, batch, inputLots, parameters, hostMass);
    template.steps(parameters).forEach(batch::addStep);
    return batches.save(batch);
  }

  /**
   * For "pore-filling" inputs: filler per host = V_pore(host) × ρ(filler) × fill fraction, and the
   * filler's planned mass = host mass × that ratio. Without the lots or their catalogue properties
   * the plan stays open (the batch page says why) rather than blocking the lab.
   */
  private void planFiller(
      RouteTemplate template,
      SynthesisBatch batch,
      List<Lot> inputLots,
      Map<String, Double> parameters,
      @Nullable Double hostMass) {
    int hostIndex = indexOfRole(template, InputRole.HOST);
    for (int i = 0; i < template.inputs().size(); i++) {
      if (!RouteTemplate.PORE_FILLING.equals(template.inputs().get(i).plannedMass())
          || hostIndex < 0) {
        continue;
      }
      Lot host = inputLots.get(hostIndex);
      Lot filler = inputLots.get(i);
      if (host == null
          || filler == null
          || host.getMaterial().getPoreVolumeCm3PerGram() == null
          || filler.getMaterial().getDensityGramsPerCm3() == null) {
        continue;
      }
      double ratio =
          FillerRatio.fillerGramsPerHostGram(
              host.getMaterial().getPoreVolumeCm3PerGram(),
              filler.getMaterial().getDensityGramsPerCm3(),
              parameters.getOrDefault("fill_fraction", 1.0));
      batch.setPlannedFillerPerHost(ratio);
      batch.getInputs().get(i).setPlannedMassGrams(hostMass == null ? null : hostMass * ratio);
    }
  }

  private static int indexOfRole(RouteTemplate template, InputRole role) {
    for (int i = 0; i < template.inputs().size(); i++) {
      if (template.inputs().get(i).role() == role) {
        return i;
      }
    }
    return -1;
  }

  private List<Lot> resolveLots(RouteTemplate template, @Nullable List<String> codes) {
    List<Lot> resolved = new ArrayList<>();
    Problems problems = new Problems();
    for (int i = 0; i < template.inputs().size(); i++) {
      String code = codes == null || i >= codes.size() ? null : codes.get(i);
      if (code == null || code.isBlank()) {
        resolved.add(null);
        continue;
      }
      Optional<Lot> lot = lots.findByCode(code.trim());
      problems.check(lot.isPresent(), "inputs[" + i + "].lot", "No lot with code " + code);
      resolved.add(lot.orElse(null));
    }
    problems.throwIfAny();
    return resolved;
  }

  private static @Nullable Double plannedMass(
      @Nullable String spec, Map<String, Double> parameters) {
    if (spec == null || spec.equals(RouteTemplate.PORE_FILLING)) {
      return null;
    }
    if (spec.startsWith("{") && spec.endsWith("}")) {
      return parameters.get(spec.substring(1, spec.length() - 1));
    }
    return Double.valueOf(spec);
  }

  /**
   * Records the weighed mass of input {@code seqNo} taken from lot {@code lotCode}. The lot gives
   * exactly that mass (a re-weighing gives back the previous mass first); the batch is in progress
   * from its first weighing. A done or signed batch takes no weighing, and a re-weighing may not
   * leave a recorded product heavier than its inputs.
   */
  @CanEdit
  @Transactional
  public SynthesisBatch weighInput(
      String batchCode, int seqNo, @Nullable String lotCode, @Nullable Double massGrams) {
    String field = "inputs[" + (seqNo - 1) + "]";
    locks.requireEditable(RecordType.BATCH, batchCode);
    SynthesisBatch batch = get(batchCode);
    batch.requireNotWithdrawn();
    if (batch.getStatus() == BatchStatus.DONE) {
      throw new ValidationException(
          field + ".mass",
          batch.getCode()
              + " is done: it takes no new weighings (set its status back to in progress to"
              + " correct one)");
    }
    BatchInput input =
        batch.getInputs().stream()
            .filter(i -> i.getSeqNo() == seqNo)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("input", batchCode + " #" + seqNo));
    new Problems()
        .positive(massGrams, field + ".mass", "Mass")
        .check(
            input.getRole() == InputRole.SOLVENT || lotCode != null && !lotCode.isBlank(),
            field + ".lot",
            "Choose the lot the mass was taken from")
        .throwIfAny();
    Lot newLot =
        lotCode == null || lotCode.isBlank()
            ? null
            : lots.findByCode(lotCode.trim())
                .orElseThrow(
                    () -> new ValidationException(field + ".lot", "No lot with code " + lotCode));
    Lot oldLot = input.getLot();
    Double oldMass = input.getMassGrams();
    if (oldLot != null && oldMass != null) {
      lots.consume(oldLot.getId(), -oldMass, batch.getCode(), field + ".mass");
    }
    if (newLot != null) {
      lots.consume(newLot.getId(), massGrams, batch.getCode(), field + ".mass");
    }
    input.setLot(newLot);
    input.setMassGrams(massGrams);
    if (batch.getProductMassGrams() != null) {
      massBalance(batch.getProductMassGrams(), batch.weighedInputGrams(), field + ".mass")
          .throwIfAny();
    }
    if (batch.getStatus() == BatchStatus.PLANNED) {
      batch.setStatus(BatchStatus.IN_PROGRESS);
      batch.setStartedOn(LocalDate.now(clock));
    }
    return batch;
  }

  /** Adds an input that the template did not foresee (e.g. a third component). */
  @CanEdit
  @Transactional
  public SynthesisBatch addInput(String batchCode, InputRole role, Double plannedMassGrams) {
    locks.requireEditable(RecordType.BATCH, batchCode);
    new Problems()
        .required(role, "role", "Role")
        .positiveIfGiven(plannedMassGrams, "plannedMass", "Planned mass")
        .throwIfAny();
    SynthesisBatch batch = get(batchCode);
    batch.requireNotWithdrawn();
    batch.addInput(role, null, plannedMassGrams);
    return batch;
  }

  /**
   * Records the product mass: creates (or, when re-weighed, updates) the product lot, named after
   * the batch, and marks the batch done. Once inputs are weighed, the product may not outweigh them
   * beyond the mass-balance tolerance.
   */
  @CanEdit
  @Transactional
  public Lot recordProduct(String batchCode, @Nullable Double productMassGrams) {
    locks.requireEditable(RecordType.BATCH, batchCode);
    new Problems().positive(productMassGrams, "productMass", "Product mass").throwIfAny();
    SynthesisBatch batch = get(batchCode);
    batch.requireNotWithdrawn();
    massBalance(productMassGrams, batch.weighedInputGrams(), "productMass").throwIfAny();
    Material product = materials.productMaterial(batch.getName());
    Lot lot = lots.recordProduct(batch.getId(), batch.getCode(), product, productMassGrams);
    batch.setProductMassGrams(productMassGrams);
    batch.setStatus(BatchStatus.DONE);
    if (batch.getFinishedOn() == null) {
      batch.setFinishedOn(LocalDate.now(clock));
    }
    return lot;
  }

  /** Corrects the header of a batch, with the reason. */
  @CanEdit
  @Transactional
  public SynthesisBatch updateDetails(BatchDetails details, String reason) {
    SynthesisBatch batch = editable(details.code(), details.version(), reason);
    Problems problems = new Problems();
    problems
        .required(details.name(), "name", "Name")
        .required(details.status(), "status", "Status");
    if (details.startedOn() != null && details.finishedOn() != null) {
      problems.check(
          !details.finishedOn().isBefore(details.startedOn()),
          "finishedOn",
          "Finished before it started");
    }
    if (details.name() != null && !details.name().isBlank()) {
      batches
          .findFirstByNameIgnoreCaseAndWithdrawnAtIsNull(details.name().trim())
          .filter(other -> !other.getId().equals(batch.getId()))
          .ifPresent(
              other ->
                  problems.check(
                      false,
                      "name",
                      "A batch named "
                          + other.getName()
                          + " already exists ("
                          + other.getCode()
                          + ")"));
    }
    problems.throwIfAny();
    batch.setName(details.name().trim());
    batch.setStatus(details.status());
    batch.setOperatorName(details.operatorName());
    batch.setPlannedOn(details.plannedOn());
    batch.setStartedOn(details.startedOn());
    batch.setFinishedOn(details.finishedOn());
    batch.setNotes(details.notes());
    return batch;
  }

  /**
   * Replaces the whole route of a batch, with the reason; each step is checked, errors name
   * "steps[i].field".
   */
  @CanEdit
  @Transactional
  public SynthesisBatch replaceSteps(
      String batchCode, long version, List<StepParameters> steps, String reason) {
    SynthesisBatch batch = editable(batchCode, version, reason);
    Problems problems = new Problems();
    for (int i = 0; i < steps.size(); i++) {
      steps.get(i).check("steps[" + i + "]", problems);
    }
    problems.throwIfAny();
    for (BatchStep step : List.copyOf(batch.getSteps())) {
      batch.removeStep(step);
    }
    steps.forEach(batch::addStep);
    return batch;
  }

  /**
   * Withdraws a batch: its weighed inputs go back to their lots (ledger entries with the reason)
   * and its product lots are withdrawn with it. Refused while something made from a product lot
   * stands, naming it.
   */
  @CanEdit
  @Transactional
  public SynthesisBatch withdraw(String batchCode, String reason) {
    locks.requireEditable(RecordType.BATCH, batchCode);
    SynthesisBatch batch = get(batchCode);
    batch.requireNotWithdrawn();
    String why = RevisionReason.require(reason, "reason");
    List<Lot> products = lots.producedBy(batch.getId());
    for (Lot product : products) {
      lineage.requireUnused(
          RecordType.LOT,
          product.getCode(),
          batch.getCode() + " (through its product lot " + product.getCode() + ")");
    }
    for (BatchInput input : batch.getInputs()) {
      if (input.getLot() != null && input.getMassGrams() != null) {
        lots.giveBack(input.getLot().getId(), input.getMassGrams(), batch.getCode(), why);
      }
    }
    for (Lot product : products) {
      if (!product.isWithdrawn()) {
        lots.withdraw(product.getCode(), why);
      }
    }
    batch.withdraw(new Withdrawal(clock.instant(), CurrentUser.username().orElse("system"), why));
    return batch;
  }

  /** Corrects the name and notes of a series, with the reason. */
  @CanEdit
  @Transactional
  public BatchSeries updateSeries(SeriesDetails details, String reason) {
    locks.requireEditable(RecordType.SERIES, details.code());
    BatchSeries edited = series(details.code());
    edited.requireNotWithdrawn();
    if (edited.getVersion() != details.version()) {
      throw new ObjectOptimisticLockingFailureException(BatchSeries.class, details.code());
    }
    RevisionReason.require(reason, "reason");
    new Problems().required(details.name(), "name", "Name").throwIfAny();
    edited.setName(details.name().trim());
    edited.setNotes(details.notes());
    return edited;
  }

  /** Withdraws a series; refused while one of its batches stands. */
  @CanEdit
  @Transactional
  public BatchSeries withdrawSeries(String seriesCode, String reason) {
    locks.requireEditable(RecordType.SERIES, seriesCode);
    BatchSeries withdrawn = series(seriesCode);
    withdrawn.requireNotWithdrawn();
    String why = RevisionReason.require(reason, "reason");
    batches
        .findFirstBySeriesAndWithdrawnAtIsNullOrderByCodeAsc(withdrawn)
        .ifPresent(
            b -> {
              throw new ValidationException(
                  "withdrawal",
                  "%s is still used by batch %s; withdraw that first"
                      .formatted(withdrawn.getCode(), b.getCode()));
            });
    withdrawn.withdraw(
        new Withdrawal(clock.instant(), CurrentUser.username().orElse("system"), why));
    return withdrawn;
  }

  /**
   * A batch that may be corrected: not signed, not withdrawn, as the user saw it; with a reason.
   */
  private SynthesisBatch editable(String batchCode, long version, String reason) {
    locks.requireEditable(RecordType.BATCH, batchCode);
    SynthesisBatch batch = get(batchCode);
    batch.requireNotWithdrawn();
    checkVersion(batch, version);
    RevisionReason.require(reason, "reason");
    return batch;
  }

  /**
   * Mass cannot appear from nowhere: product ≤ Σ weighed inputs × (1 + tolerance), the tolerance
   * covering balance error and moisture picked up. Unchecked while no input is weighed.
   */
  private Problems massBalance(double productGrams, double inputGrams, String field) {
    double allowedGrams = inputGrams * (1 + massBalanceTolerancePercent / 100);
    return new Problems()
        .check(
            inputGrams <= 0 || productGrams <= allowedGrams,
            field,
            "A product of %s g outweighs its %s g of weighed inputs (at most %s g with the %s %%"
                    .formatted(
                        Numbers.plain(productGrams),
                        Numbers.plain(inputGrams),
                        Numbers.plain(allowedGrams),
                        Numbers.plain(massBalanceTolerancePercent))
                + " mass-balance tolerance)");
  }

  private static void checkVersion(SynthesisBatch batch, long expected) {
    if (batch.getVersion() != expected) {
      throw new ObjectOptimisticLockingFailureException(SynthesisBatch.class, batch.getCode());
    }
  }

  private SynthesisBatch load(String code) {
    return batches.findByCode(code).orElseThrow(() -> new NotFoundException("batch", code));
  }

  private static String formatValue(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  private static Specification<SynthesisBatch> specification(BatchFilter f) {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (f.text() != null && !f.text().isBlank()) {
        String like = "%" + f.text().trim().toLowerCase() + "%";
        where.add(
            cb.or(
                cb.like(cb.lower(root.get("code")), like),
                cb.like(cb.lower(root.get("name")), like),
                cb.like(cb.lower(root.get("notes")), like)));
      }
      if (f.routeCode() != null) {
        where.add(cb.equal(root.get("routeCode"), f.routeCode()));
      }
      if (f.status() != null) {
        where.add(cb.equal(root.get("status"), f.status()));
      }
      if (f.minTemperatureCelsius() != null) {
        where.add(
            cb.greaterThanOrEqualTo(root.get("keyTemperatureCelsius"), f.minTemperatureCelsius()));
      }
      if (f.maxTemperatureCelsius() != null) {
        where.add(
            cb.lessThanOrEqualTo(root.get("keyTemperatureCelsius"), f.maxTemperatureCelsius()));
      }
      ZoneId zone = ZoneId.systemDefault();
      if (f.createdFrom() != null) {
        where.add(
            cb.greaterThanOrEqualTo(
                root.get("createdAt"), f.createdFrom().atStartOfDay(zone).toInstant()));
      }
      if (f.createdTo() != null) {
        where.add(
            cb.lessThan(
                root.get("createdAt"), f.createdTo().plusDays(1).atStartOfDay(zone).toInstant()));
      }
      if (f.operatorName() != null && !f.operatorName().isBlank()) {
        where.add(
            cb.equal(cb.lower(root.get("operatorName")), f.operatorName().trim().toLowerCase()));
      }
      if (!f.showWithdrawn()) {
        where.add(cb.isNull(root.get("withdrawnAt")));
      }
      if (f.seriesCode() != null) {
        where.add(cb.equal(root.get("series").get("code"), f.seriesCode()));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }
}
