package org.cellbook.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Random;
import org.cellbook.Fixtures;
import org.cellbook.cells.Cell;
import org.cellbook.measurements.MeasurementService;
import org.cellbook.security.SystemUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nothing is deleted through the API, so that the record of what was tried stays: a failed upload
 * is withdrawn with a reason, and DELETE is not offered.
 */
@SpringBootTest
class FailedMeasurementApiTest {

  @Autowired WebApplicationContext web;
  @Autowired Fixtures fixtures;
  @Autowired MeasurementService measurements;

  @Test
  void aFailedUploadIsWithdrawnNotDeleted() throws Exception {
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

    mvc.perform(delete("/api/v1/measurements/" + code).with(user("ana").roles("RESEARCHER")))
        .andExpect(status().isMethodNotAllowed());
    mvc.perform(
            post("/api/v1/measurements/" + code + "/withdrawal")
                .with(user("vic").roles("VIEWER"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"noise\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/measurements/" + code + "/withdrawal")
                .with(user("ana").roles("RESEARCHER"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"picked the wrong file\"}"))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/measurements/" + code).with(user("ana").roles("RESEARCHER")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.withdrawn").value(true))
        .andExpect(jsonPath("$.integrity").value("verified"));
  }
}
