package org.cellbook.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cellbook.TestSettings;
import org.cellbook.base.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RouteTemplateReaderTest {

  private static RouteTemplateCatalog inFolder(Path templates) {
    return new RouteTemplateCatalog(
        TestSettings.bind(SynthesisSettings.class, "cellbook.templates-dir", templates));
  }

  private static RouteTemplate read(String yaml) {
    return RouteTemplateReader.read(
        "test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void shippedTemplatesAllLoad() {
    RouteTemplateCatalog catalog = inFolder(Path.of("templates/protocols"));
    assertThat(catalog.problems()).isEmpty();
    assertThat(catalog.all())
        .extracting(RouteTemplate::code)
        .contains(
            "molten-diffusion-carbonization",
            "pyrolysis",
            "hydrothermal",
            "koh-activation",
            "mechanical-mix");
    RouteTemplate mdc = catalog.get("molten-diffusion-carbonization");
    assertThat(mdc.seriesParameter()).isEqualTo("carbonization_C");
    var steps = mdc.steps(mdc.resolveParameters(Map.of("carbonization_C", 900.0)));
    assertThat(steps).extracting(StepParameters::temperatureCelsius).contains(400.0, 900.0);
  }

  @Test
  void parametersOutsideTheirLimitsAreRefused() {
    RouteTemplate mdc =
        inFolder(Path.of("templates/protocols")).get("molten-diffusion-carbonization");
    assertThatThrownBy(() -> mdc.resolveParameters(Map.of("carbonization_C", 4000.0)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("parameters.carbonization_C");
  }

  @Test
  void unknownStepTypeNamesFileAndEntry() {
    assertThatThrownBy(() -> read("code: x\nname: X\nsteps:\n  - {type: BAKE, temperature: 100}\n"))
        .hasMessageContaining("test.yaml steps[0].type")
        .hasMessageContaining("BAKE");
  }

  @Test
  void placeholderWithoutParameterIsRefused() {
    assertThatThrownBy(
            () -> read("code: x\nname: X\nsteps:\n  - {type: HEAT, temperature: \"{T}\"}\n"))
        .hasMessageContaining("test.yaml")
        .hasMessageContaining("{T}");
  }

  @Test
  void unknownKeyIsRefused() {
    assertThatThrownBy(() -> read("code: x\nname: X\nsteps:\n  - {type: HEAT, temprature: 100}\n"))
        .hasMessageContaining("unknown key 'temprature'");
  }

  @Test
  void brokenFileIsSkippedWithItsNameAndTheOthersStay(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("good.yaml"), "code: good\nname: Good\nsteps:\n  - {type: MIXING}\n");
    Files.writeString(dir.resolve("bad.yaml"), "code: [unclosed\n");
    RouteTemplateCatalog catalog = inFolder(dir);
    assertThat(catalog.all()).extracting(RouteTemplate::code).containsExactly("good");
    assertThat(catalog.problems()).singleElement().asString().startsWith("bad.yaml");
  }
}
