package io.dossier.ingest.warc;

import io.dossier.ingest.Limits;
import io.dossier.ingest.RawDocument;
import io.dossier.ingest.Source;
import io.dossier.ingest.SourceLoader;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Splits a WARC file ({@code .warc} or {@code .warc.gz}, read with jwarc) into documents:
 * every {@code response} record with a successful HTTP status and an HTML, XHTML or
 * plain-text payload, and every {@code resource} record of those types, becomes one
 * {@link WarcDocument}; requests, metadata, redirects, images and scripts are skipped.
 * Chunked and gzip/deflate-encoded HTTP bodies are decoded.
 *
 * <p>A record that is truncated or malformed gives one document with an error (saying where:
 * file and byte offset) and ends the split, since the records after it cannot be found
 * reliably; the documents read before it are kept. A payload over
 * {@link Limits#maxInflatedBytes()} gives a per-record error, and so does every page once the
 * archive's pages pass {@link Limits#maxArchiveBytes()} in all. Never throws for bad input.
 *
 * <p>Quirk: jwarc closes a record's body when the next record is read, so each payload is
 * copied out before moving on. Stateless and thread-safe.
 */
public final class WarcSplitter {
  private final Limits limits;

  public WarcSplitter(Limits limits) {
    this.limits = limits;
  }

  public WarcSplitter() {
    this(Limits.DEFAULT);
  }

  /** Splits a WARC already in memory (gzipped or not). */
  public List<WarcDocument> split(Source source, byte[] warc) {
    try {
      return split(source, new ByteArrayInputStream(warc));
    } catch (IOException e) {
      return List.of(failed(source, 0, 0, "cannot read WARC: " + describe(e)));
    }
  }

  /** Splits a WARC file, streaming it from disk, so large archives need not fit in memory. */
  public List<WarcDocument> split(Source source, Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return split(source, in);
    } catch (IOException e) {
      return List.of(failed(source, 0, 0, "cannot read WARC: " + describe(e)));
    }
  }

  private List<WarcDocument> split(Source source, InputStream in) throws IOException {
    List<WarcDocument> out = new ArrayList<>();
    long[] kept = {0};
    int n = 0;
    long offset = 0;
    try (WarcReader reader = new WarcReader(in)) {
      boolean first = true;
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          // Quirk: jwarc's position() is the start of the last record it read, so a record
          // that cannot even be parsed is placed after its predecessor.
          out.add(failed(source, ++n, offset, (first ? "malformed WARC record at byte " + offset
              : "malformed WARC record after the record at byte " + offset) + ": " + describe(e)));
          return out;
        }
        if (next.isEmpty()) {
          return out;
        }
        first = false;
        offset = reader.position();
        WarcRecord record = next.get();
        try {
          WarcDocument d = document(source, record, n + 1, offset, kept);
          if (d != null) {
            n++;
            out.add(d);
          }
        } catch (IOException | RuntimeException e) {
          out.add(failed(source, ++n, offset, "truncated or malformed WARC record at byte " + offset
              + ": " + describe(e)));
          return out;
        }
      }
    } catch (IOException | RuntimeException e) {
      // Opening the reader (or closing it) failed: not a WARC, or a broken gzip header.
      if (out.isEmpty()) {
        out.add(failed(source, 1, offset, "not a readable WARC file: " + describe(e)));
      }
      return out;
    }
  }

  /** The record as a document, or null when it is not a page (request, metadata, image...). */
  private WarcDocument document(Source source, WarcRecord record, int n, long offset, long[] kept)
      throws IOException {
    URI target = null;
    String contentType;
    byte[] bytes;
    if (record instanceof WarcResponse r) {
      target = safeTarget(r.target());
      MediaType recordType = r.contentType();
      if (recordType == null || !recordType.base().equals(MediaType.HTTP_RESPONSE.base())) {
        return null; // a response in another protocol (gemini, dns)
      }
      HttpResponse http = r.http();
      if (http.status() < 200 || http.status() >= 300) {
        return null; // redirects and errors carry no article
      }
      contentType = http.headers().first("Content-Type").orElse(null);
      if (!isPage(contentType)) {
        return null;
      }
      bytes = copy(http.bodyDecoded().stream(), limits.maxArchiveBytes() - kept[0]);
    } else if (record instanceof WarcResource r) {
      target = safeTarget(r.target());
      contentType = r.headers().first("Content-Type").orElse(null);
      if (!isPage(contentType)) {
        return null;
      }
      bytes = copy(r.body().stream(), limits.maxArchiveBytes() - kept[0]);
    } else {
      return null;
    }
    Source s = new Source(source.id() + "-" + String.format(Locale.ROOT, "%03d", n),
        source.location() + "#" + offset, null, target, null);
    if (bytes == null) {
      return new WarcDocument(RawDocument.failed(s, null, "WARC record payload is over the "
          + (limits.maxInflatedBytes() >> 20) + " MB limit for one document"), target, date(record), offset);
    }
    if (bytes == OVER_ARCHIVE) {
      return new WarcDocument(RawDocument.failed(s, null, "the archive's pages pass "
          + (limits.maxArchiveBytes() >> 20) + " MB in all, the limit for one archive: this record is not read "
          + "(split the archive, or use 'dossier spark')"), target, date(record),
          offset);
    }
    kept[0] += bytes.length;
    RawDocument raw = new RawDocument(s, bytes, SourceLoader.sha256(bytes), contentType, null);
    return new WarcDocument(raw, target, date(record), offset);
  }

  /** Marks a payload that would pass what is left of the archive's total. */
  private static final byte[] OVER_ARCHIVE = new byte[0];

  /**
   * The payload, streamed; null when it passes the per-record limit, {@link #OVER_ARCHIVE} when
   * it passes {@code archiveLeft}. Either way no more than the limit is ever held.
   */
  private byte[] copy(InputStream body, long archiveLeft) throws IOException {
    byte[] buf = new byte[64 * 1024];
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    long total = 0;
    int k;
    while ((k = body.read(buf)) > 0) {
      total += k;
      if (total > limits.maxInflatedBytes()) {
        return null;
      }
      if (total > archiveLeft) {
        return OVER_ARCHIVE;
      }
      out.write(buf, 0, k);
    }
    return out.toByteArray();
  }

  /** HTML, XHTML or plain text; a missing type is let through and sniffed later. */
  static boolean isPage(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return true;
    }
    String t = contentType.toLowerCase(Locale.ROOT);
    return t.startsWith("text/html") || t.startsWith("application/xhtml") || t.startsWith("text/plain");
  }

  private static Instant date(WarcRecord r) {
    try {
      return r.date();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static URI safeTarget(String target) {
    if (target == null) {
      return null;
    }
    try {
      return URI.create(target.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static WarcDocument failed(Source source, int n, long offset, String why) {
    Source s = new Source(source.id() + "-" + String.format(Locale.ROOT, "%03d", n),
        source.location() + "#" + offset, null, null, why);
    return new WarcDocument(RawDocument.failed(s, null, why), null, null, offset);
  }

  private static String describe(Throwable e) {
    if (e instanceof EOFException) {
      return "the file ends in the middle of a record (truncated download?)";
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
