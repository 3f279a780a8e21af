package org.cellbook.signatures;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Signature settings ({@code cellbook.signatures.*}).
 *
 * @param tsaUrl RFC 3161 time-stamping authority asked for a token over each signature's content
 *     hash; none when empty
 * @param tsaTimeout longest wait for the authority; a signature is kept without a token after it
 */
@ConfigurationProperties("cellbook.signatures")
record SignatureSettings(URI tsaUrl, @DefaultValue("10s") Duration tsaTimeout) {}
