package org.cellbook.api;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cellbook.Fixtures;
import org.cellbook.cells.Cell;
import org.cellbook.security.ApiTokens;
import org.cellbook.security.Role;
import org.cellbook.security.SystemUser;
import org.cellbook.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Withdrawal and records by code through the API, with the real security chain. */
@SpringBootTest
class WithdrawalApiTest {

  @Autowired WebApplicationContext web;
  @Autowired UserService users;
  @Autowired ApiTokens tokens;
  @Autowired Fixtures fixtures;
  MockMvc mvc;

  private String researcher;
  private String viewer;
  private Cell cell;

  @BeforeEach
  void tokensAndACell() {
    mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    users.ensureUser("wd-res", "Withdrawing Researcher", "s3cret-pass", Role.RESEARCHER);
    users.ensureUser("wd-view", "Reading Viewer", "s3cret-pass", Role.VIEWER);
    researcher = SystemUser.call(() -> tokens.create("wd-res", "script"));
    viewer = SystemUser.call(() -> tokens.create("wd-view", "notebook"));
    cell = SystemUser.call(() -> fixtures.halfCell());
  }

  private org.springframework.test.web.servlet.ResultActions withdraw(
      String path, String token, String body) throws Exception {
    return mvc.perform(
        post("/api/v1/" + path + "/withdrawal")
            .header("Authorization", "Bearer " + token)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  @Test
  void researcherWithdrawsACellAndReadsItBackWithdrawn() throws Exception {
    mvc.perform(get("/api/v1/cells/" + cell.getCode()).header("Authorization", "Bearer " + viewer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value(cell.getCode()))
        .andExpect(jsonPath("$.withdrawn").value(false))
        .andExpect(jsonPath("$.withdrawalReason").doesNotExist());

    withdraw(
            "cells/" + cell.getCode(),
            researcher,
            "{\"reason\": \"assembled with the wrong disc\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value(cell.getCode()))
        .andExpect(jsonPath("$.withdrawn").value(true))
        .andExpect(jsonPath("$.withdrawnBy").value("wd-res"));

    mvc.perform(get("/api/v1/cells/" + cell.getCode()).header("Authorization", "Bearer " + viewer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.withdrawn").value(true))
        .andExpect(jsonPath("$.withdrawalReason").value("assembled with the wrong disc"))
        .andExpect(jsonPath("$.withdrawnAt").exists());
    mvc.perform(
            get("/api/v1/cells")
                .param("status", "assembled")
                .header("Authorization", "Bearer " + viewer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[?(@.code == '" + cell.getCode() + "')]").isEmpty());
  }

  @Test
  void everyKindIsServedByCodeWithItsWithdrawnFlag() throws Exception {
    String disc = cell.getWorkingDisc().getCode();
    String sheet = cell.getWorkingDisc().getSheet().getCode();
    String lot = cell.getElectrolyteLot().getCode();
    String material = cell.getElectrolyteLot().getMaterial().getCode();
    for (String path :
        new String[] {"discs/" + disc, "sheets/" + sheet, "lots/" + lot, "materials/" + material}) {
      mvc.perform(get("/api/v1/" + path).header("Authorization", "Bearer " + viewer))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.withdrawn").value(false));
    }
    mvc.perform(get("/api/v1/sheets/" + sheet).header("Authorization", "Bearer " + viewer))
        .andExpect(jsonPath("$.discs[0]").value(disc))
        .andExpect(jsonPath("$.activeFractionPct").value(90.0));
    mvc.perform(get("/api/v1/discs/" + disc).header("Authorization", "Bearer " + viewer))
        .andExpect(jsonPath("$.activeMassMg").value(1.8));
  }

  @Test
  void refusalsAreProblemsThatSayWhy() throws Exception {
    withdraw("cells/" + cell.getCode(), researcher, "{}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.reason").value("Give a reason for the change"));
    withdraw("cells/" + cell.getCode(), viewer, "{\"reason\": \"mine\"}")
        .andExpect(status().isForbidden());
    withdraw("cells/C-1999-9999", researcher, "{\"reason\": \"typo\"}")
        .andExpect(status().isNotFound());
    withdraw("widgets/W-1", researcher, "{\"reason\": \"typo\"}").andExpect(status().isNotFound());
    withdraw("discs/" + cell.getWorkingDisc().getCode(), researcher, "{\"reason\": \"typo\"}")
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail")
                .value(
                    org.hamcrest.Matchers.containsString(
                        "still used by cell " + cell.getCode() + "; withdraw that first")));
    mvc.perform(get("/api/v1/cells/" + cell.getCode()).header("Authorization", "Bearer " + viewer))
        .andExpect(jsonPath("$.withdrawn").value(false));
  }
}
