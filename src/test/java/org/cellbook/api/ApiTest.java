package org.cellbook.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.cellbook.Fixtures;
import org.cellbook.analysis.testdata.SharedData;
import org.cellbook.cells.Cell;
import org.cellbook.measurements.MeasurementService;
import org.cellbook.security.ApiTokens;
import org.cellbook.security.Role;
import org.cellbook.security.SystemUser;
import org.cellbook.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API through the real security chain: tokens, roles, upload, polling, search. */
/*
 * MockMvc is built on the shared test context instead of @AutoConfigureMockMvc: a context of its
 * own would replace the global security-context strategy under the cached browserless contexts.
 */
@SpringBootTest
class ApiTest {

  @Autowired WebApplicationContext web;
  MockMvc mvc;
  @Autowired UserService users;
  @Autowired ApiTokens tokens;
  @Autowired MeasurementService measurements;
  @Autowired Fixtures fixtures;

  private String researcher;
  private String viewer;
  private Cell cell;

  @BeforeEach
  void tokensAndACell() {
    mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    users.ensureUser("api-res", "API Researcher", "s3cret-pass", Role.RESEARCHER);
    users.ensureUser("api-view", "API Viewer", "s3cret-pass", Role.VIEWER);
    researcher = SystemUser.call(() -> tokens.create("api-res", "cycler PC"));
    viewer = SystemUser.call(() -> tokens.create("api-view", "notebook"));
    cell = SystemUser.call(() -> fixtures.halfCell());
  }

  private static MockMultipartFile land() throws Exception {
    Path p = SharedData.file("land/synthetic_LAND_NaHC_formation_rate.txt");
    return new MockMultipartFile("file", "formation.txt", "text/plain", Files.readAllBytes(p));
  }

  @Test
  void uploadPollAndFindTheCellByItsIce() throws Exception {
    String body =
        mvc.perform(
                multipart("/api/v1/cells/" + cell.getCode() + "/measurements")
                    .file(land())
                    .header("Authorization", "Bearer " + researcher))
            .andExpect(status().isAccepted())
            .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/")))
            .andExpect(jsonPath("$.status").value("queued"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = JsonMapper.builder().build().readTree(body).get("id").asString();
    assertThat(measurements.awaitAnalyses(Duration.ofSeconds(60))).isTrue();

    mvc.perform(get("/api/v1/measurements/" + id).header("Authorization", "Bearer " + viewer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("done"))
        .andExpect(jsonPath("$.technique").value("cycling"))
        .andExpect(jsonPath("$.sha256").isString())
        .andExpect(jsonPath("$.kpis.ice").value(org.hamcrest.Matchers.closeTo(0.806, 1e-6)))
        .andExpect(jsonPath("$.kpis.rate_table").isArray());

    String found =
        mvc.perform(
                get("/api/v1/cells")
                    .param("kpi", "ice>0.8", "reversible_capacity_mah_g>=200")
                    .param("size", "1000")
                    .header("Authorization", "Bearer " + viewer))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    JsonNode items = JsonMapper.builder().build().readTree(found).get("items");
    boolean listed = false;
    for (JsonNode c : items) {
      assertThat(c.get("kpis").get("ice").asDouble()).isGreaterThan(0.8);
      listed |= c.get("code").asString().equals(cell.getCode());
    }
    assertThat(listed).isTrue();

    mvc.perform(
            get("/api/v1/cells")
                .param("kpi", "ice>0.9")
                .param("batch", "NO-SUCH-BATCH")
                .header("Authorization", "Bearer " + viewer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items").isEmpty());
  }

  @Test
  void tokensAndRolesAreEnforced() throws Exception {
    mvc.perform(get("/api/v1/cells"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("Content-Type", "application/problem+json"));
    mvc.perform(get("/api/v1/cells").header("Authorization", "Bearer cbk_not-a-token"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("revoked")));
    mvc.perform(
            multipart("/api/v1/cells/" + cell.getCode() + "/measurements")
                .file(land())
                .header("Authorization", "Bearer " + viewer))
        .andExpect(status().isForbidden());
  }

  @Test
  void errorsAreProblemDetailsAPersonCanActOn() throws Exception {
    mvc.perform(get("/api/v1/measurements/M-0000-0000").header("Authorization", "Bearer " + viewer))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("M-0000-0000")));
    mvc.perform(
            get("/api/v1/cells")
                .param("kpi", "ice is high")
                .header("Authorization", "Bearer " + viewer))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("ice>0.8")));
    mvc.perform(
            multipart("/api/v1/lots/NO-LOT/measurements")
                .file(land())
                .param("technique", "xrd")
                .header("Authorization", "Bearer " + researcher))
        .andExpect(status().isNotFound());
    mvc.perform(
            multipart("/api/v1/cells/" + cell.getCode() + "/measurements")
                .file(land())
                .param("technique", "sorption")
                .header("Authorization", "Bearer " + researcher))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("lot")));
  }

  @Test
  void openApiDescriptionIsServed() throws Exception {
    mvc.perform(get("/v3/api-docs").accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/cells/{code}/measurements']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/measurements/{id}']").exists());
  }

  @Test
  void reportsComeBackAsPdfAndUnknownRecordsAsProblems() throws Exception {
    byte[] pdf =
        mvc.perform(
                get("/api/v1/cells/" + cell.getCode() + "/report")
                    .header("Authorization", "Bearer " + viewer))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"))
            .andExpect(
                header()
                    .string(
                        "Content-Disposition",
                        org.hamcrest.Matchers.containsString("cell-" + cell.getCode())))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (org.cellbook.reports.PdfChecks read = new org.cellbook.reports.PdfChecks(pdf)) {
      assertThat(read.text()).contains(cell.getCode()).contains("api-view");
    }
    mvc.perform(
            get("/api/v1/batches/B-1999-0001/report").header("Authorization", "Bearer " + viewer))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("B-1999-0001")));
    mvc.perform(get("/api/v1/cells/" + cell.getCode() + "/report"))
        .andExpect(status().isUnauthorized());
  }
}
