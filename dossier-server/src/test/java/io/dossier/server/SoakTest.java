package io.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.store.DocumentStore;
import io.dossier.testing.FakeEmbedder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short soak, bounded in count and time, on loopback: clients list, read, upload, delete and
 * brief at once, with a second server on the same store taking uploads too. Nothing may answer
 * 5xx, nothing acknowledged may be lost, and the server must still answer. The long soak, with
 * its figures, is {@code bench/robustness.sh}.
 */
class SoakTest {
  /** Enough requests to interleave every kind many times; few enough for a CI run. */
  static final int REQUESTS_PER_CLIENT = 60;
  static final int CLIENTS = 4;
  static final long MAX_SECONDS = 60;

  @TempDir
  Path dir;

  @Test
  void mixedRequestsFromSeveralClientsAndTwoServersOnOneStoreNeverFail() throws Exception {
    DocumentStore.Options options = DocumentStore.Options.defaults();
    try (DocumentStore one = DocumentStore.open(dir, new FakeEmbedder(), options);
        DocumentStore two = DocumentStore.open(dir, new FakeEmbedder(), options);
        DossierServer a = new DossierServer(one, ServerConfig.loopback(0).withRate(0, 1)).start();
        DossierServer b = new DossierServer(two, ServerConfig.loopback(0).withRate(0, 1)).start()) {
      Http ha = new Http(a.uri());
      Http hb = new Http(b.uri());
      for (int i = 0; i < 4; i++) {
        assertThat(ha.upload("seed" + i + ".html", ApiTest.article(i)).status()).isEqualTo(201);
      }
      ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
      AtomicInteger requests = new AtomicInteger();
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(MAX_SECONDS);
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      List<Future<?>> clients = new ArrayList<>();
      for (int k = 0; k < CLIENTS; k++) {
        int client = k;
        clients.add(pool.submit(() -> {
          for (int i = 0; i < REQUESTS_PER_CLIENT && System.nanoTime() < end; i++) {
            Http h = (client + i) % 2 == 0 ? ha : hb;
            Http.Reply r;
            String name = "c" + client + "-" + i;
            switch (i % 6) {
              case 0, 1 -> r = h.get("/api/documents");
              case 2 -> r = h.get("/api/documents/seed" + (i % 4));
              case 3 -> {
                r = h.upload(name + ".txt", ("Soak " + name + "\n\nThe harbour reopened on day " + i
                    + " after the storm, the port authority said.\n").getBytes(StandardCharsets.UTF_8));
                if (r.status() == 201) {
                  acknowledged.add(r.json().get("id").asText());
                }
              }
              case 4 -> r = h.get("/api/status");
              default -> r = i % 12 == 5
                  ? h.postJson("/api/brief", "{\"question\": \"Why did the harbour close?\"}")
                  : h.get("/api/openapi.json");
            }
            requests.incrementAndGet();
            if (r.status() >= 500) {
              failures.add(r.status() + " " + r.body());
            }
          }
          return null;
        }));
      }
      for (Future<?> f : clients) {
        f.get();
      }
      pool.shutdown();
      assertThat(failures).isEmpty();
      assertThat(requests.get()).isGreaterThan(CLIENTS * 10);
      List<String> listed = new ArrayList<>();
      ha.get("/api/documents").json().forEach(d -> listed.add(d.get("id").asText()));
      assertThat(listed).containsAll(acknowledged);
      assertThat(hb.get("/api/status").status()).isEqualTo(200);
      assertThat(one.integrityCheck()).isEqualTo("ok");
    }
  }
}
