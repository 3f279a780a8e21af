package org.cellbook.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password log-in that asks the {@link LoginThrottle} first: while the user name or the client
 * address is locked out, the password is not even checked. Wrong passwords (and unknown user names,
 * which the password check reports alike) are counted.
 */
final class ThrottledLogin implements AuthenticationProvider {

  private final AuthenticationProvider passwords;
  private final LoginThrottle throttle;

  ThrottledLogin(AuthenticationProvider passwords, LoginThrottle throttle) {
    this.passwords = passwords;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    String user = attempt.getName();
    String address =
        attempt.getDetails() instanceof WebAuthenticationDetails web
            ? web.getRemoteAddress()
            : null;
    throttle.checkAllowed(user, address);
    try {
      Authentication done = passwords.authenticate(attempt);
      throttle.succeeded(user);
      return done;
    } catch (BadCredentialsException e) {
      throttle.failed(user, address);
      throw e;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
