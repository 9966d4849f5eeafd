package io.dossier.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
 * Loads a {@link Source}'s bytes: reads files or fetches URLs (only the ones the user gave),
 * enforces {@link Limits}, and inflates gzip (by magic number, not by name). Every failure
 * becomes a {@link RawDocument} with an error that says what to do. Thread-safe.
 */
public final class SourceLoader {
  private final Limits limits;
  private volatile HttpClient http;

  public SourceLoader(Limits limits) {
    this.limits = limits;
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
        HttpResponse<InputStream> r = client().send(
            HttpRequest.newBuilder(source.url()).timeout(Duration.ofMillis(limits.fetchTimeoutMillis()))
                .header("User-Agent", "Dossier/0.1 (+offline brief tool)").GET().build(),
            HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = r.body()) {
          if (r.statusCode() >= 400) {
            return RawDocument.failed(source, null, "HTTP " + r.statusCode() + " when fetching the URL");
          }
          raw = readCapped(in, limits.maxBytes());
        }
        contentType = r.headers().firstValue("Content-Type").orElse(null);
        if (raw == null) {
          return RawDocument.failed(source, null, "download is over the "
              + (limits.maxBytes() >> 20) + " MB limit for one document");
        }
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

  private HttpClient client() {
    HttpClient c = http;
    if (c == null) {
      synchronized (this) {
        if (http == null) {
          http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
              .connectTimeout(Duration.ofMillis(limits.fetchTimeoutMillis())).build();
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
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }

  private static String describe(Exception e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
