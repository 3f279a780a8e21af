package org.cellbook.api;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.cellbook.Fixtures;
import org.cellbook.electrodes.NewSheet;
import org.cellbook.electrodes.SheetService;
import org.cellbook.materials.MaterialKind;
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

/** Discs sent by a script obey the sheet page's rules: a refused row is a 400 naming its field. */
@SpringBootTest
class DiscsApiTest {

  @Autowired WebApplicationContext web;
  @Autowired UserService users;
  @Autowired ApiTokens tokens;
  @Autowired SheetService sheets;
  @Autowired Fixtures fixtures;

  private MockMvc mvc;
  private String token;
  private String sheet;

  @BeforeEach
  void aSheetMadeWithPointTwoGramsOfActiveMaterial() {
    mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    users.ensureUser("api-res", "API Researcher", "s3cret-pass", Role.RESEARCHER);
    token = SystemUser.call(() -> tokens.create("api-res", "balance PC"));
    sheet =
        SystemUser.call(
            () ->
                sheets
                    .create(
                        new NewSheet(
                            Fixtures.unique("sheet "),
                            fixtures.grams(MaterialKind.SYNTHESISED_CARBON, 1).getCode(),
                            fixtures.grams(MaterialKind.BINDER, 1).getCode(),
                            null,
                            fixtures.grams(MaterialKind.CURRENT_COLLECTOR, 1).getCode(),
                            90.0,
                            10.0,
                            0.0,
                            null,
                            null,
                            null,
                            0.2,
                            null,
                            LocalDate.now(),
                            null,
                            null))
                    .getCode());
  }

  @Test
  void aDiscHeavierThanTheSlurryIsA400NamingItsRowAndNothingIsAdded() throws Exception {
    mvc.perform(
            post("/api/v1/sheets/" + sheet + "/discs")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "[{\"diameterMillimetres\": 12, \"discMassMilligrams\": 12.0,"
                        + " \"blankMassMilligrams\": 10.0},"
                        + " {\"diameterMillimetres\": 12, \"discMassMilligrams\": 99999999,"
                        + " \"blankMassMilligrams\": 10.0}]"))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.fields['discs[1].discMass']")
                .value(
                    "Row 2: the sheet's discs would hold 90000000 mg of active material, more than"
                        + " the 200 mg its slurry took"));
    mvc.perform(
            post("/api/v1/sheets/" + sheet + "/discs")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "[{\"diameterMillimetres\": 12, \"discMassMilligrams\": 12.0,"
                        + " \"blankMassMilligrams\": 10.0}]"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.discs[0]").value(sheet + "-D1"));
  }
}
