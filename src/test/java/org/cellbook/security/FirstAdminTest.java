package org.cellbook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.cellbook.base.ValidationException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** A fresh production notebook has no default password; the set-up screen makes the first admin. */
class FirstAdminTest {

  private final AppUserRepository repository = mock(AppUserRepository.class);
  private final UserService users =
      new UserService(repository, PasswordEncoderFactories.createDelegatingPasswordEncoder());

  @Test
  void firstAdminIsCreatedWithAHashedPassword() {
    when(repository.count()).thenReturn(0L);

    users.createFirstAdmin("pi", "Principal Investigator", "correct horse");

    ArgumentCaptor<AppUser> saved = ArgumentCaptor.forClass(AppUser.class);
    verify(repository).save(saved.capture());
    assertThat(saved.getValue().getRole()).isEqualTo(Role.ADMIN);
    assertThat(saved.getValue().getPasswordHash())
        .startsWith("{bcrypt}")
        .doesNotContain("correct horse");
  }

  @Test
  void firstAdminNeedsAPasswordOfEightCharacters() {
    when(repository.count()).thenReturn(0L);

    assertThatThrownBy(() -> users.createFirstAdmin("pi", "PI", "short"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("password");
    verify(repository, never()).save(any());
  }

  @Test
  void setUpIsClosedOnceAnyUserExists() {
    when(repository.count()).thenReturn(1L);

    assertThatThrownBy(() -> users.createFirstAdmin("mallory", "Mallory", "long-enough-pw"))
        .isInstanceOf(IllegalStateException.class);
    verify(repository, never()).save(any());
  }
}
