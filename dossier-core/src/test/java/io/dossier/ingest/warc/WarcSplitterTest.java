package io.dossier.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.ingest.Source;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcSplitterTest {
  private static final String PAGE = "<html><head><title>T</title></head><body><p>Hello from the archive.</p></body></html>";
  private final WarcSplitter splitter = new WarcSplitter();
  private final Source source = Source.file("crawl", Path.of("crawl.warc"));

  /** A WARC record with the given headers and block, as a crawler writes it. */
  static byte[] record(String type, String uri, String contentType, byte[] block) {
    String head = "WARC/1.0\r\n"
        + "WARC-Type: " + type + "\r\n"
        + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(block) + ">\r\n"
        + "WARC-Date: 2024-03-05T10:00:00Z\r\n"
        + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
        + "Content-Type: " + contentType + "\r\n"
        + "Content-Length: " + block.length + "\r\n\r\n";
    return concat(head.getBytes(StandardCharsets.ISO_8859_1), block, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
  }

  static byte[] http(String status, String contentType, String extraHeaders, byte[] body) {
    String head = "HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\n" + extraHeaders
        + "Content-Length: " + body.length + "\r\n\r\n";
    return concat(head.getBytes(StandardCharsets.ISO_8859_1), body);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(out)) {
      g.write(b);
    }
    return out.toByteArray();
  }

  static byte[] sampleWarc() throws IOException {
    byte[] html = PAGE.getBytes(StandardCharsets.UTF_8);
    return concat(
        record("warcinfo", null, "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.UTF_8)),
        record("request", "https://example.org/a", "application/http;msgtype=request",
            "GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)),
        record("response", "https://example.org/a", "application/http;msgtype=response",
            http("200 OK", "text/html; charset=utf-8", "", html)),
        record("response", "https://example.org/logo.png", "application/http;msgtype=response",
            http("200 OK", "image/png", "", new byte[] {(byte) 0x89, 'P', 'N', 'G'})),
        record("response", "https://example.org/old", "application/http;msgtype=response",
            http("301 Moved Permanently", "text/html", "Location: /a\r\n", new byte[0])),
        record("response", "https://example.org/b", "application/http;msgtype=response",
            http("200 OK", "text/html", "Content-Encoding: gzip\r\n", gzip(html))),
        record("resource", "https://example.org/notes.txt", "text/plain",
            "Plain notes.".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void eachHtmlOrTextResponseBecomesOneDocument() throws IOException {
    List<WarcDocument> docs = splitter.split(source, sampleWarc());
    assertThat(docs).hasSize(3);
    assertThat(docs).allSatisfy(d -> assertThat(d.raw().error()).isNull());
    assertThat(docs.get(0).target()).isEqualTo(URI.create("https://example.org/a"));
    assertThat(docs.get(0).date()).isEqualTo(Instant.parse("2024-03-05T10:00:00Z"));
    assertThat(new String(docs.get(0).raw().bytes(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    assertThat(docs.get(0).raw().source().location()).startsWith("crawl.warc#");
    assertThat(docs.get(0).raw().source().id()).isEqualTo("crawl-001");
    // Content-Encoding: gzip is undone.
    assertThat(new String(docs.get(1).raw().bytes(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    assertThat(new String(docs.get(2).raw().bytes(), StandardCharsets.UTF_8)).isEqualTo("Plain notes.");
  }

  @Test
  void aGzipBombOfBigRecordsStopsAtTheArchivesTotalAndKeepsWhatCameBefore() throws IOException {
    // 1 MB per document, 2 MB inflated per record, so 8 MB for the whole archive
    WarcSplitter small = new WarcSplitter(new io.dossier.ingest.Limits(1L << 20, 2L << 20, 1000));
    byte[] body = new byte[(int) (1.5 * (1 << 20))];
    java.util.Arrays.fill(body, (byte) 'a');
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    for (int i = 0; i < 12; i++) {
      body[0] = (byte) ('a' + i); // distinct records
      warc.writeBytes(gzip(record("resource", "https://example.org/" + i, "text/plain", body)));
    }
    byte[] gz = warc.toByteArray();
    assertThat(gz.length).isLessThan(1 << 20); // small on disk, 18 MB inflated
    List<WarcDocument> docs = small.split(source, gz);
    assertThat(docs).hasSize(12);
    assertThat(docs.subList(0, 5)).allSatisfy(d -> assertThat(d.raw().error()).isNull());
    assertThat(docs.subList(5, 12)).allSatisfy(d -> assertThat(d.raw().error())
        .contains("8 MB in all, the limit for one archive").contains("dossier spark"));
    assertThat(docs.subList(5, 12)).allSatisfy(d -> assertThat(d.raw().bytes()).isEmpty());
  }

  @Test
  void eachDocumentIsLocatedAtItsOwnRecordsByteOffset() throws IOException {
    byte[] warc = sampleWarc();
    String s = new String(warc, StandardCharsets.ISO_8859_1);
    List<WarcDocument> docs = splitter.split(source, warc);
    int a = s.indexOf("WARC-Target-URI: https://example.org/a\r\nContent-Type: application/http;msgtype=response");
    int b = s.indexOf("WARC-Target-URI: https://example.org/b");
    int notes = s.indexOf("WARC-Target-URI: https://example.org/notes.txt");
    long[] starts = {s.lastIndexOf("WARC/1.0", a), s.lastIndexOf("WARC/1.0", b), s.lastIndexOf("WARC/1.0", notes)};
    for (int i = 0; i < 3; i++) {
      assertThat(docs.get(i).offset()).isEqualTo(starts[i]);
      assertThat(docs.get(i).raw().source().location()).isEqualTo("crawl.warc#" + starts[i]);
    }
  }

  @Test
  void gzippedWarcsWithOneMemberPerRecordAreRead(@TempDir Path dir) throws IOException {
    byte[] warc = sampleWarc();
    // Split the sample at record boundaries and gzip each record, as .warc.gz files are made.
    String s = new String(warc, StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int from = 0;
    while (from < s.length()) {
      int next = s.indexOf("WARC/1.0\r\n", from + 1);
      int end = next < 0 ? s.length() : next;
      out.writeBytes(gzip(Arrays.copyOfRange(warc, from, end)));
      from = end;
    }
    Path f = dir.resolve("crawl.warc.gz");
    Files.write(f, out.toByteArray());
    List<WarcDocument> docs = splitter.split(Source.file("crawl", f), f);
    assertThat(docs).hasSize(3).allSatisfy(d -> assertThat(d.raw().error()).isNull());
  }

  @Test
  void aTruncatedWarcKeepsTheRecordsBeforeTheCutAndReportsTheRest() throws IOException {
    byte[] warc = sampleWarc();
    // Cut inside the last record's block, as an interrupted download leaves it.
    byte[] truncated = Arrays.copyOf(warc, warc.length - 30);
    List<WarcDocument> docs = splitter.split(source, truncated);
    assertThat(docs).isNotEmpty();
    assertThat(docs.get(0).raw().error()).isNull();
    assertThat(docs.get(docs.size() - 1).raw().error()).isNotNull().contains("byte");
  }

  @Test
  void aTruncatedGzipOrGarbageGivesAnErrorNotAnException() throws IOException {
    byte[] gz = gzip(sampleWarc());
    for (byte[] bad : List.of(Arrays.copyOf(gz, gz.length / 2), "not a warc at all".getBytes(StandardCharsets.UTF_8),
        new byte[0], new byte[] {0x1f, (byte) 0x8b, 8})) {
      List<WarcDocument> docs = splitter.split(source, bad);
      assertThat(docs).allSatisfy(d -> assertThat(d.raw()).isNotNull());
      if (bad.length < 10) {
        continue;
      }
      assertThat(docs).isNotEmpty();
      assertThat(docs.get(docs.size() - 1).raw().error()).isNotNull();
    }
  }

  @Test
  void aMissingFileIsAnError(@TempDir Path dir) {
    List<WarcDocument> docs = splitter.split(source, dir.resolve("missing.warc"));
    assertThat(docs).singleElement().satisfies(d -> assertThat(d.raw().error()).contains("cannot read"));
  }
}
