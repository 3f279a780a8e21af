package org.cellbook.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Log-in against the users stored in the database, through the real security filter chain. */
/*
 * MockMvc is built on the shared test context instead of @AutoConfigureMockMvc: a context of its
 * own would replace the global security-context strategy under the cached browserless contexts.
 */
@SpringBootTest
class LoginTest {

  @Autowired WebApplicationContext web;
  MockMvc mvc;
  @Autowired UserService users;

  @BeforeEach
  void users() {
    mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
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
  void logInWithoutTheFormsCsrfTokenIsRefused() throws Exception {
    mvc.perform(post("/login").param("username", "lotte").param("password", "s3cret-pass"))
        .andExpect(unauthenticated())
        .andExpect(redirectedUrlPattern("/login?expired*"));
    mvc.perform(
            post("/login")
                .param("username", "lotte")
                .param("password", "s3cret-pass")
                .with(csrf().useInvalidToken()))
        .andExpect(unauthenticated());
  }

  @Test
  void pagesNeedALogIn() throws Exception {
    mvc.perform(get("/lots")).andExpect(status().is3xxRedirection());
  }
}
