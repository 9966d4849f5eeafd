package io.dossier.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.dossier.model.Brief;
import io.dossier.model.Page;
import io.dossier.pipeline.Progress;
import io.dossier.render.BriefJson;
import io.dossier.render.BriefSchema;
import io.dossier.render.HtmlRenderer;
import io.dossier.render.MarkdownRenderer;
import io.dossier.store.AddResult;
import io.dossier.store.DocumentNames;
import io.dossier.store.DocumentStore;
import io.dossier.store.StoredDocument;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The local Dossier service: the HTTP API of {@code ../shared/spec/brief-json.md} over a
 * {@link DocumentStore}, and the web page, in one Javalin (Jetty) server. Every error is JSON
 * {@code {"error": ...}} with a fitting status. Uploads are bounded ({@code 413}), each client
 * is rate limited ({@code 429}), and when bound to loopback only loopback {@code Host} names
 * are served (no DNS rebinding) and a cross-site page cannot add or delete (its {@code Origin}
 * is refused). Lifecycle: {@link #start} once, {@link #stop} once; the store is the caller's.
 */
public final class DossierServer implements AutoCloseable {
  private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
  private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]", "::1");
  private static final String PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private final DocumentStore store;
  private final ServerConfig config;
  private final RateLimiter limiter;
  private final UploadBudget budget;
  private final BriefJobs jobs = new BriefJobs();
  /** When to come back after a 503: a large upload takes seconds to read and clean. */
  static final int BUSY_RETRY_SECONDS = 5;
  private final Map<String, Brief> briefs = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Brief> eldest) {
      return size() > 6;
    }
  };
  private Javalin app;

  public DossierServer(DocumentStore store, ServerConfig config) {
    this(store, config, UploadBudget.forHeap(config.maxUploadBytes()));
  }

  DossierServer(DocumentStore store, ServerConfig config, UploadBudget budget) {
    this.store = store;
    this.config = config;
    this.limiter = new RateLimiter(config.ratePerSecond(), config.rateBurst());
    this.budget = budget;
  }

  /** Starts listening; returns the server (its {@link #port} is the real one when 0 was asked). */
  public DossierServer start() {
    app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.http.maxRequestSize = Math.max(config.maxUploadBytes(), ServerConfig.MAX_JSON);
      cfg.http.prefer405over404 = false;
    });
    app.before(this::guard);
    app.get("/", ctx -> resource(ctx, "/web/index.html", "text/html; charset=utf-8"));
    app.get("/app.js", ctx -> resource(ctx, "/web/app.js", "text/javascript; charset=utf-8"));
    app.get("/app.css", ctx -> resource(ctx, "/web/app.css", "text/css; charset=utf-8"));
    app.get("/api/openapi.json", ctx -> resource(ctx, "/openapi.json", "application/json"));
    app.get("/api/brief.schema.json", ctx -> ctx.contentType("application/schema+json").result(BriefSchema.json()));
    app.get("/api/status", this::status);
    app.get("/api/documents", this::list);
    app.post("/api/documents", this::add);
    app.get("/api/documents/{id}", this::document);
    app.delete("/api/documents/{id}", this::delete);
    app.post("/api/brief", this::brief);
    app.post("/api/brief/jobs", this::startJob);
    app.get("/api/brief/jobs/{id}", this::jobStatus);
    app.get("/api/brief/jobs/{id}/brief", this::jobBrief);
    app.delete("/api/brief/jobs/{id}", this::cancelJob);
    app.get("/favicon.svg", ctx -> resource(ctx, "/web/favicon.svg", "image/svg+xml"));
    app.get("/favicon.ico", ctx -> resource(ctx, "/web/favicon.svg", "image/svg+xml"));
    app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
    app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
    app.exception(NoSuchElementException.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error (a bug; please report it): " + e));
    app.error(404, ctx -> {
      if (ctx.attribute("dossier.error") == null) {
        error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path() + " (GET /api/openapi.json lists them)");
      }
    });
    app.error(405, ctx -> {
      if (ctx.attribute("dossier.error") == null) {
        error(ctx, 405, "method " + ctx.method() + " is not allowed on " + ctx.path());
      }
    });
    app.start(config.host(), config.port());
    return this;
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  public URI uri() {
    String h = config.host().contains(":") && !config.host().startsWith("[") ? "[" + config.host() + "]" : config.host();
    return URI.create("http://" + h + ":" + port() + "/");
  }

  public void stop() {
    jobs.close();
    if (app != null) {
      app.stop();
    }
  }

  @Override
  public void close() {
    stop();
  }

  // ---- guards ------------------------------------------------------------------------------

  private void guard(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    if (config.loopbackOnly()) {
      String host = hostName(ctx.header("Host"));
      if (host == null || !LOOPBACK_NAMES.contains(host.toLowerCase(Locale.ROOT))) {
        throw new ApiError(403, "this service answers only to 127.0.0.1 or localhost (Host was \""
            + ctx.header("Host") + "\")");
      }
    }
    HandlerType m = ctx.method();
    if (m != HandlerType.GET && m != HandlerType.HEAD && m != HandlerType.OPTIONS) {
      String origin = ctx.header("Origin");
      if (origin != null && !origin.equals("null") && !sameOrigin(origin, ctx.header("Host"))) {
        throw new ApiError(403, "requests from another site (Origin " + origin + ") may not change the collection");
      }
      if (origin != null && origin.equals("null")) {
        throw new ApiError(403, "requests from an opaque origin may not change the collection");
      }
    }
    if (ctx.path().startsWith("/api/") && !limiter.allow(ctx.ip(), System.nanoTime())) {
      ctx.header("Retry-After", String.valueOf(limiter.retryAfterSeconds()));
      throw new ApiError(429, "too many requests: at most " + fmt(config.ratePerSecond())
          + " per second (bursts of " + config.rateBurst() + "); wait a moment and retry");
    }
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  private static boolean sameOrigin(String origin, String host) {
    try {
      URI o = URI.create(origin);
      String authority = o.getRawAuthority();
      return authority != null && host != null && authority.equalsIgnoreCase(host);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The name part of a Host header ({@code [::1]:8080} gives {@code [::1]}). */
  static String hostName(String hostHeader) {
    if (hostHeader == null || hostHeader.isBlank()) {
      return null;
    }
    String h = hostHeader.strip();
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end < 0 ? null : h.substring(0, end + 1);
    }
    int colon = h.indexOf(':');
    return colon < 0 ? h : h.substring(0, colon);
  }

  // ---- handlers ----------------------------------------------------------------------------

  private void status(Context ctx) {
    ObjectNode o = JSON.createObjectNode();
    o.put("documents", store.size());
    o.put("pendingEmbeddings", store.pendingEmbeddings());
    o.put("embeddingError", store.embeddingError());
    o.put("model", store.embedder().name());
    o.put("maxUploadBytes", config.maxUploadBytes());
    json(ctx, 200, o);
  }

  private void list(Context ctx) {
    ArrayNode a = JSON.createArrayNode();
    for (StoredDocument d : store.list()) {
      ObjectNode o = a.addObject();
      o.put("id", d.id());
      o.put("title", d.title());
      o.put("source", d.source());
      o.put("published", d.published() == null ? null : d.published().toString());
      ArrayNode flags = o.putArray("flags");
      d.flags().forEach(flags::add);
      o.put("error", d.error());
      o.put("sha256", d.sha256());
      o.put("added", d.added().toString());
      o.put("sentences", d.sentences());
      o.put("embedded", d.embedded());
    }
    json(ctx, 200, a);
  }

  private void document(Context ctx) {
    Page p = store.page(ctx.pathParam("id")).orElseThrow(() -> new ApiError(404,
        "no stored document has the id \"" + ctx.pathParam("id") + "\" (GET /api/documents lists them)"));
    json(ctx, 200, p);
  }

  private void delete(Context ctx) {
    if (!store.delete(ctx.pathParam("id"))) {
      throw new ApiError(404, "no stored document has the id \"" + ctx.pathParam("id") + "\"");
    }
    ctx.status(204);
  }

  private void add(Context ctx) {
    String name = ctx.queryParam("name");
    AddResult r;
    if (name != null) {
      r = upload(ctx, name);
    } else {
      String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
      if (!type.startsWith("application/json")) {
        throw new ApiError(400, "send either ?name=FILE with the raw file as the body, "
            + "or a JSON body {\"url\": \"https://...\"} with Content-Type: application/json");
      }
      JsonNode req = parseJson(body(ctx, ServerConfig.MAX_JSON, "the JSON body is over 64 KB"));
      JsonNode url = req.get("url");
      if (url == null || !url.isTextual()) {
        throw new ApiError(400, "the JSON body needs a \"url\" string, for example {\"url\": \"https://example.org/a.html\"}");
      }
      r = store.addUrl(url.asText());
    }
    ObjectNode o = JSON.createObjectNode();
    o.put("id", r.firstId());
    ArrayNode docs = o.putArray("documents");
    for (AddResult.Added a : r.documents()) {
      docs.addObject().put("id", a.id()).put("duplicate", a.duplicate()).put("error", a.error());
    }
    ctx.header("Location", "/api/documents/" + r.firstId());
    json(ctx, 201, o);
  }

  /**
   * An upload: its name checked, its share of the {@link UploadBudget} taken (503 when spent),
   * its body streamed to the store's staging directory (413 past the limit), then added.
   */
  private AddResult upload(Context ctx, String name) {
    DocumentNames.checkName(name);
    String tooBig = "the file is larger than the upload limit of " + mb(config.maxUploadBytes())
        + "; split it or start the server with a larger --max-upload-mb";
    long declared = ctx.req().getContentLengthLong();
    if (declared > config.maxUploadBytes()) {
      throw new ApiError(413, tooBig);
    }
    long need = declared >= 0 ? declared : config.maxUploadBytes();
    if (!budget.take(need)) {
      ctx.header("Retry-After", String.valueOf(BUSY_RETRY_SECONDS));
      throw new ApiError(503, "the server is busy with other large uploads (" + mb(budget.used()) + " of its "
          + mb(budget.total()) + " in progress); retry in a few seconds");
    }
    Path staging = null;
    try {
      staging = store.newStagingDirectory();
      Path file = staging.resolve(name);
      long size = stage(ctx, file, config.maxUploadBytes(), tooBig);
      if (size == 0) {
        throw new ApiError(400, "the upload is empty: send the file's bytes as the request body");
      }
      return store.addStaged(name, file);
    } catch (IOException e) {
      throw new ApiError(500, "could not stage the upload on the server's disk (" + e.getClass().getSimpleName()
          + "); is the data directory full?");
    } catch (OutOfMemoryError e) {
      ctx.header("Retry-After", String.valueOf(BUSY_RETRY_SECONDS));
      throw new ApiError(503, "the server ran out of memory reading this upload; retry later or send a smaller file");
    } finally {
      budget.give(need);
      DocumentStore.discardStaging(staging);
    }
  }

  /** Streams the request body to {@code file}: at most {@code max} bytes (413 past that); returns the size. */
  private static long stage(Context ctx, Path file, long max, String tooBig) throws IOException {
    try (InputStream in = ctx.req().getInputStream(); var out = Files.newOutputStream(file)) {
      return copyCapped(in, out, max, tooBig);
    }
  }

  /** Copies {@code in} to {@code out}, at most {@code max} bytes (413 past that); returns the count. */
  private static long copyCapped(InputStream in, java.io.OutputStream out, long max, String tooBig) throws IOException {
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > max) {
        throw new ApiError(413, tooBig);
      }
      out.write(buf, 0, n);
    }
    return total;
  }

  private void brief(Context ctx) throws IOException {
    String format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format").toLowerCase(Locale.ROOT);
    if (!Set.of("json", "md", "html").contains(format)) {
      throw new ApiError(400, "format must be json, md or html");
    }
    BriefRequest r = briefRequest(ctx);
    Brief b = cachedBrief(r.question(), r.ids(), Progress.NONE);
    switch (format) {
      case "md" -> {
        ctx.header("Content-Disposition", "attachment; filename=\"brief.md\"");
        ctx.contentType("text/markdown; charset=utf-8").result(new MarkdownRenderer().render(b));
      }
      case "html" -> {
        ctx.header("Content-Disposition", "attachment; filename=\"brief.html\"");
        // The brief is a self-contained page with its own style and no script.
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
        ctx.contentType("text/html; charset=utf-8");
        // streamed: the page holds the cited sources' whole texts
        try (var w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(ctx.outputStream(),
            StandardCharsets.UTF_8), 1 << 16)) {
          new HtmlRenderer().render(b, w);
        }
      }
      default -> {
        ctx.contentType("application/json");
        try (var o = new java.io.BufferedOutputStream(ctx.outputStream(), 1 << 16)) {
          BriefJson.write(b, o);
        }
      }
    }
  }

  /** What a brief is asked for: the question (null to infer it) and the documents (empty: all). */
  private record BriefRequest(String question, List<String> ids) {
  }

  private static BriefRequest briefRequest(Context ctx) {
    byte[] raw = body(ctx, ServerConfig.MAX_JSON, "the JSON body is over 64 KB");
    JsonNode req = raw.length == 0 ? JSON.createObjectNode() : parseJson(raw);
    if (!req.isObject()) {
      throw new ApiError(400, "the body must be a JSON object {\"question\": \"...\", \"documents\": [\"id\", ...]}");
    }
    String question = null;
    JsonNode q = req.get("question");
    if (q != null && !q.isNull()) {
      if (!q.isTextual()) {
        throw new ApiError(400, "\"question\" must be a string (or left out to infer it)");
      }
      question = q.asText().isBlank() ? null : q.asText().strip();
      if (question != null && question.length() > 1000) {
        throw new ApiError(400, "the question is longer than 1000 characters");
      }
    }
    List<String> ids = new ArrayList<>();
    JsonNode d = req.get("documents");
    if (d != null && !d.isNull()) {
      if (!d.isArray()) {
        throw new ApiError(400, "\"documents\" must be an array of document ids");
      }
      for (JsonNode id : d) {
        if (!id.isTextual()) {
          throw new ApiError(400, "\"documents\" must hold document ids (strings)");
        }
        ids.add(id.asText());
      }
    }
    return new BriefRequest(question, ids);
  }

  /** Starts a brief in the background: 202 with the job, whose progress GET /api/brief/jobs/{id} tells. */
  private void startJob(Context ctx) {
    BriefRequest r = briefRequest(ctx);
    BriefJobs.Job job = jobs.submit(progress -> cachedBrief(r.question(), r.ids(), progress));
    ctx.header("Location", "/api/brief/jobs/" + job.id);
    json(ctx, 202, job.snapshot());
  }

  private BriefJobs.Job job(Context ctx) {
    return jobs.get(ctx.pathParam("id")).orElseThrow(() -> new ApiError(404,
        "no brief job has the id \"" + ctx.pathParam("id") + "\" (jobs are kept for the last " + BriefJobs.KEPT
            + " briefs)"));
  }

  private void jobStatus(Context ctx) {
    json(ctx, 200, job(ctx).snapshot());
  }

  private void jobBrief(Context ctx) throws IOException {
    BriefJobs.Job job = job(ctx);
    BriefJobs.Snapshot s = job.snapshot();
    switch (s.state()) {
      case DONE -> {
        ctx.contentType("application/json");
        try (var o = new java.io.BufferedOutputStream(ctx.outputStream(), 1 << 16)) {
          BriefJson.write(job.brief(), o);
        }
      }
      case FAILED -> throw new ApiError(400, "no brief: " + s.error());
      case CANCELLED -> throw new ApiError(409, "the brief was cancelled");
      default -> throw new ApiError(409, "the brief is not ready yet (" + s.state().name().toLowerCase(Locale.ROOT)
          + "); GET /api/brief/jobs/" + job.id + " tells its progress");
    }
  }

  private void cancelJob(Context ctx) {
    BriefJobs.Job job = job(ctx);
    jobs.cancel(job.id);
    json(ctx, 202, job.snapshot());
  }

  /** Downloads of the brief just shown reuse it instead of making it again. */
  private Brief cachedBrief(String question, List<String> ids, Progress progress) {
    String key = store.version() + "\n" + (question == null ? "\u0000" : question) + "\n" + String.join("\n", ids);
    synchronized (briefs) {
      Brief b = briefs.get(key);
      if (b != null) {
        return b;
      }
    }
    Brief b;
    try {
      b = store.brief(question, ids, progress);
    } catch (IllegalStateException e) {
      throw new ApiError(400, e.getMessage());
    }
    synchronized (briefs) {
      briefs.put(key, b);
    }
    return b;
  }

  // ---- helpers -----------------------------------------------------------------------------

  private static JsonNode parseJson(byte[] body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new ApiError(400, "the body is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  /** The request body, at most {@code max} bytes; 413 past that (by Content-Length or while reading). */
  private static byte[] body(Context ctx, long max, String tooBig) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > max) {
      throw new ApiError(413, tooBig);
    }
    try (InputStream in = ctx.req().getInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
      copyCapped(in, out, max, tooBig);
      return out.toByteArray();
    } catch (IOException e) {
      throw new ApiError(400, "could not read the request body: " + e.getMessage());
    }
  }

  private static String mb(long bytes) {
    return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : bytes + " bytes";
  }

  private static void json(Context ctx, int status, Object body) {
    try {
      ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void error(Context ctx, int status, String message) {
    ctx.attribute("dossier.error", Boolean.TRUE);
    ObjectNode o = JSON.createObjectNode();
    o.put("error", message == null ? "error " + status : message);
    json(ctx, status, o);
  }

  private static void resource(Context ctx, String name, String type) throws IOException {
    try (InputStream in = DossierServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new ApiError(500, name + " is missing from the server's jar (a packaging bug)");
      }
      if (type.startsWith("text/html")) {
        ctx.header("Content-Security-Policy", PAGE_CSP);
      }
      ctx.header("Cache-Control", "no-cache");
      ctx.contentType(type).result(in.readAllBytes());
    }
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
