package org.cellbook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Password guessing is slowed down: after too many failures for one user name, or from one address,
 * log-in is refused even with the right password, until an administrator lifts it.
 */
@SpringBootTest
class LoginThrottleTest {

  @Autowired WebApplicationContext web;
  @Autowired UserService users;
  @Autowired LoginThrottle throttle;
  MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
  }

  /** A log-in from an address of the test's own, so that tests do not lock each other out. */
  private static RequestBuilder login(String user, String password, String address) {
    return context -> {
      MockHttpServletRequest request =
          formLogin("/login").user(user).password(password).buildRequest(context);
      request.setRemoteAddr(address);
      return request;
    };
  }

  @Test
  void thirtyWrongPasswordsLockTheUserUntilAnAdministratorLiftsIt() throws Exception {
    users.ensureUser("guessed", "Guessed User", "right-pass", Role.RESEARCHER);
    for (int k = 0; k < 30; k++) {
      mvc.perform(login("guessed", "wrong-" + k, "10.0.0.30")).andExpect(unauthenticated());
    }
    mvc.perform(login("guessed", "right-pass", "10.0.0.30"))
        .andExpect(unauthenticated())
        .andExpect(redirectedUrl("/login?locked"));
    // Also from another computer: the user name itself is locked.
    mvc.perform(login("guessed", "right-pass", "10.0.0.31"))
        .andExpect(unauthenticated())
        .andExpect(redirectedUrl("/login?locked"));
    assertThat(throttle.current())
        .anySatisfy(
            l -> {
              assertThat(l.kind()).isEqualTo(LoginThrottle.Kind.USER);
              assertThat(l.subject()).isEqualTo("guessed");
            });

    assertThatThrownBy(() -> throttle.liftLockout(LoginThrottle.Kind.USER, "guessed"))
        .as("only an administrator lifts a lockout")
        .isInstanceOfAny(
            AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    SystemUser.call(
        () -> {
          throttle.liftLockout(LoginThrottle.Kind.USER, "guessed");
          return null;
        });
    mvc.perform(login("guessed", "right-pass", "10.0.0.30"))
        .andExpect(authenticated().withUsername("guessed"));
  }

  @Test
  void oneAddressTryingManyNamesIsLockedOut() throws Exception {
    users.ensureUser("bystander", "Bystander", "right-pass", Role.VIEWER);
    for (int k = 0; k < 50; k++) {
      mvc.perform(login("nobody-" + k, "x", "10.0.0.50")).andExpect(unauthenticated());
    }
    mvc.perform(login("bystander", "right-pass", "10.0.0.50"))
        .andExpect(unauthenticated())
        .andExpect(redirectedUrl("/login?locked"));
    mvc.perform(login("bystander", "right-pass", "10.0.0.51"))
        .andExpect(authenticated().withUsername("bystander"));
  }

  @Test
  void aSuccessfulLogInForgetsEarlierFailures() throws Exception {
    users.ensureUser("typo", "Typo Prone", "right-pass", Role.VIEWER);
    for (int round = 0; round < 3; round++) {
      for (int k = 0; k < 9; k++) {
        mvc.perform(login("typo", "wrong", "10.0.0.70")).andExpect(unauthenticated());
      }
      mvc.perform(login("typo", "right-pass", "10.0.0.70")).andExpect(authenticated());
    }
  }
}
