package org.cellbook.measurements;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * An upload to a notebook whose store is full or whose disk is nearly full is a 507 problem saying
 * which. The limits are changed on the running service rather than in a context of its own, which
 * would swap the security context holder under the shared one.
 */
@SpringBootTest
class InsufficientStorageApiTest {

  @Autowired WebApplicationContext web;
  @Autowired Fixtures fixtures;
  @Autowired StoredFiles storedFiles;

  @Autowired MeasurementSettings settings;

  @AfterEach
  void configuredLimits() {
    storedFiles.useLimits(
        (long) (settings.maxStoreGb() * (1L << 30)), settings.minFreeDiskMb() << 20);
  }

  private ResultActions upload(Cell cell) throws Exception {
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    return mvc.perform(
        multipart("/api/v1/cells/" + cell.getCode() + "/measurements")
            .file(new MockMultipartFile("file", "channel-3.csv", "text/csv", new byte[100]))
            .with(user("ana").roles("RESEARCHER")));
  }

  @Test
  void anUploadToAFullStoreIsRefusedAs507() throws Exception {
    Cell cell = SystemUser.call(() -> fixtures.halfCell());
    storedFiles.useLimits(1, 0); // one byte: any notebook holds more
    upload(cell)
        .andExpect(status().isInsufficientStorage())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(
            jsonPath("$.detail").value(Matchers.startsWith("the notebook's file store is full")));
  }

  @Test
  void anUploadToANearlyFullDiskIsRefusedAs507() throws Exception {
    Cell cell = SystemUser.call(() -> fixtures.halfCell());
    storedFiles.useLimits(0, Long.MAX_VALUE);
    upload(cell)
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
