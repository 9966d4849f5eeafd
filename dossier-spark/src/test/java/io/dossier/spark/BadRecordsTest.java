package io.dossier.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyse job over a directory of bad inputs next to good ones, on local[2]: a WARC whose
 * second record is cut off, a file over the size limit, a binary file, a gzipped text with
 * undecodable bytes, and good articles. The job finishes, writes the good documents with
 * their sentences and vectors, and reports each bad one with its source (and the WARC
 * record's byte offset).
 */
class BadRecordsTest {
  static final String ARTICLE = """
      Councils close city centres to cars

      The council voted on Tuesday to close the old town to private cars from next spring, after two years of trials.
      Shop owners said the trial had brought more people on foot, and that their takings had risen since the streets were closed.
      Critics said that deliveries and disabled drivers would suffer, and asked the council to keep one lane open for them.
      The mayor said buses would run every five minutes and that the car parks at the edge of town would stay free.
      """;
  static final String PAGE = "<html><head><title>Trams return to the old town</title></head><body><article>"
      + "<h1>Trams return to the old town</h1>"
      + "<p>The first tram in sixty years ran through the old town on Monday, carrying the mayor and two hundred passengers.</p>"
      + "<p>Engineers said the line had been finished three months early and would carry ten thousand people a day.</p>"
      + "</article></body></html>";

  @TempDir
  static Path dir;
  static JobReport report;
  static Path out;

  @BeforeAll
  static void runTheJob() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a-good.txt"), ARTICLE);
    byte[] html = PAGE.getBytes(StandardCharsets.UTF_8);
    byte[] good = record(http(html));
    byte[] cut = record(http(html));
    byte[] warc = concat(good, java.util.Arrays.copyOf(cut, cut.length / 2));
    Files.write(in.resolve("b-crawl.warc"), warc);
    Files.write(in.resolve("c-huge.txt"), ARTICLE.repeat(4000).getBytes(StandardCharsets.UTF_8)); // ~2 MB
    byte[] png = new byte[4096];
    byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    System.arraycopy(magic, 0, png, 0, magic.length);
    Files.write(in.resolve("d-image.txt"), png);
    byte[] nul = new byte[2048];
    nul[7] = 'x';
    Files.write(in.resolve("e-nul.txt"), nul);
    byte[] gz = gzip(ARTICLE.getBytes(StandardCharsets.UTF_8));
    Files.write(in.resolve("f-broken.txt.gz"), java.util.Arrays.copyOf(gz, gz.length / 2));
    out = dir.resolve("ds");
    AnalyseSettings s = new AnalyseSettings(List.of(in.toString()), out.toString(), EmbedMode.ALL,
        HashEmbedder.class.getName(), 2, 1L << 20, 3, true, 0);
    report = new AnalyseJob(LocalSpark.session()).run(s);
    goodOffset = 0;
    cutOffset = good.length;
  }

  static long goodOffset;
  static long cutOffset;

  @Test
  void theJobCountsEachBadInputWithItsSourceAndOffset() {
    Map<String, JobReport.Problem> byId = report.problems().stream()
        .collect(Collectors.toMap(JobReport.Problem::id, Function.identity()));
    assertThat(report.files()).isEqualTo(6);
    assertThat(report.bad()).isEqualTo(5);
    assertThat(report.byCategory()).containsEntry("malformed-warc", 1L).containsEntry("too-large", 1L)
        .containsEntry("binary-or-undecodable", 2L).containsEntry("broken-gzip", 1L);
    assertThat(byId.get("f-broken").reason()).startsWith("broken gzip");
    JobReport.Problem warc = byId.get("b-crawl-002");
    assertThat(warc.category()).isEqualTo("malformed-warc");
    assertThat(warc.file()).endsWith("b-crawl.warc");
    assertThat(warc.offset()).isEqualTo(cutOffset);
    assertThat(warc.reason()).contains("byte " + cutOffset);
    assertThat(byId.get("c-huge").source()).endsWith("c-huge.txt");
    assertThat(byId.get("c-huge").reason()).contains("over the 1 MB limit");
    assertThat(byId.get("d-image").reason()).contains("binary file (PNG");
    assertThat(byId.get("e-nul").reason()).contains("binary");
    assertThat(report.toJson()).contains("\"offset\" : " + cutOffset);
  }

  @Test
  void theGoodDocumentsAreWrittenWithSentencesAndVectors() {
    Dataset<Row> docs = LocalSpark.session().read().parquet(out.resolve("documents").toString());
    Dataset<Row> sents = LocalSpark.session().read().parquet(out.resolve("sentences").toString());
    List<Row> readable = docs.filter(functions.col("error").isNull()).orderBy("seq", "record").collectAsList();
    assertThat(readable).extracting(r -> r.<String>getAs("id")).containsExactly("a-good", "b-crawl-001");
    Row warcDoc = readable.get(1);
    assertThat(warcDoc.<Long>getAs("warcOffset")).isEqualTo(goodOffset);
    assertThat(warcDoc.<String>getAs("title")).isEqualTo("Trams return to the old town");
    assertThat(warcDoc.get(warcDoc.fieldIndex("published")).toString()).isEqualTo("2024-03-05");
    List<Row> s = sents.filter(functions.col("doc").equalTo("a-good")).orderBy("index").collectAsList();
    assertThat(s).hasSizeGreaterThanOrEqualTo(4);
    String text = readable.get(0).getAs("text");
    for (Row r : s) {
      assertThat(text.substring(r.<Integer>getAs("start"), r.<Integer>getAs("end"))).isEqualTo(r.getAs("text"));
      assertThat(Rows.embedding(r)).containsExactly(HashEmbedder.vector(r.getAs("text")));
      assertThat(r.<String>getAs("model")).isEqualTo("hash-64");
    }
    assertThat(report.sentences()).isEqualTo(sents.count());
    assertThat(report.embedded()).isEqualTo(report.sentences());
    // One model per JVM, however many tasks ran: local[2] is one executor.
    assertThat(HashEmbedder.INSTANCES.get()).isEqualTo(1);
  }

  @Test
  void theReportCountsEveryDocument() {
    assertThat(report.documents()).isEqualTo(7);
    assertThat(report.readable()).isEqualTo(2);
    assertThat(report.partitions()).isEqualTo(3);
  }

  @Test
  void onADatasetOverMaxDocsTheBriefRetrievesTheDocumentsThatMatchTheQuestion() {
    io.dossier.pipeline.BriefConfig config = new io.dossier.pipeline.BriefConfig(
        "When did the trams return to the old town?", io.dossier.ingest.Limits.DEFAULT,
        io.dossier.group.PointSettings.DEFAULT, 2, 0.5);
    BriefJob.Result r = new BriefJob(LocalSpark.session()).run(out.toString(), config, 1,
        Embedders.shared(HashEmbedder.class.getName(), 2), true);
    assertThat(r.retrieved()).isTrue();
    assertThat(r.datasetDocuments()).isEqualTo(7);
    assertThat(r.brief().documents()).extracting(io.dossier.model.Page::id).containsExactly("b-crawl-001");
  }

  @Test
  void withoutAQuestionABigDatasetIsRefusedWithAReason() {
    io.dossier.pipeline.BriefConfig config = new io.dossier.pipeline.BriefConfig(null,
        io.dossier.ingest.Limits.DEFAULT, io.dossier.group.PointSettings.DEFAULT, 2, 0.5);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BriefJob(LocalSpark.session()).run(out.toString(),
        config, 1, Embedders.shared(HashEmbedder.class.getName(), 2), true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("give --question");
  }

  static byte[] http(byte[] body) {
    String head = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
        + "\r\n\r\n";
    return concat(head.getBytes(StandardCharsets.ISO_8859_1), body);
  }

  static byte[] record(byte[] block) {
    String head = "WARC/1.0\r\nWARC-Type: response\r\n"
        + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.randomUUID() + ">\r\n"
        + "WARC-Date: 2024-03-05T10:00:00Z\r\nWARC-Target-URI: http://example.com/trams\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + block.length + "\r\n\r\n";
    return concat(head.getBytes(StandardCharsets.ISO_8859_1), block, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
  }

  static byte[] gzip(byte[] b) throws java.io.IOException {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream g = new java.util.zip.GZIPOutputStream(o)) {
      g.write(b);
    }
    return o.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      o.writeBytes(p);
    }
    return o.toByteArray();
  }
}
