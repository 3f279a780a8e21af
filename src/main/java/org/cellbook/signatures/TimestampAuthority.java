package org.cellbook.signatures;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * RFC 3161 timestamps: asks the configured authority for a token over a content hash, and checks a
 * stored token offline: its message imprint is the hash, its signature verifies with the
 * certificate the token carries, and, when trusted authorities are configured, that certificate is
 * one of them or chains to one (PKIX, at the token's time, no revocation check: offline).
 */
@Component
class TimestampAuthority {

  private static final Logger log = LoggerFactory.getLogger(TimestampAuthority.class);

  /** A token as issued (DER) and the time it vouches for. */
  record Token(byte[] der, Instant time) {}

  private final SignatureSettings settings;
  private final HttpClient http;
  private final SecureRandom random = new SecureRandom();
  private final Set<TrustAnchor> trusted;

  TimestampAuthority(SignatureSettings settings) {
    this.settings = settings;
    this.http = HttpClient.newBuilder().connectTimeout(settings.tsaTimeout()).build();
    this.trusted = trustAnchors(settings.tsaTrusted());
  }

  private static Set<TrustAnchor> trustAnchors(List<Path> files) {
    Set<TrustAnchor> anchors = new HashSet<>();
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        Collection<? extends Certificate> read =
            CertificateFactory.getInstance("X.509").generateCertificates(in);
        if (read.isEmpty()) {
          throw new IllegalStateException(
              "cellbook.signatures.tsa-trusted: " + file + " holds no certificate");
        }
        read.forEach(c -> anchors.add(new TrustAnchor((X509Certificate) c, null)));
      } catch (IOException | CertificateException e) {
        throw new IllegalStateException(
            "cellbook.signatures.tsa-trusted: cannot read " + file + " (" + e.getMessage() + ")",
            e);
      }
    }
    return Set.copyOf(anchors);
  }

  /** An empty {@code tsa-url} in the configuration binds as an empty address: none. */
  boolean configured() {
    return settings.tsaUrl() != null && !settings.tsaUrl().toString().isBlank();
  }

  /**
   * A token over the SHA-256 (hex) from the configured authority; empty when none is configured or
   * it fails, which is logged: a signature never waits on or fails with its timestamp.
   */
  Optional<Token> stamp(String sha256Hex) {
    if (!configured()) {
      return Optional.empty();
    }
    try {
      TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
      generator.setCertReq(true);
      TimeStampRequest request =
          generator.generate(
              TSPAlgorithms.SHA256, HexFormat.of().parseHex(sha256Hex), new BigInteger(64, random));
      HttpResponse<byte[]> answer =
          http.send(
              HttpRequest.newBuilder(settings.tsaUrl())
                  .timeout(settings.tsaTimeout())
                  .header("Content-Type", "application/timestamp-query")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (answer.statusCode() != 200) {
        throw new IOException("HTTP " + answer.statusCode());
      }
      TimeStampResponse response = new TimeStampResponse(answer.body());
      response.validate(request);
      TimeStampToken token = response.getTimeStampToken();
      if (token == null) {
        throw new TSPException("no token: " + response.getStatusString());
      }
      return Optional.of(
          new Token(token.getEncoded(), token.getTimeStampInfo().getGenTime().toInstant()));
    } catch (IOException | TSPException e) {
      log.warn(
          "The time-stamping authority {} gave no token ({}); the signature is kept without one",
          settings.tsaUrl(),
          e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      log.warn("Interrupted waiting for the time-stamping authority; no token");
    }
    return Optional.empty();
  }

  /** What is wrong with a stored token for this hash; empty when it checks. */
  Optional<String> problem(byte[] der, String sha256Hex) {
    try {
      TimeStampToken token = new TimeStampToken(new CMSSignedData(der));
      var info = token.getTimeStampInfo();
      if (!info.getMessageImprintAlgOID().equals(TSPAlgorithms.SHA256)
          || !Arrays.equals(info.getMessageImprintDigest(), HexFormat.of().parseHex(sha256Hex))) {
        return Optional.of("its timestamp token is over other content than the signature's hash");
      }
      @SuppressWarnings("unchecked")
      var certificates = token.getCertificates().getMatches(token.getSID());
      if (certificates.isEmpty()) {
        return Optional.of("its timestamp token carries no certificate to check it with");
      }
      X509CertificateHolder certificate = (X509CertificateHolder) certificates.iterator().next();
      token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
      return trusted.isEmpty() ? Optional.empty() : untrusted(token, certificate);
    } catch (TSPException | IOException | CMSException e) {
      return Optional.of("its timestamp token does not verify (" + e.getMessage() + ")");
    } catch (OperatorCreationException | CertificateException e) {
      return Optional.of(
          "its timestamp token's certificate cannot be read (" + e.getMessage() + ")");
    }
  }

  /** Empty when the token's signer is a trusted authority or chains to one at the token's time. */
  private Optional<String> untrusted(TimeStampToken token, X509CertificateHolder holder)
      throws CertificateException {
    JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
    X509Certificate signer = converter.getCertificate(holder);
    if (trusted.stream().anyMatch(a -> signer.equals(a.getTrustedCert()))) {
      return Optional.empty();
    }
    List<X509Certificate> carried = new ArrayList<>();
    @SuppressWarnings("unchecked")
    Collection<X509CertificateHolder> all = token.getCertificates().getMatches(null);
    for (X509CertificateHolder h : all) {
      carried.add(converter.getCertificate(h));
    }
    try {
      X509CertSelector target = new X509CertSelector();
      target.setCertificate(signer);
      PKIXBuilderParameters parameters = new PKIXBuilderParameters(trusted, target);
      parameters.setRevocationEnabled(false);
      parameters.setDate(token.getTimeStampInfo().getGenTime());
      parameters.addCertStore(
          CertStore.getInstance("Collection", new CollectionCertStoreParameters(carried)));
      CertPathBuilder.getInstance("PKIX").build(parameters);
      return Optional.empty();
    } catch (GeneralSecurityException e) {
      return Optional.of(
          "its timestamp token was issued by "
              + signer.getSubjectX500Principal().getName()
              + ", which is not a trusted authority (cellbook.signatures.tsa-trusted)");
    }
  }
}
