package io.dossier.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

/**
 * Loads a {@link Source}'s bytes: reads files or fetches URLs (only the ones the user gave, and
 * only public addresses unless allowed: {@link UrlGuard}, judged at every redirect hop),
 * enforces {@link Limits} (size while the body streams, one deadline for the whole fetch), and
 * inflates gzip (by magic number, not by name). Every failure
 * becomes a {@link RawDocument} with an error that says what to do. Thread-safe.
 */
public final class SourceLoader {
  /** Browsers stop at 20; a page that needs more than 5 hops is rare and a loop is likelier. */
  static final int MAX_REDIRECTS = 5;
  /** A host that takes over 10 s to accept a connection is down for our purposes. */
  static final int MAX_CONNECT_MILLIS = 10_000;
  private final Limits limits;
  private final UrlGuard guard;
  private volatile HttpClient http;

  public SourceLoader(Limits limits) {
    this(limits, limits.urlGuard());
  }

  /** A loader whose URL fetches are judged by {@code guard} (tests judge hops by port). */
  SourceLoader(Limits limits, UrlGuard guard) {
    this.limits = limits;
    this.guard = guard;
  }

  public RawDocument load(Source source) {
    if (source.error() != null) {
      return RawDocument.failed(source, null, source.error());
    }
    byte[] raw;
    String contentType = null;
    try {
      if (source.path() != null) {
        if (!Files.exists(source.path())) {
          return RawDocument.failed(source, null, "no such file");
        }
        if (Files.isDirectory(source.path())) {
          return RawDocument.failed(source, null, "cannot read a directory as a document");
        }
        if (!Files.isRegularFile(source.path())) {
          return RawDocument.failed(source, null, "cannot read: not a regular file (a pipe, device or socket)");
        }
        long size = Files.size(source.path());
        if (size > limits.maxBytes()) {
          return RawDocument.failed(source, null, String.format(
              "file is %.1f MB, over the %d MB limit for one document; split it or raise --max-mb",
              size / 1e6, limits.maxBytes() >> 20));
        }
        raw = Files.readAllBytes(source.path());
      } else {
        Fetched f = fetch(source.url());
        if (f.error() != null) {
          return RawDocument.failed(source, null, f.error());
        }
        raw = f.body();
        contentType = f.contentType();
      }
    } catch (NoSuchFileException e) {
      return RawDocument.failed(source, null, "no such file");
    } catch (IOException | SecurityException e) {
      return RawDocument.failed(source, null, "cannot read: " + describe(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return RawDocument.failed(source, null, "interrupted while fetching");
    } catch (IllegalArgumentException e) {
      return RawDocument.failed(source, null, "cannot fetch: " + e.getMessage());
    }
    String sha = sha256(raw);
    if (isGzip(raw)) {
      try {
        byte[] inflated = readCapped(new GZIPInputStream(new java.io.ByteArrayInputStream(raw)),
            limits.maxInflatedBytes());
        if (inflated == null) {
          return RawDocument.failed(source, sha, "gzip inflates past the "
              + (limits.maxInflatedBytes() >> 20) + " MB limit for one document");
        }
        raw = inflated;
      } catch (IOException e) {
        return RawDocument.failed(source, sha, "broken gzip: " + describe(e));
      }
    }
    return new RawDocument(source, raw, sha, contentType, null);
  }

  /** What a fetch gave: the body and its content type, or an error. */
  private record Fetched(byte[] body, String contentType, String error) {
    static Fetched failed(String error) {
      return new Fetched(null, null, error);
    }
  }

  /**
   * Fetches {@code url}, following at most {@link #MAX_REDIRECTS} redirects by hand so that the
   * {@link UrlGuard} judges every hop; the whole fetch (connect, headers, body, every hop) ends
   * by the deadline, and the body is counted while it streams.
   */
  private Fetched fetch(URI url) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + limits.fetchTimeoutMillis() * 1_000_000L;
    URI uri = url;
    for (int hop = 0; ; hop++) {
      String refusal = guard.refusal(uri);
      if (refusal != null) {
        return Fetched.failed(hop == 0 ? refusal : "redirected to " + uri + ": " + refusal);
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return Fetched.failed(timedOut());
      }
      HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofNanos(left))
          .header("User-Agent", "Dossier/0.1 (+offline brief tool)").GET().build();
      CompletableFuture<HttpResponse<byte[]>> pending = client().sendAsync(request, info ->
          isRedirect(info.statusCode()) || info.statusCode() >= 400
              ? HttpResponse.BodySubscribers.replacing(null)
              : new CappedBody(limits.maxBytes()));
      HttpResponse<byte[]> r;
      try {
        r = pending.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        pending.cancel(true);
        return Fetched.failed(timedOut());
      } catch (InterruptedException e) {
        pending.cancel(true);
        throw e;
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof CappedBody.TooBig) {
          return Fetched.failed("download is over the " + (limits.maxBytes() >> 20) + " MB limit for one document");
        }
        if (cause instanceof java.net.http.HttpTimeoutException) {
          return Fetched.failed(timedOut());
        }
        if (cause instanceof IOException io) {
          throw io;
        }
        if (cause instanceof IllegalArgumentException iae) {
          throw iae;
        }
        throw new IOException(cause == null ? "fetch failed" : cause.toString(), cause);
      }
      int status = r.statusCode();
      if (isRedirect(status)) {
        String location = r.headers().firstValue("Location").orElse(null);
        if (location == null) {
          return Fetched.failed("HTTP " + status + " redirect without a Location when fetching the URL");
        }
        if (hop >= MAX_REDIRECTS) {
          return Fetched.failed("more than " + MAX_REDIRECTS + " redirects when fetching the URL");
        }
        URI next = uri.resolve(location.strip());
        String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
          return Fetched.failed("redirected to " + next + ", which is not an http(s) URL");
        }
        uri = next;
        continue;
      }
      if (status >= 400) {
        return Fetched.failed("HTTP " + status + " when fetching the URL");
      }
      return new Fetched(r.body(), r.headers().firstValue("Content-Type").orElse(null), null);
    }
  }

  private String timedOut() {
    return "the server did not send the page within " + limits.fetchTimeoutMillis() / 1000.0
        + " s (connect, headers and body); try again or download it yourself";
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /** A body collected while it streams, refused (and the exchange cancelled) once it passes {@code cap} bytes. */
  private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    static final class TooBig extends IOException {
      TooBig() {
        super("over the size limit", null);
      }
    }

    private final long cap;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    CappedBody(long cap) {
      this.cap = cap;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      for (ByteBuffer b : items) {
        if (out.size() + (long) b.remaining() > cap) {
          subscription.cancel();
          result.completeExceptionally(new TooBig());
          return;
        }
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        out.write(chunk, 0, chunk.length);
      }
      subscription.request(1);
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(out.toByteArray());
    }
  }

  private HttpClient client() {
    HttpClient c = http;
    if (c == null) {
      synchronized (this) {
        if (http == null) {
          http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(Duration.ofMillis(Math.min(limits.fetchTimeoutMillis(), MAX_CONNECT_MILLIS))).build();
        }
        c = http;
      }
    }
    return c;
  }

  static boolean isGzip(byte[] b) {
    return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
  }

  /** Reads at most {@code cap} bytes; returns null when the stream has more. */
  static byte[] readCapped(InputStream in, long cap) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > cap) {
        return null;
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  public static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(sha256Digest().digest(bytes));
  }

  /** The SHA-256 of a stream's bytes, read to its end (an upload staged on disk, without holding it). */
  public static String sha256(InputStream in) throws IOException {
    MessageDigest md = sha256Digest();
    byte[] buf = new byte[64 * 1024];
    int n;
    while ((n = in.read(buf)) > 0) {
      md.update(buf, 0, n);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }

  private static String describe(Exception e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
