package org.cellbook.security;

import org.cellbook.base.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users of the notebook, stored in the database with hashed passwords. */
@Service
public class UserService implements UserDetailsService {

  public static final int MIN_PASSWORD_LENGTH = 8;

  private final AppUserRepository users;
  private final PasswordEncoder passwordEncoder;

  UserService(AppUserRepository users, PasswordEncoder passwordEncoder) {
    this.users = users;
    this.passwordEncoder = passwordEncoder;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    AppUser user =
        users
            .findByUsername(username)
            .orElseThrow(() -> new UsernameNotFoundException("unknown user " + username));
    return User.withUsername(user.getUsername())
        .password(user.getPasswordHash())
        .roles(user.getRole().name())
        .disabled(!user.isEnabled())
        .build();
  }

  /**
   * Whether {@code password} is the enabled user's own: a signature asks for it again, whatever
   * session or token the request came with.
   */
  @Transactional(readOnly = true)
  public boolean passwordMatches(String username, @Nullable String password) {
    return password != null
        && users
            .findByUsername(username)
            .filter(AppUser::isEnabled)
            .filter(u -> passwordEncoder.matches(password, u.getPasswordHash()))
            .isPresent();
  }

  /** The user's full name as signatures show it; the user name when no such user is stored. */
  @Transactional(readOnly = true)
  public String fullName(String username) {
    return users.findByUsername(username).map(AppUser::getFullName).orElse(username);
  }

  /** True while the notebook has no user at all: the one-time set-up screen is open. */
  @Transactional(readOnly = true)
  public boolean needsSetup() {
    return users.count() == 0;
  }

  /**
   * Creates the first administrator. Refused once any user exists, so the set-up screen cannot be
   * used to take over a running notebook.
   */
  @Transactional
  public void createFirstAdmin(String username, String fullName, @Nullable String password) {
    if (!needsSetup()) {
      throw new IllegalStateException("The notebook already has users; ask an administrator.");
    }
    new Problems()
        .check(
            password != null && password.length() >= MIN_PASSWORD_LENGTH,
            "password",
            "Password must have at least " + MIN_PASSWORD_LENGTH + " characters")
        .throwIfAny();
    create(username, fullName, password, Role.ADMIN);
  }

  /** Creates a user unless one with that name exists; used for configured and demo users. */
  @Transactional
  public void ensureUser(String username, String fullName, String password, Role role) {
    if (!users.existsByUsername(username)) {
      create(username, fullName, password, role);
    }
  }

  private void create(String username, String fullName, String password, Role role) {
    new Problems()
        .required(username, "username", "User name")
        .required(fullName, "fullName", "Full name")
        .required(password, "password", "Password")
        .throwIfAny();
    users.save(
        new AppUser(username.trim(), fullName.trim(), passwordEncoder.encode(password), role));
  }
}
