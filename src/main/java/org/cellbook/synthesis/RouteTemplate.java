package org.cellbook.synthesis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cellbook.base.Problems;
import org.cellbook.materials.MaterialKind;
import org.jspecify.annotations.Nullable;

/**
 * A synthesis route as the lab writes it in {@code templates/protocols/*.yaml}: parameters asked
 * when a batch is made, the inputs with their roles, and the ordered steps, whose values may be
 * "{parameter}" placeholders.
 *
 * @param seriesParameter the parameter a series varies (e.g. carbonization_C), or null
 */
public record RouteTemplate(
    String code,
    String name,
    String description,
    @Nullable String seriesParameter,
    List<Parameter> parameters,
    List<Input> inputs,
    List<StepTemplate> steps) {

  /** A value asked for when a batch is made from the template. */
  public record Parameter(
      String name,
      String label,
      String unit,
      @Nullable Double defaultValue,
      @Nullable Double min,
      @Nullable Double max) {}

  /**
   * An input slot. {@code plannedMass} is a number, a "{parameter}" placeholder, {@link
   * #PORE_FILLING} (host mass × host pore volume × filler density × fill fraction) or null.
   */
  public record Input(InputRole role, String label, List<MaterialKind> kinds, String plannedMass) {}

  /**
   * One step with values still possibly "{parameter}" placeholders. Keys: atmosphere, gasFlow (mL
   * min⁻¹), temperature (°C), ramp and cooling (°C min⁻¹), hold and duration (h), vacuum, method,
   * agent, ratio, liquidVolume (mL), purpose, notes.
   */
  public record StepTemplate(SynthesisStepType type, Map<String, Object> values) {

    static final List<String> KEYS =
        List.of(
            "atmosphere",
            "gasFlow",
            "temperature",
            "ramp",
            "hold",
            "cooling",
            "duration",
            "vacuum",
            "method",
            "agent",
            "ratio",
            "liquidVolume",
            "purpose",
            "notes");

    StepParameters resolve(Map<String, Double> parameters, String templateCode) {
      return new StepParameters(
          type,
          text("atmosphere"),
          number("gasFlow", parameters, templateCode),
          number("temperature", parameters, templateCode),
          number("ramp", parameters, templateCode),
          number("hold", parameters, templateCode),
          number("cooling", parameters, templateCode),
          number("duration", parameters, templateCode),
          values.get("vacuum") instanceof Boolean b ? b : null,
          text("method"),
          text("agent"),
          text("ratio"),
          number("liquidVolume", parameters, templateCode),
          text("purpose"),
          text("notes"));
    }

    private @Nullable String text(String key) {
      Object value = values.get(key);
      return value == null ? null : value.toString();
    }

    private @Nullable Double number(
        String key, Map<String, Double> parameters, String templateCode) {
      Object value = values.get(key);
      if (value == null) {
        return null;
      }
      if (value instanceof Number n) {
        return n.doubleValue();
      }
      String placeholder = value.toString().trim();
      if (placeholder.startsWith("{") && placeholder.endsWith("}")) {
        String name = placeholder.substring(1, placeholder.length() - 1);
        Double resolved = parameters.get(name);
        if (resolved == null) {
          throw new IllegalStateException(
              "template %s: step %s uses {%s}, which is not a parameter"
                  .formatted(templateCode, type, name));
        }
        return resolved;
      }
      throw new IllegalStateException(
          "template %s: step %s: %s = '%s' is not a number"
              .formatted(templateCode, type, key, value));
    }
  }

  public static final String PORE_FILLING = "pore-filling";

  /** Parameter values given by the user, completed with defaults, checked against limits. */
  public Map<String, Double> resolveParameters(Map<String, Double> given) {
    Map<String, Double> values = new HashMap<>();
    Problems problems = new Problems();
    for (Parameter p : parameters) {
      Double value = given.getOrDefault(p.name(), p.defaultValue());
      String field = "parameters." + p.name();
      problems.required(value, field, p.label());
      if (value != null) {
        problems.check(
            (p.min() == null || value >= p.min()) && (p.max() == null || value <= p.max()),
            field,
            "%s must be between %s and %s %s".formatted(p.label(), p.min(), p.max(), p.unit()));
        values.put(p.name(), value);
      }
    }
    problems.throwIfAny();
    return values;
  }

  /** The template's steps with placeholders replaced by parameter values. */
  public List<StepParameters> steps(Map<String, Double> values) {
    return steps.stream().map(s -> s.resolve(values, code)).toList();
  }

  public Parameter parameter(String name) {
    return parameters.stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(code + " has no parameter " + name));
  }
}
