package org.cellbook.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cellbook.Fixtures;
import org.cellbook.cells.Cell;
import org.cellbook.security.SystemUser;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** An upload to a notebook whose disk is nearly full is a 507 problem saying so (issue 12). */
@SpringBootTest(properties = "cellbook.measurements.min-free-disk-mb=4000000000000")
class InsufficientStorageApiTest {

  @Autowired WebApplicationContext web;
  @Autowired Fixtures fixtures;

  @Test
  void anUploadToANearlyFullDiskIsRefusedAs507() throws Exception {
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    Cell cell = SystemUser.call(() -> fixtures.halfCell());
    mvc.perform(
            multipart("/api/v1/cells/" + cell.getCode() + "/measurements")
                .file(new MockMultipartFile("file", "channel-3.csv", "text/csv", new byte[100]))
                .with(user("ana").roles("RESEARCHER")))
        .andExpect(status().isInsufficientStorage())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(507))
        .andExpect(
            jsonPath("$.detail")
                .value(Matchers.startsWith("the disk holding the notebook has only ")))
        .andExpect(
            jsonPath("$.detail")
                .value(Matchers.containsString("cellbook.measurements.min-free-disk-mb")));
  }
}
