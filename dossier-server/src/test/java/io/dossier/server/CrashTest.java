package io.dossier.server;

import io.dossier.testing.FakeEmbedder;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dossier.store.DocumentStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability: the server runs as its own JVM, three clients stream uploads into it, and it is
 * killed with SIGKILL in the middle of the stream (twice). After a restart on the same directory every document
 * that was acknowledged with 201 is there with its text, and the database passes SQLite's
 * integrity check.
 */
class CrashTest {
  private static final Pattern SERVING = Pattern.compile("serving (http://\\S+/)");

  @TempDir
  Path dir;

  record Child(Process process, URI uri) {
  }

  Child startServer(Path data, String... extra) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-cp", System.getProperty("java.class.path"), ServerMain.class.getName(),
        "--port", "0", "--data", data.toString(), "--rate", "0", "--threads", "1"));
    cmd.addAll(List.of(extra));
    Process p = new ProcessBuilder(cmd).redirectError(dir.resolve("server-stderr.txt").toFile()).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    String line;
    while ((line = out.readLine()) != null) {
      Matcher m = SERVING.matcher(line);
      if (m.find()) {
        return new Child(p, URI.create(m.group(1)));
      }
      if (System.nanoTime() > end) {
        break;
      }
    }
    p.destroyForcibly();
    throw new AssertionError("the server did not start; see " + dir.resolve("server-stderr.txt"));
  }

  @Test
  void everyAcknowledgedDocumentSurvivesSigkillDuringAStreamOfUploads() throws Exception {
    Path data = dir.resolve("data");
    Map<String, String> acked = new ConcurrentHashMap<>(); // id -> a phrase of its text
    for (int cycle = 1; cycle <= 2; cycle++) {
      Child server = startServer(data);
      int before = acked.size();
      AtomicBoolean stop = new AtomicBoolean();
      List<Thread> clients = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        int client = t;
        int c = cycle;
        Thread th = new Thread(() -> {
          Http h = new Http(server.uri());
          for (int n = 0; !stop.get(); n++) {
            int k = c * 100_000 + client * 10_000 + n;
            try {
              Http.Reply r = h.upload("crash-" + k + ".html", ApiTest.article(k));
              if (r.status() == 201) {
                acked.put(r.json().get("id").asText(), "district " + k + " to cars");
              }
            } catch (Exception e) {
              return; // the server is gone: this upload was never acknowledged
            }
          }
        });
        th.start();
        clients.add(th);
      }
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (acked.size() < before + 40 && System.nanoTime() < end) {
        Thread.sleep(20);
      }
      server.process().destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no flush
      assertThat(server.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
      stop.set(true);
      for (Thread th : clients) {
        th.join(30_000);
      }
      assertThat(acked.size()).as("uploads acknowledged in cycle " + cycle).isGreaterThanOrEqualTo(before + 40);
    }

    Child again = startServer(data, "--no-background-embedding");
    try {
      Http h = new Http(again.uri());
      JsonNode list = h.get("/api/documents").json();
      Set<String> ids = new HashSet<>();
      list.forEach(d -> ids.add(d.get("id").asText()));
      assertThat(ids).containsAll(acked.keySet());
      int checked = 0;
      for (Map.Entry<String, String> e : acked.entrySet()) {
        if (checked++ % 7 == 0) {
          assertThat(h.get("/api/documents/" + e.getKey()).json().get("text").asText()).contains(e.getValue());
        }
      }
      assertThat(h.upload("after-restart.html", ApiTest.article(999_999)).status()).isEqualTo(201);
    } finally {
      again.process().destroyForcibly();
      again.process().waitFor(30, TimeUnit.SECONDS);
    }
    try (DocumentStore store = DocumentStore.open(data, new FakeEmbedder(),
        DocumentStore.Options.defaults().withBackgroundEmbedding(false))) {
      assertThat(store.integrityCheck()).isEqualTo("ok");
      assertThat(store.size()).isGreaterThanOrEqualTo(acked.size() + 1);
    }
  }
}
