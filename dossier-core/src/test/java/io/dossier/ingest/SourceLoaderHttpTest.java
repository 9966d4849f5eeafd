package io.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** URL sources against a local HTTP server on the loopback interface (no outside network). */
class SourceLoaderHttpTest {
  private static HttpServer server;
  private static String base;

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/page.html", ex -> {
      byte[] body = "<html><body><p>Caf\u00E9</p></body></html>".getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream o = ex.getResponseBody()) {
        o.write(body);
      }
    });
    server.createContext("/big.txt", ex -> {
      ex.sendResponseHeaders(200, 0); // chunked, no length: the cap must stop it
      try (OutputStream o = ex.getResponseBody()) {
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'a');
        for (int i = 0; i < 40; i++) {
          o.write(chunk);
        }
      } catch (IOException ignored) {
        // the client hung up once it had enough
      }
    });
    server.createContext("/missing", ex -> {
      ex.sendResponseHeaders(404, -1);
      ex.close();
    });
    server.start();
    base = "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static SourceLoader loader() {
    return new SourceLoader(new Limits(1L << 20, 2L << 20, 5000));
  }

  @Test
  void aUrlIsFetchedWithItsContentType() {
    RawDocument r = loader().load(Source.url("page", URI.create(base + "/page.html")));
    assertThat(r.error()).isNull();
    assertThat(new String(r.bytes(), StandardCharsets.UTF_8)).contains("Caf\u00E9");
    assertThat(r.contentType()).isEqualTo("text/html; charset=utf-8");
  }

  @Test
  void anHttpErrorStatusIsAPerDocumentError() {
    RawDocument r = loader().load(Source.url("m", URI.create(base + "/missing")));
    assertThat(r.error()).isEqualTo("HTTP 404 when fetching the URL");
  }

  @Test
  void aDownloadOverTheLimitIsRefusedNamingTheLimit() {
    RawDocument r = loader().load(Source.url("big", URI.create(base + "/big.txt")));
    assertThat(r.error()).contains("over the 1 MB limit");
  }

  @Test
  void aServerThatIsNotThereIsAnErrorNotACrash() throws IOException {
    int port;
    try (var s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    RawDocument r = loader().load(Source.url("x", URI.create("http://127.0.0.1:" + port + "/a.html")));
    assertThat(r.error()).startsWith("cannot read");
  }
}
