package io.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class UrlGuardTest {
  private static String kind(String literal) throws UnknownHostException {
    return UrlGuard.internalKind(InetAddress.getByName(literal));
  }

  @Test
  void internalAddressesInEverySpellingAreNamed() throws UnknownHostException {
    assertThat(kind("127.0.0.1")).isEqualTo("loopback");
    assertThat(kind("127.8.9.10")).isEqualTo("loopback");
    assertThat(kind("::1")).isEqualTo("loopback");
    assertThat(kind("::ffff:127.0.0.1")).isEqualTo("loopback");
    assertThat(kind("::ffff:7f00:1")).isEqualTo("loopback");
    assertThat(kind("::127.0.0.1")).isEqualTo("loopback");
    assertThat(kind("64:ff9b::10.0.0.1")).isEqualTo("private");
    assertThat(kind("2002:a9fe:a9fe::1")).isEqualTo("link-local");
    assertThat(kind("0.0.0.0")).isEqualTo("unspecified");
    assertThat(kind("::")).isEqualTo("unspecified");
    assertThat(kind("0.1.2.3")).isEqualTo("unspecified");
    assertThat(kind("169.254.169.254")).isEqualTo("link-local");
    assertThat(kind("fe80::1")).isEqualTo("link-local");
    assertThat(kind("10.0.0.1")).isEqualTo("private");
    assertThat(kind("172.16.5.4")).isEqualTo("private");
    assertThat(kind("192.168.1.1")).isEqualTo("private");
    assertThat(kind("fd12:3456::1")).isEqualTo("private (unique local)");
    assertThat(kind("100.64.0.1")).startsWith("shared");
    assertThat(kind("224.0.0.1")).isEqualTo("multicast");
    assertThat(kind("ff02::1")).isEqualTo("multicast");
    assertThat(kind("255.255.255.255")).isEqualTo("reserved");
  }

  @Test
  void publicAddressesPass() throws UnknownHostException {
    assertThat(kind("93.184.216.34")).isNull();
    assertThat(kind("8.8.8.8")).isNull();
    assertThat(kind("2606:4700::1111")).isNull();
    assertThat(kind("172.32.0.1")).isNull();
    assertThat(kind("100.128.0.1")).isNull();
  }

  @Test
  void aUrlIsJudgedByWhatItsHostResolvesTo() {
    assertThat(UrlGuard.PUBLIC_ONLY.refusal(URI.create("http://127.0.0.1:9/x"))).contains("loopback");
    assertThat(UrlGuard.PUBLIC_ONLY.refusal(URI.create("http://[::ffff:169.254.169.254]/latest"))).contains("link-local");
    assertThat(UrlGuard.PUBLIC_ONLY.refusal(URI.create("http://localhost/"))).contains("loopback");
    assertThat(UrlGuard.PUBLIC_ONLY.refusal(URI.create("http://10.0.0.1/"))).contains("private");
    assertThat(UrlGuard.ANY.refusal(URI.create("http://127.0.0.1/"))).isNull();
  }
}
