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
  private static final java.util.concurrent.atomic.AtomicInteger secretHits = new java.util.concurrent.atomic.AtomicInteger();

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
    server.createContext("/hop", ex -> {
      ex.getResponseHeaders().add("Location", "/page.html");
      ex.sendResponseHeaders(302, -1);
      ex.close();
    });
    server.createContext("/loop", ex -> {
      ex.getResponseHeaders().add("Location", "/loop");
      ex.sendResponseHeaders(301, -1);
      ex.close();
    });
    server.createContext("/stall", ex -> {
      ex.sendResponseHeaders(200, 0);
      try (OutputStream o = ex.getResponseBody()) {
        o.write("<html><body><p>first bytes".getBytes(StandardCharsets.UTF_8));
        o.flush();
        Thread.sleep(6_000);
      } catch (IOException | InterruptedException ignored) {
        // the client gave up, as it should
      }
    });
    server.createContext("/secret.html", ex -> {
      secretHits.incrementAndGet();
      byte[] body = "<html><body><p>internal only</p></body></html>".getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream o = ex.getResponseBody()) {
        o.write(body);
      }
    });
    server.createContext("/missing", ex -> {
      ex.sendResponseHeaders(404, -1);
      ex.close();
    });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "test-http");
      t.setDaemon(true);
      return t;
    }));
    server.start();
    base = "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static SourceLoader loader() {
    return new SourceLoader(new Limits(1L << 20, 2L << 20, 5000, true));
  }

  private static int port() {
    return server.getAddress().getPort();
  }

  @Test
  void aLoopbackUrlIsRefusedByDefaultAndNothingIsFetched() {
    int before = secretHits.get();
    SourceLoader strict = new SourceLoader(new Limits(1L << 20, 2L << 20, 5000));
    for (String host : new String[] {"127.0.0.1", "localhost", "[::1]", "[::ffff:127.0.0.1]", "2130706433",
        "0x7f000001", "127.1", "0.0.0.0"}) {
      RawDocument r = strict.load(Source.url("s", URI.create("http://" + host + ":" + port() + "/secret.html")));
      assertThat(r.error()).as(host).isNotNull();
      assertThat(r.bytes()).as(host).isEmpty();
    }
    RawDocument r = strict.load(Source.url("s", URI.create(base + "/secret.html")));
    assertThat(r.error()).contains("loopback").contains("--allow-private-urls");
    assertThat(secretHits.get()).isEqualTo(before);
  }

  @Test
  void everyRedirectHopIsJudgedAgain() {
    // the first hop (this port) passes as if public; the redirect's target is judged for real
    HttpServer other = null;
    try {
      other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      int target = other.getAddress().getPort();
      other.createContext("/", ex -> {
        ex.getResponseHeaders().add("Location", base + "/secret.html");
        ex.sendResponseHeaders(302, -1);
        ex.close();
      });
      other.start();
      UrlGuard firstHopOnly = uri -> uri.getPort() == target ? null : UrlGuard.PUBLIC_ONLY.refusal(uri);
      int before = secretHits.get();
      RawDocument r = new SourceLoader(new Limits(1L << 20, 2L << 20, 5000), firstHopOnly)
          .load(Source.url("s", URI.create("http://127.0.0.1:" + target + "/go")));
      assertThat(r.error()).startsWith("redirected to " + base + "/secret.html").contains("loopback");
      assertThat(secretHits.get()).isEqualTo(before);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      if (other != null) {
        other.stop(0);
      }
    }
  }

  @Test
  void redirectsAreFollowedAndALoopEnds() {
    RawDocument ok = loader().load(Source.url("h", URI.create(base + "/hop")));
    assertThat(ok.error()).isNull();
    assertThat(new String(ok.bytes(), StandardCharsets.UTF_8)).contains("Caf\u00E9");
    RawDocument loop = loader().load(Source.url("l", URI.create(base + "/loop")));
    assertThat(loop.error()).isEqualTo("more than " + SourceLoader.MAX_REDIRECTS + " redirects when fetching the URL");
  }

  @Test
  void aServerThatSendsHeadersThenStallsIsCutOffAtTheDeadline() {
    long t0 = System.nanoTime();
    RawDocument r = new SourceLoader(new Limits(1L << 20, 2L << 20, 1000, true))
        .load(Source.url("st", URI.create(base + "/stall")));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertThat(r.error()).contains("did not send the page within 1.0 s");
    assertThat(ms).isLessThan(4_000);
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
