package org.cellbook.materials;

import java.util.List;
import java.util.Optional;
import org.cellbook.base.NotFoundException;
import org.cellbook.base.Problems;
import org.cellbook.security.CanEdit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The material catalogue. */
@Service
public class MaterialService {

  private final MaterialRepository materials;

  MaterialService(MaterialRepository materials) {
    this.materials = materials;
  }

  @Transactional(readOnly = true)
  public List<Material> all() {
    return materials.findAllByOrderByCodeAsc();
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
