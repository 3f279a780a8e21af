package org.cellbook.synthesis;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cellbook.materials.MaterialKind;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads one route template file; every error names the file and the offending entry. */
final class RouteTemplateReader {

  /** A template file that cannot be used as it is. */
  static final class TemplateException extends RuntimeException {
    TemplateException(String message) {
      super(message);
    }
  }

  private RouteTemplateReader() {}

  static RouteTemplate read(String fileName, InputStream in) {
    Object root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    } catch (YAMLException e) {
      throw new TemplateException(fileName + ": not valid YAML: " + e.getMessage());
    }
    Map<String, Object> map = map(root, fileName, "the file");
    String code = text(map, "code", fileName, true);
    List<RouteTemplate.Parameter> parameters = new ArrayList<>();
    List<Object> parameterList = list(map.get("parameters"), fileName, "parameters");
    for (int i = 0; i < parameterList.size(); i++) {
      String where = "parameters[" + i + "]";
      Map<String, Object> p = map(parameterList.get(i), fileName, where);
      parameters.add(
          new RouteTemplate.Parameter(
              text(p, "name", fileName + " " + where, true),
              text(p, "label", fileName + " " + where, true),
              text(p, "unit", fileName + " " + where, false),
              number(p, "default", fileName, where),
              number(p, "min", fileName, where),
              number(p, "max", fileName, where)));
    }
    List<RouteTemplate.Input> inputs = new ArrayList<>();
    List<Object> inputList = list(map.get("inputs"), fileName, "inputs");
    for (int i = 0; i < inputList.size(); i++) {
      String where = "inputs[" + i + "]";
      Map<String, Object> p = map(inputList.get(i), fileName, where);
      List<MaterialKind> kinds = new ArrayList<>();
      for (Object kind : list(p.get("kinds"), fileName, where + ".kinds")) {
        kinds.add(enumValue(MaterialKind.class, kind, fileName, where + ".kinds"));
      }
      Object plannedMass = p.get("plannedMass");
      inputs.add(
          new RouteTemplate.Input(
              enumValue(InputRole.class, p.get("role"), fileName, where + ".role"),
              text(p, "label", fileName + " " + where, true),
              kinds,
              plannedMass == null ? null : plannedMass.toString()));
    }
    List<RouteTemplate.StepTemplate> steps = new ArrayList<>();
    List<Object> stepList = list(map.get("steps"), fileName, "steps");
    for (int i = 0; i < stepList.size(); i++) {
      String where = "steps[" + i + "]";
      Map<String, Object> s = new LinkedHashMap<>(map(stepList.get(i), fileName, where));
      SynthesisStepType type =
          enumValue(SynthesisStepType.class, s.remove("type"), fileName, where + ".type");
      for (String key : s.keySet()) {
        if (!RouteTemplate.StepTemplate.KEYS.contains(key)) {
          throw new TemplateException(
              "%s %s: unknown key '%s' (known: %s)"
                  .formatted(fileName, where, key, RouteTemplate.StepTemplate.KEYS));
        }
      }
      steps.add(new RouteTemplate.StepTemplate(type, Map.copyOf(s)));
    }
    String seriesParameter = text(map, "seriesParameter", fileName, false);
    RouteTemplate template =
        new RouteTemplate(
            code,
            text(map, "name", fileName, true),
            text(map, "description", fileName, false),
            seriesParameter,
            List.copyOf(parameters),
            List.copyOf(inputs),
            List.copyOf(steps));
    if (seriesParameter != null) {
      try {
        template.parameter(seriesParameter);
      } catch (IllegalArgumentException e) {
        throw new TemplateException(fileName + ": seriesParameter: " + e.getMessage());
      }
    }
    // Resolving the defaults once proves every placeholder names a parameter.
    try {
      template.steps(template.resolveParameters(Map.of()));
    } catch (RuntimeException e) {
      throw new TemplateException(fileName + ": " + e.getMessage());
    }
    return template;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value, String file, String where) {
    if (value instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw new TemplateException(file + ": " + where + " must be a mapping of keys to values");
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(@Nullable Object value, String file, String where) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> l) {
      return (List<Object>) l;
    }
    throw new TemplateException(file + ": " + where + " must be a list");
  }

  private static @Nullable String text(
      Map<String, Object> map, String key, String where, boolean required) {
    Object value = map.get(key);
    if (value == null || value.toString().isBlank()) {
      if (required) {
        throw new TemplateException(where + ": '" + key + "' is required");
      }
      return null;
    }
    return value.toString().trim();
  }

  private static @Nullable Double number(
      Map<String, Object> map, String key, String file, String where) {
    Object value = map.get(key);
    if (value == null) {
      return null;
    }
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    throw new TemplateException(
        file + " " + where + ": '" + key + "' must be a number, not " + value);
  }

  private static <E extends Enum<E>> E enumValue(
      Class<E> type, Object value, String file, String where) {
    if (value == null) {
      throw new TemplateException(file + " " + where + " is required");
    }
    try {
      return Enum.valueOf(type, value.toString().trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      throw new TemplateException(
          "%s %s: '%s' is not one of %s"
              .formatted(file, where, value, List.of(type.getEnumConstants())));
    }
  }
}
