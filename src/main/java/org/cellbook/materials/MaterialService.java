package org.cellbook.materials;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cellbook.audit.RevisionReason;
import org.cellbook.base.NotFoundException;
import org.cellbook.base.Problems;
import org.cellbook.base.RecordLocks;
import org.cellbook.base.RecordType;
import org.cellbook.base.ValidationException;
import org.cellbook.base.Withdrawal;
import org.cellbook.security.CanEdit;
import org.cellbook.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The material catalogue. */
@Service
public class MaterialService {

  private final MaterialRepository materials;
  private final LotRepository lots;
  private final RecordLocks locks;
  private final Clock clock;

  MaterialService(
      MaterialRepository materials, LotRepository lots, RecordLocks locks, Clock clock) {
    this.materials = materials;
    this.lots = lots;
    this.locks = locks;
    this.clock = clock;
  }

  /** The catalogue without withdrawn entries: what lists and pickers offer. */
  @Transactional(readOnly = true)
  public List<Material> all() {
    return list(false);
  }

  @Transactional(readOnly = true)
  public List<Material> list(boolean showWithdrawn) {
    return showWithdrawn
        ? materials.findAllByOrderByCodeAsc()
        : materials.findByWithdrawnAtIsNullOrderByCodeAsc();
  }

  /**
   * The catalogue entries whose code or name contains {@code text}, ignoring case, as the other
   * lists filter; all of them for blank text. The catalogue is small enough to filter in memory.
   */
  @Transactional(readOnly = true)
  public List<Material> list(String text, boolean showWithdrawn) {
    String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return list(showWithdrawn).stream()
        .filter(
            m ->
                m.getCode().toLowerCase(Locale.ROOT).contains(needle)
                    || (m.getName() != null
                        && m.getName().toLowerCase(Locale.ROOT).contains(needle)))
        .toList();
  }

  @Transactional(readOnly = true)
  public Optional<Material> findByCode(String code) {
    return materials.findByCode(code);
  }

  @Transactional(readOnly = true)
  public Material get(String code) {
    return materials.findByCode(code).orElseThrow(() -> new NotFoundException("material", code));
  }

  /** Creates or updates a catalogue entry after checking codes and physical properties. */
  @CanEdit
  @Transactional
  public Material save(Material material) {
    Problems problems = new Problems();
    problems
        .required(material.getCode(), "code", "Code")
        .required(material.getName(), "name", "Name")
        .required(material.getKind(), "kind", "Kind");
    if (material.getCode() != null && !material.getCode().isBlank()) {
      materials
          .findByCode(material.getCode().trim())
          .filter(other -> !other.getId().equals(material.getId()))
          .ifPresent(
              other ->
                  problems.check(false, "code", "Code " + other.getCode() + " is already used"));
    }
    problems
        .positiveIfGiven(material.getDensityGramsPerCm3(), "density", "Density")
        .positiveIfGiven(material.getPoreVolumeCm3PerGram(), "poreVolume", "Pore volume")
        .positiveIfGiven(material.getSpecificSurfaceAreaM2PerGram(), "sBet", "S_BET")
        .positiveIfGiven(material.getMolarMassGramsPerMole(), "molarMass", "Molar mass")
        .positiveIfGiven(material.getConcentrationMolesPerLitre(), "concentration", "Concentration")
        .positiveIfGiven(material.getArealMassMilligramsPerCm2(), "arealMass", "Areal mass")
        .positiveIfGiven(
            material.getReferenceCapacityMilliAmpHoursPerGram(),
            "referenceCapacity",
            "Reference capacity")
        .throwIfAny();
    material.setCode(material.getCode().trim());
    return materials.save(material);
  }

  /** Corrects an existing catalogue entry, with the reason; the same checks as {@link #save}. */
  @CanEdit
  @Transactional
  public Material update(Material material, String reason) {
    Material stored =
        materials
            .findById(material.getId())
            .orElseThrow(() -> new NotFoundException("material", material.getCode()));
    locks.requireEditable(RecordType.MATERIAL, stored.getCode());
    stored.requireNotWithdrawn();
    RevisionReason.require(reason, "reason");
    return save(material);
  }

  /** Withdraws a catalogue entry; refused while a lot of it stands. */
  @CanEdit
  @Transactional
  public Material withdraw(String code, String reason) {
    locks.requireEditable(RecordType.MATERIAL, code);
    Material material = get(code);
    material.requireNotWithdrawn();
    String why = RevisionReason.require(reason, "reason");
    lots.findFirstByMaterialAndWithdrawnAtIsNullOrderByCodeAsc(material)
        .ifPresent(
            lot -> {
              throw new ValidationException(
                  "withdrawal",
                  "%s is still used by lot %s; withdraw that first"
                      .formatted(material.getCode(), lot.getCode()));
            });
    material.withdraw(
        new Withdrawal(clock.instant(), CurrentUser.username().orElse("system"), why));
    return material;
  }

  /**
   * The catalogue entry for a synthesised product (e.g. "ACGC1050"), created on first use so that
   * product lots have a material like any other lot.
   */
  @CanEdit
  @Transactional
  public Material productMaterial(String productName) {
    String code = productName.trim();
    return materials
        .findByCode(code)
        .orElseGet(() -> materials.save(new Material(code, code, MaterialKind.SYNTHESISED_CARBON)));
  }
}
