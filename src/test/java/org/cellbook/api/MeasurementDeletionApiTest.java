package org.cellbook.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Random;
import org.cellbook.Fixtures;
import org.cellbook.cells.Cell;
import org.cellbook.measurements.MeasurementService;
import org.cellbook.security.SystemUser;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * A failed measurement is deleted through the API by its uploader (204); a done one, or someone
 * else's, is refused with a problem (issue 12).
 */
@SpringBootTest
class MeasurementDeletionApiTest {

  @Autowired WebApplicationContext web;
  @Autowired Fixtures fixtures;
  @Autowired MeasurementService measurements;

  @Test
  void theUploaderDeletesAFailedMeasurementOthersAndDoneOnesAreRefused() throws Exception {
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    Cell cell = SystemUser.call(() -> fixtures.halfCell());
    byte[] noise = new byte[4096];
    new Random(5).nextBytes(noise);
    String body =
        mvc.perform(
                multipart("/api/v1/cells/" + cell.getCode() + "/measurements")
                    .file(new MockMultipartFile("file", "noise.dat", "text/plain", noise))
                    .with(user("ana").roles("RESEARCHER")))
            .andExpect(status().isAccepted())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String code = JsonMapper.builder().build().readTree(body).get("id").asString();
    assertThat(measurements.awaitAnalyses(Duration.ofSeconds(60))).isTrue();
    mvc.perform(get("/api/v1/measurements/" + code).with(user("ana").roles("RESEARCHER")))
        .andExpect(jsonPath("$.status").value("failed"))
        .andExpect(jsonPath("$.integrity").value("verified"));

    mvc.perform(delete("/api/v1/measurements/" + code).with(user("bea").roles("RESEARCHER")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.status").value(403))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("only the uploader")));
    mvc.perform(delete("/api/v1/measurements/" + code).with(user("vic").roles("VIEWER")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value("Your role may read but not change records"));
    mvc.perform(delete("/api/v1/measurements/" + code).with(user("ana").roles("RESEARCHER")))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/v1/measurements/" + code).with(user("ana").roles("RESEARCHER")))
        .andExpect(status().isNotFound());

    String done =
        SystemUser.call(
                () ->
                    measurements.recordPycnometry(
                        fixtures
                            .grams(org.cellbook.materials.MaterialKind.SYNTHESISED_CARBON, 1)
                            .getCode(),
                        1.6,
                        null,
                        null))
            .getCode();
    mvc.perform(delete("/api/v1/measurements/" + done).with(user("root").roles("ADMIN")))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail")
                .value(Matchers.containsString("only a failed or cancelled measurement")));
  }
}
