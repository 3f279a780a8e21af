package org.cellbook.api;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cellbook.Fixtures;
import org.cellbook.cells.Cell;
import org.cellbook.measurements.Measurement;
import org.cellbook.measurements.MeasurementService;
import org.cellbook.measurements.WrongMass;
import org.cellbook.security.ApiTokens;
import org.cellbook.security.Role;
import org.cellbook.security.SystemUser;
import org.cellbook.security.UserService;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A KPI outside its physical range comes back with {@code "plausible": false} and the reason beside
 * its value; the plain {@code kpis} numbers stay as they were; batch means leave it out unless
 * {@code include_implausible} is set, and say so.
 */
@SpringBootTest
class ImplausibleKpisApiTest {

  @Autowired WebApplicationContext web;
  @Autowired UserService users;
  @Autowired ApiTokens tokens;
  @Autowired MeasurementService measurements;
  @Autowired Fixtures fixtures;
  MockMvc mvc;
  private String viewer;

  @BeforeEach
  void aViewer() {
    mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    users.ensureUser("api-plaus", "API Viewer", "s3cret-pass", Role.VIEWER);
    viewer = SystemUser.call(() -> tokens.create("api-plaus", "notebook"));
  }

  private ResultActions read(String path, String... params) throws Exception {
    var request = get(path).header("Authorization", "Bearer " + viewer);
    for (int k = 0; k < params.length; k += 2) {
      request.param(params[k], params[k + 1]);
    }
    return mvc.perform(request).andExpect(status().isOk());
  }

  private static String result(String name) {
    return "$.results[?(@.name == '" + name + "')]";
  }

  @Test
  void aMeasurementAndItsCellReturnTheReasonBesideTheValue() throws Exception {
    Fixtures.MadeBatch made = SystemUser.call(fixtures::pyrolysisBatch);
    Cell cell = SystemUser.call(() -> fixtures.halfCell(made.product()));
    Measurement m = SystemUser.call(() -> WrongMass.upload(measurements, cell.getCode()));

    ResultActions status = read("/api/v1/measurements/" + m.getCode());
    for (String k : WrongMass.IMPLAUSIBLE) {
      status.andExpect(jsonPath("$.implausible." + k).isString());
    }
    status
        // unchanged for existing clients
        .andExpect(jsonPath("$.kpis.reversible_capacity_mah_g").value(Matchers.closeTo(41589.6, 1)))
        .andExpect(jsonPath("$.kpis.rate_table").isArray())
        .andExpect(jsonPath(result("reversible_capacity_mah_g") + ".plausible").value(false))
        .andExpect(
            jsonPath(result("reversible_capacity_mah_g") + ".value")
                .value(Matchers.contains(Matchers.closeTo(41589.6, 1))))
        .andExpect(
            jsonPath(result("reversible_capacity_mah_g") + ".reason")
                .value(
                    Matchers.contains(
                        Matchers.startsWith("Reversible capacity 41590 mAh g⁻¹ is outside"))))
        .andExpect(jsonPath(result("reversible_capacity_mah_g") + ".unit").value("mAh g⁻¹"))
        .andExpect(jsonPath(result("ice") + ".plausible").value(true))
        .andExpect(jsonPath(result("ice") + ".reason").value(Matchers.contains((Object) null)))
        .andExpect(jsonPath("$.implausible.ice").doesNotExist());

    read("/api/v1/cells/" + cell.getCode())
        .andExpect(jsonPath("$.code").value(cell.getCode()))
        .andExpect(jsonPath("$.kpis.ice").value(Matchers.closeTo(0.806, 1e-6)))
        .andExpect(jsonPath("$.implausible.plateau_capacity_mah_g").isString())
        .andExpect(jsonPath("$.implausible.ice").doesNotExist())
        .andExpect(jsonPath(result("plateau_capacity_mah_g") + ".plausible").value(false))
        .andExpect(jsonPath(result("ice") + ".plausible").value(true));

    read("/api/v1/cells", "kpi", "sloping_capacity_mah_g>16000", "batch", made.batch().getCode())
        .andExpect(jsonPath("$.items[0].code").value(cell.getCode()))
        .andExpect(
            jsonPath("$.items[0].results[?(@.name == 'sloping_capacity_mah_g')].plausible")
                .value(false));
  }

  @Test
  void batchMeansLeaveImplausibleValuesOutUnlessIncluded() throws Exception {
    Fixtures.MadeBatch made = SystemUser.call(fixtures::pyrolysisBatch);
    SystemUser.call(
        () -> WrongMass.upload(measurements, fixtures.halfCell(made.product()).getCode(), null));
    SystemUser.call(
        () -> WrongMass.upload(measurements, fixtures.halfCell(made.product()).getCode()));
    String path = "/api/v1/batches/" + made.batch().getCode();

    read(path)
        .andExpect(
            jsonPath("$.cellKpiMeans.reversible_capacity_mah_g").value(Matchers.lessThan(4000.0)))
        .andExpect(jsonPath("$.cellCounts.reversible_capacity_mah_g").value(1))
        .andExpect(jsonPath("$.cellCounts.ice").value(2))
        .andExpect(jsonPath("$.implausibleLeftOut['cell:reversible_capacity_mah_g']").value(1))
        .andExpect(jsonPath("$.implausibleLeftOut['cell:ice']").doesNotExist())
        .andExpect(jsonPath("$.implausibleIncluded").isEmpty());

    read(path, "include_implausible", "true")
        .andExpect(
            jsonPath("$.cellKpiMeans.reversible_capacity_mah_g")
                .value(Matchers.greaterThan(20_000.0)))
        .andExpect(jsonPath("$.cellCounts.reversible_capacity_mah_g").value(2))
        .andExpect(jsonPath("$.implausibleLeftOut").isEmpty())
        .andExpect(jsonPath("$.implausibleIncluded['cell:reversible_capacity_mah_g']").value(1));
  }
}
