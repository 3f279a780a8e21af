package org.cellbook.signatures;

import java.util.List;
import java.util.function.Supplier;
import org.cellbook.security.Role;
import org.cellbook.security.UserService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The users of signature tests: stored with real password hashes, since signing checks them. */
public final class Signers {

  public static final String AUTHOR = "sig-ana";
  public static final String WITNESS = "sig-ben";
  public static final String VIEWER = "sig-vic";

  private Signers() {}

  public static String password(String user) {
    return user + "-password";
  }

  public static void ensure(UserService users) {
    users.ensureUser(AUTHOR, "Ana Author", password(AUTHOR), Role.RESEARCHER);
    users.ensureUser(WITNESS, "Ben Witness", password(WITNESS), Role.RESEARCHER);
    users.ensureUser(VIEWER, "Vic Viewer", password(VIEWER), Role.VIEWER);
  }

  /** Runs {@code work} as {@code user} with {@code role}, then restores who was acting. */
  public static <T> T as(String user, Role role, Supplier<T> work) {
    var previous = SecurityContextHolder.getContext().getAuthentication();
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                user, null, List.of(new SimpleGrantedAuthority(role.authority()))));
    try {
      return work.get();
    } finally {
      SecurityContextHolder.getContext().setAuthentication(previous);
    }
  }
}
