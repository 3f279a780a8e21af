package org.cellbook.signatures;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.bouncycastle.util.CollectionStore;

/**
 * An RFC 3161 time-stamping authority on a loopback port, with a certificate issued at start by a
 * root CA of its own (both carried in its tokens): what the tests sign against, with no network.
 * {@link #failing} makes it answer HTTP 500.
 */
final class InProcessTsa implements AutoCloseable {

  final AtomicBoolean failing = new AtomicBoolean();
  private final HttpServer server;
  private final TimeStampResponseGenerator responses;
  private final AtomicLong serial = new AtomicLong();

  /** The authority's certificate and the root CA's that issued it, as PEM. */
  final String pem;

  final String rootPem;

  InProcessTsa() throws Exception {
    KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
    rsa.initialize(2048);
    KeyPair rootKeys = rsa.generateKeyPair();
    KeyPair keys = rsa.generateKeyPair();
    X500Name rootName = new X500Name("CN=Cellbook test root CA");
    X500Name name = new X500Name("CN=Cellbook test TSA");
    Instant now = Instant.now();
    Date from = Date.from(now.minus(Duration.ofDays(1)));
    Date to = Date.from(now.plus(Duration.ofDays(1)));
    X509CertificateHolder root =
        new JcaX509v3CertificateBuilder(
                rootName, BigInteger.ONE, from, to, rootName, rootKeys.getPublic())
            .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
            .addExtension(
                Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
            .build(new JcaContentSignerBuilder("SHA256withRSA").build(rootKeys.getPrivate()));
    X509CertificateHolder certificate =
        new JcaX509v3CertificateBuilder(rootName, BigInteger.TWO, from, to, name, keys.getPublic())
            .addExtension(
                Extension.extendedKeyUsage,
                true,
                new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
            .build(new JcaContentSignerBuilder("SHA256withRSA").build(rootKeys.getPrivate()));
    pem = pem(certificate);
    rootPem = pem(root);
    TimeStampTokenGenerator tokens =
        new TimeStampTokenGenerator(
            new JcaSimpleSignerInfoGeneratorBuilder()
                .build("SHA256withRSA", keys.getPrivate(), certificate),
            new JcaDigestCalculatorProviderBuilder()
                .build()
                .get(new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1)),
            new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
    tokens.addCertificates(new CollectionStore<>(List.of(certificate, root)));
    responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/tsa",
        exchange -> {
          try (InputStream in = exchange.getRequestBody();
              OutputStream out = exchange.getResponseBody()) {
            if (failing.get()) {
              exchange.sendResponseHeaders(500, -1);
              return;
            }
            byte[] answer =
                responses
                    .generate(
                        new TimeStampRequest(in.readAllBytes()),
                        BigInteger.valueOf(serial.incrementAndGet()),
                        new Date())
                    .getEncoded();
            exchange.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
            exchange.sendResponseHeaders(200, answer.length);
            out.write(answer);
          } catch (Exception e) {
            throw new IOException(e);
          }
        });
    server.start();
  }

  private static String pem(X509CertificateHolder certificate) throws IOException {
    return "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(certificate.getEncoded())
        + "\n-----END CERTIFICATE-----\n";
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
