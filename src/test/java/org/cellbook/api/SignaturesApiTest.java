package org.cellbook.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cellbook.signatures.Signers.AUTHOR;
import static org.cellbook.signatures.Signers.VIEWER;
import static org.cellbook.signatures.Signers.password;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Random;
import org.cellbook.Fixtures;
import org.cellbook.cells.Cell;
import org.cellbook.measurements.MeasurementService;
import org.cellbook.security.ApiTokens;
import org.cellbook.security.SystemUser;
import org.cellbook.security.UserService;
import org.cellbook.signatures.Signers;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/{kind}/{code}/signatures}: 201 with the signature; a wrong or missing
 * password is refused (the token alone never signs), a viewer is refused, and a signed measurement
 * refuses deletion with 409 until it is amended with a reason.
 */
@SpringBootTest
class SignaturesApiTest {

  @Autowired WebApplicationContext web;
  @Autowired Fixtures fixtures;
  @Autowired ApiTokens tokens;
  @Autowired UserService users;
  @Autowired MeasurementService measurements;

  MockMvc mvc;
  String author;
  String viewer;
  Cell cell;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    Signers.ensure(users);
    author = SystemUser.call(() -> tokens.create(AUTHOR, "signing test"));
    viewer = SystemUser.call(() -> tokens.create(VIEWER, "signing test"));
    cell = SystemUser.call(() -> fixtures.halfCell());
  }

  private ResultActions sign(String token, String kind, String code, String body) throws Exception {
    return mvc.perform(
        post("/api/v1/" + kind + "/" + code + "/signatures")
            .header("Authorization", "Bearer " + token)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  @Test
  void aResearcherSignsWithTheirPasswordAndGetsTheSignature() throws Exception {
    sign(
            author,
            "cells",
            cell.getCode(),
            "{\"meaning\": \"authored\", \"password\": \"" + password(AUTHOR) + "\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.meaning").value("authored"))
        .andExpect(jsonPath("$.signer").value(AUTHOR))
        .andExpect(jsonPath("$.signerName").value("Ana Author"))
        .andExpect(jsonPath("$.signedAt").value(Matchers.endsWith("Z")))
        .andExpect(jsonPath("$.sha256").value(Matchers.matchesPattern("[0-9a-f]{64}")))
        .andExpect(jsonPath("$.supersededAt").value(Matchers.nullValue()));

    mvc.perform(
            get("/api/v1/cells/" + cell.getCode() + "/signatures")
                .header("Authorization", "Bearer " + viewer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].signer").value(AUTHOR));
    mvc.perform(get("/api/v1/cells/" + cell.getCode()).header("Authorization", "Bearer " + viewer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.withdrawn").value(false))
        .andExpect(jsonPath("$.signatures[0].meaning").value("authored"))
        .andExpect(jsonPath("$.signatures[0].signer").value(AUTHOR));
  }

  @Test
  void aWrongPasswordIs401AndTheTokenAloneCannotSign() throws Exception {
    sign(author, "cells", cell.getCode(), "{\"meaning\": \"authored\", \"password\": \"nope\"}")
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("not the password")));
    sign(author, "cells", cell.getCode(), "{\"meaning\": \"authored\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.password").exists());
    mvc.perform(
            get("/api/v1/cells/" + cell.getCode() + "/signatures")
                .header("Authorization", "Bearer " + author))
        .andExpect(jsonPath("$").isEmpty());
  }

  @Test
  void aViewerIs403() throws Exception {
    sign(
            viewer,
            "cells",
            cell.getCode(),
            "{\"meaning\": \"reviewed\", \"password\": \"" + password(VIEWER) + "\"}")
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void aBadMeaningOrKindIsRefused() throws Exception {
    sign(author, "cells", cell.getCode(), "{\"meaning\": \"liked\", \"password\": \"x\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.meaning").value(Matchers.containsString("authored")));
    sign(author, "lots", "L-1", "{\"meaning\": \"authored\", \"password\": \"x\"}")
        .andExpect(status().isNotFound());
  }

  @Test
  void deletingASignedMeasurementIs409() throws Exception {
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    String body =
        mvc.perform(
                multipart("/api/v1/cells/" + cell.getCode() + "/measurements")
                    .file(new MockMultipartFile("file", "noise.dat", "text/plain", noise))
                    .header("Authorization", "Bearer " + author))
            .andExpect(status().isAccepted())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String code = JsonMapper.builder().build().readTree(body).get("id").asString();
    assertThat(measurements.awaitAnalyses(Duration.ofSeconds(60))).isTrue();
    sign(
            author,
            "measurements",
            code,
            "{\"meaning\": \"authored\", \"password\": \"" + password(AUTHOR) + "\"}")
        .andExpect(status().isCreated());

    mvc.perform(withdrawal(author, code))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString(code + " is signed")));
    mvc.perform(get("/api/v1/measurements/" + code).header("Authorization", "Bearer " + author))
        .andExpect(status().isOk());

    mvc.perform(
            post("/api/v1/measurements/" + code + "/amendment")
                .header("Authorization", "Bearer " + author)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"uploaded to the wrong cell\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].supersededReason").value("uploaded to the wrong cell"));
    mvc.perform(withdrawal(author, code)).andExpect(status().isOk());
  }

  private static MockHttpServletRequestBuilder withdrawal(String token, String code) {
    return post("/api/v1/measurements/" + code + "/withdrawal")
        .header("Authorization", "Bearer " + token)
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"reason\": \"uploaded to the wrong cell\"}");
  }
}
