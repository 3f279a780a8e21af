package org.cellbook.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Log-in against the users stored in the database, through the real security filter chain. */
@SpringBootTest
@AutoConfigureMockMvc
class LoginTest {

  @Autowired MockMvc mvc;
  @Autowired UserService users;

  @BeforeEach
  void users() {
    users.ensureUser("lotte", "Lotte Lab", "s3cret-pass", Role.RESEARCHER);
  }

  @Test
  void storedUserLogsInWithTheRightPassword() throws Exception {
    mvc.perform(formLogin("/login").user("lotte").password("s3cret-pass"))
        .andExpect(authenticated().withRoles("RESEARCHER"));
  }

  @Test
  void wrongPasswordIsRefused() throws Exception {
    mvc.perform(formLogin("/login").user("lotte").password("nope"))
        .andExpect(unauthenticated())
        .andExpect(redirectedUrlPattern("/login?error*"));
  }

  @Test
  void pagesNeedALogIn() throws Exception {
    mvc.perform(get("/lots")).andExpect(status().is3xxRedirection());
  }
}
