package org.cellbook;

import static java.util.Comparator.comparing;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.yaml.snakeyaml.Yaml;

/**
 * Every {@code cellbook.*} key the settings records bind is in the README's configuration table
 * with the default the code has, and in the lab's {@code config/application.yml}, commented out,
 * with that default too; neither lists a key the app does not read.
 */
class ConfigurationDocumentedTest {

  /** A key and its default as the code has it; "" when it has none (empty text, empty list). */
  private record Key(String name, String defaultValue) {}

  /** A README table row: {@code | `cellbook.…` | default | …}. */
  private static final Pattern README_ROW =
      Pattern.compile("^\\| `(cellbook\\.[^`]+)` \\| ([^|]*)\\|");

  /** A commented-out setting in config/application.yml: {@code # key: value}. */
  private static final Pattern COMMENTED_SETTING = Pattern.compile("^# ( *[a-z][a-z-]*:.*)$");

  private static final List<Key> KEYS = boundKeys();

  @Test
  void theSettingsRecordsAreFound() {
    assertThat(KEYS)
        .extracting(Key::name)
        .contains(
            "cellbook.data-dir",
            "cellbook.synthesis.mass-balance-tolerance-percent",
            "cellbook.reports.workers",
            "cellbook.signatures.tsa-url",
            "cellbook.security.login.window");
  }

  @Test
  void theReadmeTableHasEveryKeyWithTheDefaultTheCodeHas() throws IOException {
    Map<String, String> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of("README.md"))) {
      Matcher m = README_ROW.matcher(line);
      if (m.find()) {
        rows.put(m.group(1), m.group(2).strip());
      }
    }
    Map<String, String> expected =
        KEYS.stream()
            .collect(
                Collectors.toMap(
                    Key::name,
                    k -> k.defaultValue().isEmpty() ? "empty" : "`" + k.defaultValue() + "`",
                    (a, b) -> a,
                    LinkedHashMap::new));
    assertThat(rows).containsExactlyInAnyOrderEntriesOf(expected);
  }

  @Test
  void theLabsConfigFileSetsNothingAndShowsEveryKeyWithItsDefault() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("config/application.yml"));
    assertThat(lines)
        .as(
            "every line is a comment: the file shows the defaults, the lab uncomments what it changes")
        .allMatch(l -> l.isBlank() || l.startsWith("#"));
    String uncommented =
        lines.stream()
            .map(COMMENTED_SETTING::matcher)
            .filter(Matcher::matches)
            .map(m -> m.group(1))
            .collect(Collectors.joining("\n"));
    Map<String, String> shown = new LinkedHashMap<>();
    flatten("", new Yaml().load(uncommented), shown);
    shown.keySet().removeIf(k -> !k.startsWith("cellbook."));
    assertThat(shown)
        .containsExactlyInAnyOrderEntriesOf(
            KEYS.stream()
                .collect(
                    Collectors.toMap(
                        Key::name, Key::defaultValue, (a, b) -> a, LinkedHashMap::new)));
  }

  private static void flatten(String prefix, Object value, Map<String, String> into) {
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> flatten(prefix + k + ".", v, into));
    } else {
      String key = prefix.substring(0, prefix.length() - 1);
      into.put(
          key,
          value == null || value instanceof Collection<?> c && c.isEmpty() ? "" : value.toString());
    }
  }

  /** The keys of every {@code @ConfigurationProperties} record under org.cellbook. */
  private static List<Key> boundKeys() {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
    List<Key> keys = new ArrayList<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents("org.cellbook")) {
      Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
      addKeys(type.getAnnotation(ConfigurationProperties.class).value(), type, keys);
    }
    keys.sort(comparing(Key::name));
    return keys;
  }

  private static void addKeys(String prefix, Class<?> type, List<Key> into) {
    assertThat(type.isRecord()).as("%s is a record", type).isTrue();
    RecordComponent[] components = type.getRecordComponents();
    Parameter[] parameters;
    try {
      parameters =
          type.getDeclaredConstructor(
                  Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new))
              .getParameters();
    } catch (NoSuchMethodException e) {
      throw new AssertionError(type + " has no canonical constructor", e);
    }
    for (int i = 0; i < components.length; i++) {
      String key = prefix + "." + kebabCase(components[i].getName());
      Class<?> componentType = components[i].getType();
      DefaultValue defaults = parameters[i].getAnnotation(DefaultValue.class);
      if (componentType.isRecord() && componentType.getPackageName().startsWith("org.cellbook")) {
        addKeys(key, componentType, into);
      } else {
        into.add(new Key(key, defaults == null ? "" : String.join(",", defaults.value())));
      }
    }
  }

  private static String kebabCase(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }
}
