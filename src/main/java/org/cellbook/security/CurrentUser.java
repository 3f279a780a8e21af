package org.cellbook.security;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting now: the logged-in user, or the command-line tool's system user. */
public final class CurrentUser {

  private CurrentUser() {}

  /** The logged-in user's name; empty for nobody and for the anonymous visitor of a public page. */
  public static Optional<String> username() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken
        ? Optional.empty()
        : Optional.of(auth.getName());
  }

  public static boolean canEdit() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null
        && auth.getAuthorities().stream()
            .anyMatch(
                a ->
                    a.getAuthority().equals(Role.ADMIN.authority())
                        || a.getAuthority().equals(Role.RESEARCHER.authority()));
  }

  public static boolean isAdmin() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null
        && auth.getAuthorities().stream()
            .anyMatch(a -> a.getAuthority().equals(Role.ADMIN.authority()));
  }
}
