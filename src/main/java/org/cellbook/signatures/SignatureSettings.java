package org.cellbook.signatures;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Signature settings ({@code cellbook.signatures.*}).
 *
 * @param tsaUrl RFC 3161 time-stamping authority asked for a token over each signature's content
 *     hash; none when empty
 * @param tsaTimeout longest wait for the authority; a signature is kept without a token after it
 * @param tsaTrusted PEM files with the certificates of the authorities (or their root CAs) whose
 *     tokens {@code verify} accepts; when empty a token is checked against the certificate it
 *     carries only, which anyone who can write the database could have made
 */
@ConfigurationProperties("cellbook.signatures")
record SignatureSettings(
    URI tsaUrl, @DefaultValue("10s") Duration tsaTimeout, List<Path> tsaTrusted) {

  SignatureSettings {
    tsaTrusted = tsaTrusted == null ? List.of() : List.copyOf(tsaTrusted);
  }
}
